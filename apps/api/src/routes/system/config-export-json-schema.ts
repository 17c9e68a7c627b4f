import { z, type OpenAPIHono } from "@hono/zod-openapi";
import { configExportJsonSchema } from "@satu-atap/config";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { CONFIG_EXPORT_SCHEMA_PATH, CONFIG_SCHEMA_PATH, schemaUrl } from "../../http/schema-urls.ts";

export const configExportJsonSchemaRoute = defineRoute({
  method: "get",
  path: CONFIG_EXPORT_SCHEMA_PATH,
  permission: "public",
  tags: ["system"],
  summary: "JSON Schema of a configuration export file",
  description:
    "The envelope of GET /api/t/{tenant}/config/export (`format`, `formatVersion`, `exportedAt`, `source`), whose `config` refers to " +
    "/schemas/regency-config.json by absolute URL. An export's `$schema` names this schema, so editors check the whole file.",
  responses: {
    200: {
      description: "JSON Schema (draft 2020-12)",
      content: { "application/json": { schema: z.record(z.string(), z.unknown()) } },
    },
    ...errorResponses(),
  },
});

export function registerConfigExportJsonSchema(app: OpenAPIHono<AppEnv>) {
  app.openapi(configExportJsonSchemaRoute, (c) => c.json(configExportJsonSchema(schemaUrl(c.req.url, CONFIG_SCHEMA_PATH)), 200));
}
