import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { callerReach } from "../../procedure/record-scope.ts";
import { showLetter } from "../../services/outputs/letters.ts";
import { LetterSchema, OutputParamsSchema, outputsContext } from "./schemas.ts";

export const getLetterRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/letters/{id}",
  permission: "case:read",
  tags: ["outputs"],
  summary: "One letter, with the letter it renews and the one that renewed it",
  request: { params: OutputParamsSchema },
  responses: {
    200: { description: "The letter", content: { "application/json": { schema: LetterSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

export function registerGetLetter(app: OpenAPIHono<AppEnv>) {
  app.openapi(getLetterRoute, async (c) => {
    const { today } = await outputsContext(c);
    const letter = await showLetter({ ctx: { db: c.get("db"), tenant: c.get("tenant") }, input: { id: c.req.valid("param").id, reach: callerReach(c, "case:read"), today } });
    return c.json(letter, 200);
  });
}
