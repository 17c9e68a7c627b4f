import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { answerRecommendation } from "./deliver-recommendation.ts";
import { OutputParamsSchema, ReasonBodySchema, RecommendationSchema } from "./schemas.ts";

export const declineRecommendationRoute = defineRoute({
  method: "post",
  path: "/api/t/{tenant}/recommendations/{id}/decline",
  permission: "recommendation:deliver",
  tags: ["outputs"],
  summary: "Decline a pending recommendation, with a reason (audited)",
  description: "Without a reason: 422 `REASON_REQUIRED`. Only a pending one: 409 `RECOMMENDATION_NOT_PENDING` otherwise. Another agency's: 404. Recorded as `recommendation.decline` with the reason.",
  request: {
    params: OutputParamsSchema,
    body: { required: false, content: { "application/json": { schema: ReasonBodySchema, example: { reason: "Kuota rumah sakit penuh bulan ini" } } } },
  },
  responses: {
    200: { description: "The recommendation", content: { "application/json": { schema: RecommendationSchema } } },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

export function registerDeclineRecommendation(app: OpenAPIHono<AppEnv>) {
  app.openapi(declineRecommendationRoute, answerRecommendation("declined"));
}
