import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./app-env.ts";
import { commonErrors } from "./errors.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF defence for cookie sessions (ADR 0003, docs/security.md). An unsafe request
 * (POST, PUT, PATCH, DELETE; JSON and forms alike) that is not Bearer-authenticated must
 * come from a trusted origin:
 * - with a session cookie it must carry `Origin`, and that origin must be trusted;
 * - without one, an `Origin` it carries must still be trusted (this stops login CSRF).
 * Trusted: the API's own origin (from the request URL) and `trustedOrigins` (e.g. the web
 * app on another port that proxies to the API). Bearer requests are exempt: a browser
 * never attaches a bearer token by itself.
 */
export function originCheck(trustedOrigins: readonly string[]) {
  const trusted = new Set(trustedOrigins);
  return createMiddleware<AppEnv>(async (c, next) => {
    if (SAFE_METHODS.has(c.req.method) || c.get("auth")?.source === "bearer") return next();
    const origin = c.req.header("origin");
    const cookieSession = c.get("auth")?.source === "cookie";
    const allowed = origin === undefined ? !cookieSession : origin === new URL(c.req.url).origin || trusted.has(origin);
    if (!allowed) {
      c.set("denial", { status: 403, tenantId: null, reason: origin === undefined ? "missing Origin" : "cross-origin" });
      throw commonErrors.forbidden();
    }
    await next();
  });
}
