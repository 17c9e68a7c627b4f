import { type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { commonErrors } from "../../http/errors.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { describeIdentity } from "../../services/auth/identity.ts";
import { IdentitySchema } from "./identity-schema.ts";

export const meRoute = defineRoute({
  method: "get",
  path: "/api/auth/me",
  permission: "session",
  tags: ["auth"],
  summary: "Who am I",
  description: "The signed-in user, their memberships (with regency slugs) and what they may do in each regency.",
  responses: {
    200: { description: "The caller", content: { "application/json": { schema: IdentitySchema } } },
    ...errorResponses(401),
  },
});

export function registerMe(app: OpenAPIHono<AppEnv>) {
  app.openapi(meRoute, async (c) => {
    const auth = c.get("auth");
    if (!auth) throw commonErrors.unauthorized();
    const identity = await describeIdentity({ ctx: { db: c.get("db") }, input: { user: auth.user, memberships: auth.memberships } });
    return c.json(identity, 200);
  });
}
