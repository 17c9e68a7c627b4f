import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { callerReach } from "../../procedure/record-scope.ts";
import { listRecommendationsFor } from "../../services/outputs/recommendations.ts";
import { RecommendationSchema } from "./schemas.ts";

export const listRecommendationsRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/recommendations",
  permission: "recommendation:read",
  tags: ["outputs"],
  summary: "Recommendations the caller reaches, newest first (an agency officer: those addressed to its agency)",
  request: {
    params: TenantParamsSchema,
    query: z.object({
      status: z.enum(["pending", "delivered", "declined"]).optional(),
      agency: z.string().max(64).optional().openapi({ example: "social-office" }),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
  },
  responses: {
    200: { description: "The recommendations", content: { "application/json": { schema: z.object({ recommendations: z.array(RecommendationSchema) }) } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

export function registerListRecommendations(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRecommendationsRoute, async (c) => {
    const query = c.req.valid("query");
    const recommendations = await listRecommendationsFor({
      ctx: { db: c.get("db"), tenant: c.get("tenant") },
      input: { reach: callerReach(c, "recommendation:read"), agencyId: query.agency, status: query.status, limit: query.limit },
    });
    return c.json({ recommendations }, 200);
  });
}
