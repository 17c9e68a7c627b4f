import { z, type OpenAPIHono } from "@hono/zod-openapi";
import { createMiddleware } from "hono/factory";
import { actorOf } from "../../http/actor.ts";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { assertPermission, defineRoute } from "../../http/route-permission.ts";
import { CONFIG_EXPORT_SCHEMA_PATH, schemaUrl } from "../../http/schema-urls.ts";
import { exportConfig, type ExportedSide } from "../../services/config-transfer.ts";
import { ConfigExportSchema } from "./transfer-schemas.ts";

// The draft is work in progress: exporting it needs what reading it needs. Checked before
// the query is validated, like the route's own permission.
const draftNeedsEdit = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.query("version") === "draft") assertPermission(c, "config:edit", true);
  await next();
});

export const exportConfigRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/config/export",
  permission: "config:read",
  middleware: [draftNeedsEdit],
  tags: ["configuration"],
  summary: "Download the configuration as an export file",
  description:
    "One JSON document (format `satu-atap.regency-config`, `formatVersion` 1) with the configuration, where it came from (regency, " +
    "version, content hash) and its JSON Schema's URL in `$schema`, offered as the attachment `<tenant>-v<n>.json` (`<tenant>-draft.json`). " +
    "Default: the version in force (none → 404 `CONFIG_NOT_PUBLISHED`); `version=<n>` an exact published version (unknown → 404 " +
    "`VERSION_NOT_FOUND`); `version=draft` the draft, which also needs `config:edit`. Import it with POST …/config/import. Changes nothing; " +
    "recorded in the audit trail as `config.export` (version and content hash).",
  request: {
    params: TenantParamsSchema,
    query: z.object({
      version: z
        .string()
        .regex(/^(draft|[1-9]\d{0,8})$/, "A published version number or `draft`.")
        .optional()
        .transform((value): ExportedSide => (value === undefined || value === "draft" ? value : Number(value)))
        .openapi({ description: "A published version number or `draft` (default: the version in force)", example: "3" }),
    }),
  },
  responses: {
    200: {
      description: "The export document",
      headers: z.object({ "Content-Disposition": z.string().openapi({ example: 'attachment; filename="sragen-v3.json"' }) }),
      content: { "application/json": { schema: ConfigExportSchema } },
    },
    ...errorResponses(400, 401, 403, 404),
  },
});

export function registerExportConfig(app: OpenAPIHono<AppEnv>) {
  app.openapi(exportConfigRoute, async (c) => {
    const { version } = c.req.valid("query");
    const { document, fileName } = await exportConfig({
      ctx: { db: c.get("db"), tenant: c.get("tenant") },
      input: { actor: actorOf(c, true), version, schemaUrl: schemaUrl(c.req.url, CONFIG_EXPORT_SCHEMA_PATH) },
    });
    c.header("Content-Disposition", `attachment; filename="${fileName}"`);
    return c.json(document, 200);
  });
}
