import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { callerReach } from "../../procedure/record-scope.ts";
import { getRecommendationFor, presentRecommendation } from "../../services/outputs/recommendations.ts";
import { OutputParamsSchema, RecommendationSchema } from "./schemas.ts";

export const getRecommendationRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/recommendations/{id}",
  permission: "recommendation:read",
  tags: ["outputs"],
  summary: "One recommendation (another agency's: 404)",
  request: { params: OutputParamsSchema },
  responses: {
    200: { description: "The recommendation", content: { "application/json": { schema: RecommendationSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

export function registerGetRecommendation(app: OpenAPIHono<AppEnv>) {
  app.openapi(getRecommendationRoute, async (c) => {
    const row = await getRecommendationFor({ ctx: { db: c.get("db"), tenant: c.get("tenant") }, input: { id: c.req.valid("param").id, reach: callerReach(c, "recommendation:read") } });
    return c.json(presentRecommendation(row), 200);
  });
}
