import { z, type OpenAPIHono } from "@hono/zod-openapi";
import regencyConfigJsonSchema from "@satu-atap/config/schema.json" with { type: "json" };
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { CONFIG_SCHEMA_PATH } from "../../http/schema-urls.ts";

export const configJsonSchemaRoute = defineRoute({
  method: "get",
  path: CONFIG_SCHEMA_PATH,
  permission: "public",
  tags: ["system"],
  summary: "JSON Schema of a regency configuration",
  description: "Generated from the zod model in packages/config; editors can validate configuration files against it.",
  responses: {
    200: {
      description: "JSON Schema (draft 2020-12)",
      content: { "application/json": { schema: z.record(z.string(), z.unknown()) } },
    },
    ...errorResponses(),
  },
});

export function registerConfigJsonSchema(app: OpenAPIHono<AppEnv>) {
  app.openapi(configJsonSchemaRoute, (c) => c.json(regencyConfigJsonSchema as Record<string, unknown>, 200));
}
