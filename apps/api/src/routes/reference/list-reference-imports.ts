import { z, type OpenAPIHono } from "@hono/zod-openapi";
import { listReferenceImports } from "@satu-atap/db";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { presentImport, ReferenceImportSchema } from "./schemas.ts";

export const listReferenceImportsRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/reference-imports",
  permission: "reference:import",
  tags: ["reference"],
  summary: "The regency's reference list imports, newest first (running ones included, with their counters so far)",
  request: { params: TenantParamsSchema },
  responses: {
    200: { description: "The last 100 imports", content: { "application/json": { schema: z.object({ imports: z.array(ReferenceImportSchema) }) } } },
    ...errorResponses(401, 403, 404),
  },
});

export function registerListReferenceImports(app: OpenAPIHono<AppEnv>) {
  app.openapi(listReferenceImportsRoute, async (c) => {
    const rows = await listReferenceImports(c.get("db"), c.get("tenant").id);
    return c.json({ imports: rows.map(presentImport) }, 200);
  });
}
