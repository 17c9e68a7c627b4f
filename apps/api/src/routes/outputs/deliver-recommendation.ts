import type { OpenAPIHono, RouteHandler } from "@hono/zod-openapi";
import { actorOf } from "../../http/actor.ts";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { callerReach } from "../../procedure/record-scope.ts";
import { handleRecommendationFor } from "../../services/outputs/recommendations.ts";
import { OutputParamsSchema, ReasonBodySchema, RecommendationSchema } from "./schemas.ts";

export const deliverRecommendationRoute = defineRoute({
  method: "post",
  path: "/api/t/{tenant}/recommendations/{id}/deliver",
  permission: "recommendation:deliver",
  tags: ["outputs"],
  summary: "Mark a pending recommendation delivered (audited)",
  description: "Only a pending one: 409 `RECOMMENDATION_NOT_PENDING` otherwise. Another agency's: 404. Recorded as `recommendation.deliver`.",
  request: {
    params: OutputParamsSchema,
    body: { required: false, content: { "application/json": { schema: ReasonBodySchema, example: { reason: "Kuota rumah sakit penuh bulan ini" } } } },
  },
  responses: {
    200: { description: "The recommendation", content: { "application/json": { schema: RecommendationSchema } } },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

/**
 * The handler of both agency answers to a pending recommendation (deliver, decline): the same
 * request (an optional reason) and response, only the outcome differs.
 */
export function answerRecommendation(outcome: "delivered" | "declined"): RouteHandler<typeof deliverRecommendationRoute, AppEnv> {
  return async (c) => {
    const body = c.req.header("content-type")?.includes("application/json") ? c.req.valid("json") : {};
    const recommendation = await handleRecommendationFor({
      ctx: { db: c.get("db"), tenant: c.get("tenant") },
      input: { id: c.req.valid("param").id, outcome, reason: body?.reason, reach: callerReach(c, "recommendation:deliver"), actor: actorOf(c, true), now: c.get("now") },
    });
    return c.json(recommendation, 200);
  };
}

export function registerDeliverRecommendation(app: OpenAPIHono<AppEnv>) {
  app.openapi(deliverRecommendationRoute, answerRecommendation("delivered"));
}
