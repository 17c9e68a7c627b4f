import { z, type OpenAPIHono } from "@hono/zod-openapi";
import { actorOf } from "../../http/actor.ts";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { setTemplateFlag } from "../../services/cloning.ts";
import { TenantSchema } from "./schemas.ts";

export const updateTenantRoute = defineRoute({
  method: "patch",
  path: "/api/t/{tenant}",
  permission: "tenant:create",
  tags: ["tenants"],
  summary: "Mark a regency as a template",
  description: "Sets `isTemplate`: a template can be cloned with POST /api/tenants. Only a regency with a published configuration can be one (else 409).",
  request: {
    params: TenantParamsSchema,
    body: { required: true, content: { "application/json": { schema: z.object({ isTemplate: z.boolean() }).strict() } } },
  },
  responses: {
    200: { description: "The regency", content: { "application/json": { schema: z.object({ tenant: TenantSchema }) } } },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

export function registerUpdateTenant(app: OpenAPIHono<AppEnv>) {
  app.openapi(updateTenantRoute, async (c) => {
    const { isTemplate } = c.req.valid("json");
    const tenant = await setTemplateFlag({ ctx: { db: c.get("db"), tenant: c.get("tenant") }, input: { actor: actorOf(c, true), isTemplate } });
    return c.json({ tenant }, 200);
  });
}
