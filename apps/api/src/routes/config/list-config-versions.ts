import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { listConfigVersions } from "../../services/configuration.ts";

const ConfigVersionSummarySchema = z
  .object({
    version: z.number().int(),
    effectiveFrom: z.string().openapi({ format: "date" }),
    contentHash: z.string(),
    publishedAt: z.string().openapi({ format: "date-time" }),
    publishedBy: z.string(),
    note: z.string(),
  })
  .openapi("ConfigVersionSummary");

export const listConfigVersionsRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/config/versions",
  permission: "config:read",
  tags: ["configuration"],
  summary: "Published configuration versions",
  description: "Every published version, newest first, with author, note, effective date and content hash.",
  request: { params: TenantParamsSchema },
  responses: {
    200: {
      description: "The versions",
      content: { "application/json": { schema: z.object({ versions: z.array(ConfigVersionSummarySchema) }) } },
    },
    ...errorResponses(401, 403, 404),
  },
});

export function registerListConfigVersions(app: OpenAPIHono<AppEnv>) {
  app.openapi(listConfigVersionsRoute, async (c) => {
    const versions = await listConfigVersions({ ctx: { db: c.get("db"), tenant: c.get("tenant") } });
    return c.json({ versions }, 200);
  });
}
