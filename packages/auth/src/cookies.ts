// The session cookie and the bearer header: the two ways the same session token reaches the
// API. Browsers use the cookie; scripts and the CLI use `Authorization: Bearer`.
import { isSessionTokenFormat } from "./sessions.ts";

/**
 * Cookie name over HTTPS. The `__Host-` prefix makes browsers refuse the cookie unless it is
 * `Secure`, has `Path=/` and has no `Domain`. A sibling sub-domain therefore cannot plant or
 * shadow it (cookie tossing).
 */
export const SESSION_COOKIE_NAME = "__Host-satu_atap_session";

/**
 * Cookie name on plain-HTTP localhost only. Browsers drop a `__Host-` cookie that lacks
 * `Secure`, and Safari does not store `Secure` cookies from `http://localhost` at all, so
 * development over HTTP needs an unprefixed name. {@link readSessionToken} accepts this name
 * only when told that the deployment is not secure. A production server therefore never trusts
 * a cookie that lacks the prefix's guarantees.
 */
export const INSECURE_SESSION_COOKIE_NAME = "satu_atap_session";

/** Options shared by the cookie functions. */
export interface SessionCookieOptions {
  /**
   * `true` everywhere except plain-HTTP localhost (see {@link isSecureContextRequired}). It
   * selects the cookie name and the `Secure` attribute.
   */
  secure: boolean;
  /** Clock used for `Max-Age`; defaults to the current time. */
  now?: Date;
}

/** Where {@link readSessionToken} found the token. */
export type SessionTokenSource = "cookie" | "bearer";

/**
 * The session cookie name for a deployment.
 *
 * @example
 * ```ts
 * sessionCookieName({ secure: true }); // "__Host-satu_atap_session"
 * ```
 */
export function sessionCookieName(options: { secure: boolean }): string {
  return options.secure ? SESSION_COOKIE_NAME : INSECURE_SESSION_COOKIE_NAME;
}

/**
 * The `Set-Cookie` value that stores a session token. Attributes:
 * `Path=/; Expires=…; Max-Age=…; HttpOnly; SameSite=Lax` plus `Secure` when `secure`, and never a
 * `Domain`.
 *
 * Both `Max-Age` and `Expires` are sent on purpose. Browsers prefer `Max-Age`, which is relative
 * and so still right on an office PC whose clock is wrong. `Expires` is kept for very old
 * clients. Send a new cookie whenever {@link checkSession} renews the session.
 *
 * @throws {TypeError} if `token` is not a session token, so that a header cannot be injected
 *   through it.
 * @example
 * ```ts
 * headers.append("Set-Cookie", sessionCookie(token, session.expiresAt, { secure: true }));
 * // "__Host-satu_atap_session=…; Path=/; Expires=…; Max-Age=43200; HttpOnly; SameSite=Lax; Secure"
 * ```
 */
export function sessionCookie(token: string, expiresAt: Date, options: SessionCookieOptions): string {
  if (!isSessionTokenFormat(token)) throw new TypeError("not a session token");
  const now = options.now ?? new Date();
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
  return serialize(sessionCookieName(options), token, expiresAt.toUTCString(), maxAge, options.secure);
}

/**
 * The `Set-Cookie` value that removes the session cookie, to send at sign-out after the session
 * row has been deleted. The attributes match {@link sessionCookie}, because browsers only
 * replace a cookie whose name, path and flags match.
 *
 * @example
 * ```ts
 * headers.append("Set-Cookie", deleteSessionCookie({ secure: true }));
 * ```
 */
export function deleteSessionCookie(options: { secure: boolean }): string {
  return serialize(sessionCookieName(options), "", new Date(0).toUTCString(), 0, options.secure);
}

function serialize(name: string, value: string, expires: string, maxAge: number, secure: boolean): string {
  const parts = [`${name}=${value}`, "Path=/", `Expires=${expires}`, `Max-Age=${maxAge}`, "HttpOnly", "SameSite=Lax"];
  if (secure) parts.push("Secure");
  return parts.join("; ");
}

/**
 * Finds the session token in a request. It returns the token and where it came from, or `null`.
 * The source matters: state-changing requests authenticated by cookie must also pass the
 * `Origin` check (ADR 0003). Bearer requests cannot be forged cross-site by a browser.
 *
 * - An `Authorization: Bearer <token>` header wins. If it is present but the token is not in
 *   the session token format, the answer is `null`, with no fall back to the cookie: an explicit
 *   credential that is wrong must fail.
 * - Other schemes, such as `Basic` from a reverse proxy's own password prompt, are ignored.
 * - The cookie is read by exact name: `__Host-satu_atap_session`, or the unprefixed name only
 *   when `options.secure` is `false`. The value must have the session token format.
 *
 * @example
 * ```ts
 * const found = readSessionToken(req.header("Cookie"), req.header("Authorization"), { secure: true });
 * if (found) { const id = sessionIdFromToken(found.token); }
 * ```
 */
export function readSessionToken(
  cookieHeader: string | undefined | null,
  authorizationHeader: string | undefined | null,
  options: { secure: boolean } = { secure: true },
): { token: string; source: SessionTokenSource } | null {
  if (authorizationHeader != null && authorizationHeader.trim() !== "") {
    const match = /^\s*([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)(?:\s+(.*?))?\s*$/.exec(authorizationHeader);
    const scheme = match?.[1];
    if (scheme !== undefined && scheme.toLowerCase() === "bearer") {
      const token = match?.[2] ?? "";
      return isSessionTokenFormat(token) ? { token, source: "bearer" } : null;
    }
  }
  if (cookieHeader == null) return null;
  const name = sessionCookieName(options);
  for (const pair of cookieHeader.split(";")) {
    const eq = pair.indexOf("=");
    if (eq === -1) continue;
    if (pair.slice(0, eq).trim() !== name) continue;
    const value = pair.slice(eq + 1).trim();
    // With `__Host-` there can be only one cookie of this name per host. On localhost, skip
    // malformed duplicates rather than letting one of them hide a valid cookie.
    if (isSessionTokenFormat(value)) return { token: value, source: "cookie" };
  }
  return null;
}

/**
 * Whether a deployment at `url` must use secure cookies. Only plain `http:` to `localhost`,
 * `127.0.0.1` or `[::1]` may relax; everything else is `true`, including unparseable input.
 * In particular a LAN address such as `http://192.168.1.10` is `true`. Such an install must be
 * served over HTTPS (for example through a reverse proxy), or sign-in will not persist. This is
 * intended: on a LAN the cookie would otherwise travel in clear text.
 *
 * @example
 * ```ts
 * const secure = isSecureContextRequired(env.PUBLIC_URL); // "http://localhost:8787" → false
 * ```
 */
export function isSecureContextRequired(url: string | URL): boolean {
  let parsed: URL;
  try {
    parsed = typeof url === "string" ? new URL(url) : url;
  } catch {
    return true;
  }
  if (parsed.protocol !== "http:") return true;
  return !["localhost", "127.0.0.1", "[::1]"].includes(parsed.hostname);
}
