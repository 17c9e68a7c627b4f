import { z, type OpenAPIHono } from "@hono/zod-openapi";
import { PASSWORD_INPUT_LIMIT, sessionCookie } from "@satu-atap/auth";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { secureCookies } from "../../http/session.ts";
import { login, LoginThrottledError } from "../../services/auth/login.ts";
import { IdentitySchema } from "./identity-schema.ts";

const LoginRequestSchema = z
  .object({
    email: z.string().min(1).max(320).openapi({ example: "admin@satu-atap.local" }),
    password: z.string().min(1).max(PASSWORD_INPUT_LIMIT),
  })
  .openapi("LoginRequest");

export const loginRoute = defineRoute({
  method: "post",
  path: "/api/auth/login",
  permission: "public",
  tags: ["auth"],
  summary: "Sign in",
  description:
    "Starts a session. Browsers get the session cookie (`__Host-satu_atap_session`, HttpOnly, Secure, SameSite=Lax; " +
    "`satu_atap_session` without Secure on plain-http localhost). API clients and the CLI use the returned `token` as " +
    "`Authorization: Bearer <token>`. Unknown email, disabled account and wrong password give the same 401 " +
    "`INVALID_CREDENTIALS`. Ten failures for one email from one IP within ten minutes answer 429 with `Retry-After`.",
  request: { body: { required: true, content: { "application/json": { schema: LoginRequestSchema } } } },
  responses: {
    200: {
      description: "Signed in",
      content: {
        "application/json": {
          schema: IdentitySchema.extend({
            token: z.string().openapi({ description: "Session token: send as `Authorization: Bearer <token>`" }),
            expiresAt: z.string().openapi({ format: "date-time", description: "Idle expiry; slides with use up to 7 days after sign-in" }),
          }),
        },
      },
    },
    ...errorResponses(400, 401, 403, 429),
  },
});

export function registerLogin(app: OpenAPIHono<AppEnv>) {
  app.openapi(loginRoute, async (c) => {
    const { email, password } = c.req.valid("json");
    try {
      const result = await login({
        ctx: { db: c.get("db"), requestId: c.get("requestId") },
        input: {
          email,
          password,
          ip: c.get("clientIp"),
          userAgent: c.req.header("user-agent") ?? null,
          replacesSessionId: c.get("auth")?.session.id,
        },
      });
      c.header("Set-Cookie", sessionCookie(result.token, result.expiresAt, { secure: secureCookies(c) }), { append: true });
      return c.json({ ...result, expiresAt: result.expiresAt.toISOString() }, 200);
    } catch (error) {
      if (error instanceof LoginThrottledError) c.header("Retry-After", String(error.retryAfterSeconds));
      throw error;
    }
  });
}
