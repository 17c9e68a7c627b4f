import { z, type OpenAPIHono } from "@hono/zod-openapi";
import { deleteSessionCookie } from "@satu-atap/auth";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { secureCookies } from "../../http/session.ts";
import { logout } from "../../services/auth/logout.ts";

export const logoutRoute = defineRoute({
  method: "post",
  path: "/api/auth/logout",
  permission: "session",
  tags: ["auth"],
  summary: "Sign out",
  description: "Deletes the session (its token stops working everywhere) and clears the cookie.",
  responses: {
    200: { description: "Signed out", content: { "application/json": { schema: z.object({ signedOut: z.literal(true) }) } } },
    ...errorResponses(401, 403),
  },
});

export function registerLogout(app: OpenAPIHono<AppEnv>) {
  app.openapi(logoutRoute, async (c) => {
    const auth = c.get("auth");
    // The permission middleware let only signed-in callers through.
    if (auth) {
      await logout({ ctx: { db: c.get("db"), requestId: c.get("requestId") }, input: { sessionId: auth.session.id, userId: auth.user.id } });
    }
    c.header("Set-Cookie", deleteSessionCookie({ secure: secureCookies(c) }), { append: true });
    return c.json({ signedOut: true as const }, 200);
  });
}
