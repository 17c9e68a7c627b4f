import { z, type OpenAPIHono } from "@hono/zod-openapi";
import { tenantStatuses } from "@satu-atap/db/schema";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { listTenants } from "../../services/tenants.ts";

const TenantSummarySchema = z
  .object({
    slug: z.string().openapi({ example: "sragen" }),
    name: z.string().openapi({ example: "Kabupaten Sragen" }),
    regencyCode: z.string().openapi({ example: "3314" }),
    status: z.enum(tenantStatuses),
    isTemplate: z.boolean(),
    latestVersion: z.number().int().nullable(),
    clonedFrom: z.object({ tenant: z.string().nullable(), version: z.number().int() }).nullable(),
    createdAt: z.string().openapi({ format: "date-time" }),
  })
  .openapi("TenantSummary");

export const listTenantsRoute = defineRoute({
  method: "get",
  path: "/api/tenants",
  permission: "tenant:list",
  tags: ["tenants"],
  summary: "List regencies",
  description: "Every regency on the platform with its status, lineage and latest published configuration version. Province level (`tenant:list`); other users find their regencies in `/api/auth/me`.",
  responses: {
    200: {
      description: "The regencies, ordered by slug",
      content: { "application/json": { schema: z.object({ tenants: z.array(TenantSummarySchema) }) } },
    },
    ...errorResponses(401, 403),
  },
});

export function registerListTenants(app: OpenAPIHono<AppEnv>) {
  app.openapi(listTenantsRoute, async (c) => {
    const tenants = await listTenants({ ctx: { db: c.get("db") } });
    return c.json({ tenants }, 200);
  });
}
