import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { callerReach } from "../../procedure/record-scope.ts";
import { getCardFor, presentCard } from "../../services/outputs/cards.ts";
import { CardSchema, OutputParamsSchema, outputsContext } from "./schemas.ts";

export const getCardRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/cards/{id}",
  permission: "case:read",
  tags: ["outputs"],
  summary: "One card (NIK and KK masked; status as of today)",
  description: "A card outside the caller's reach (another kecamatan, another regency) answers 404 like one that does not exist.",
  request: { params: OutputParamsSchema },
  responses: {
    200: { description: "The card", content: { "application/json": { schema: CardSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

export function registerGetCard(app: OpenAPIHono<AppEnv>) {
  app.openapi(getCardRoute, async (c) => {
    const { today } = await outputsContext(c);
    const card = await getCardFor({ ctx: { db: c.get("db"), tenant: c.get("tenant") }, input: { id: c.req.valid("param").id, reach: callerReach(c, "case:read") } });
    return c.json(presentCard(card, today), 200);
  });
}
