import type { OpenAPIHono } from "@hono/zod-openapi";
import { actorOf } from "../../http/actor.ts";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { callerReach } from "../../procedure/record-scope.ts";
import { revokeCard } from "../../services/outputs/cards.ts";
import { CardSchema, OutputParamsSchema, outputsContext, ReasonBodySchema } from "./schemas.ts";

export const revokeCardRoute = defineRoute({
  method: "post",
  path: "/api/t/{tenant}/cards/{id}/revoke",
  permission: "case:decide",
  tags: ["outputs"],
  summary: "Revoke an active card (reason required; audited). Frees the person's slot for a new card of the programme",
  description:
    "Without a reason: 422 `REASON_REQUIRED`. A card that is not active (already revoked, replaced or expired by a newer one): 409 `CARD_NOT_ACTIVE`. " +
    "Recorded as `card.revoke` with before and after.",
  request: {
    params: OutputParamsSchema,
    body: { required: true, content: { "application/json": { schema: ReasonBodySchema, example: { reason: "Kartu hilang; diterbitkan ulang" } } } },
  },
  responses: {
    200: { description: "The revoked card", content: { "application/json": { schema: CardSchema } } },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

export function registerRevokeCard(app: OpenAPIHono<AppEnv>) {
  app.openapi(revokeCardRoute, async (c) => {
    const { now, today } = await outputsContext(c);
    const card = await revokeCard({
      ctx: { db: c.get("db"), tenant: c.get("tenant") },
      input: { id: c.req.valid("param").id, reason: c.req.valid("json").reason ?? "", reach: callerReach(c, "case:decide"), actor: actorOf(c, true), now, today },
    });
    return c.json(card, 200);
  });
}
