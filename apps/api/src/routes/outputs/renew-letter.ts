import type { OpenAPIHono } from "@hono/zod-openapi";
import { actorOf } from "../../http/actor.ts";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { callerReach } from "../../procedure/record-scope.ts";
import { renewLetter } from "../../services/outputs/letters.ts";
import { LetterSchema, OutputParamsSchema, outputsContext } from "./schemas.ts";

export const renewLetterRoute = defineRoute({
  method: "post",
  path: "/api/t/{tenant}/letters/{id}/renew",
  permission: "case:decide",
  tags: ["outputs"],
  summary: "Renew a letter: a new letter linked to it, valid for the service's days from today; the old one becomes `replaced`",
  description:
    "Allowed while the letter is active or after it expired, when the service's `validity.renewable` is true in the configuration in force. " +
    "A renewal starts a fresh period from the renewal date (days left on an early-renewed letter are not carried over). " +
    "Not renewable or revoked: 409 `LETTER_NOT_RENEWABLE`; already renewed: 409 `LETTER_ALREADY_RENEWED` naming the renewal. Audited as `letter.renew`.",
  request: { params: OutputParamsSchema },
  responses: {
    201: { description: "The new letter", content: { "application/json": { schema: LetterSchema } } },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

export function registerRenewLetter(app: OpenAPIHono<AppEnv>) {
  app.openapi(renewLetterRoute, async (c) => {
    const { config, now } = await outputsContext(c);
    const letter = await renewLetter({
      ctx: { db: c.get("db"), tenant: c.get("tenant") },
      input: { id: c.req.valid("param").id, reach: callerReach(c, "case:decide"), config, actor: actorOf(c, true), now },
    });
    return c.json(letter, 201);
  });
}
