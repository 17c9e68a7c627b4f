import {
  checkSession,
  deleteSessionCookie,
  isSecureContextRequired,
  readSessionToken,
  sessionCookie,
  sessionIdFromToken,
} from "@satu-atap/auth";
import { deleteSession, getSessionWithUser, touchSession } from "@satu-atap/db";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./app-env.ts";

/**
 * Whether this request must use the `__Host-` secure cookie: everywhere except plain-http
 * localhost (development). Judged from the URL the server sees; behind a TLS-terminating
 * proxy the Host is not localhost, so the answer is still "secure".
 */
export function secureCookies(c: Context<AppEnv>): boolean {
  return isSecureContextRequired(c.req.url);
}

/**
 * Reads the session from `Authorization: Bearer` or the session cookie and, when it is
 * valid and its user active, puts the caller on the context (`auth`). Slides the expiry
 * when due (at most one write an hour, never past the absolute cap) and re-sends the
 * cookie; deletes an expired session and clears its cookie. Never refuses a request by
 * itself: routes decide what anonymous callers get.
 */
export const sessionMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  const secure = secureCookies(c);
  const found = readSessionToken(c.req.header("cookie"), c.req.header("authorization"), { secure });
  if (found) {
    const db = c.get("db");
    const id = sessionIdFromToken(found.token);
    const row = await getSessionWithUser(db, id);
    const now = new Date();
    const check = row ? checkSession(row.session, now) : { valid: false as const };
    if (row && check.valid && row.user.status === "active") {
      if (check.renewTo) {
        await touchSession(db, id, check.renewTo, now);
        row.session.expiresAt = check.renewTo;
        if (found.source === "cookie") {
          c.header("Set-Cookie", sessionCookie(found.token, check.renewTo, { secure, now }), { append: true });
        }
      }
      c.set("auth", { ...row, source: found.source });
    } else {
      if (row && !check.valid) await deleteSession(db, id);
      if (found.source === "cookie") c.header("Set-Cookie", deleteSessionCookie({ secure }), { append: true });
    }
  }
  await next();
});
