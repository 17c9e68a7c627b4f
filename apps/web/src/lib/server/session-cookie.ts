import type { Cookies } from "@sveltejs/kit";

// The web app's own session cookie. It holds the API session token, which the SvelteKit
// server forwards as `Authorization: Bearer` (docs/adr/0006-web-app-and-sessions.md). Its name
// differs from the API's cookie on purpose: browsers do not separate cookies by port, and the
// API must never take the web app's cookie as its own (that would reopen CSRF on the API).
const SECURE_NAME = "__Host-satu_atap_web";
const LOCAL_NAME = "satu_atap_web";

/**
 * The API caps a session at 7 days after sign-in (ADR 0003); the cookie lasts as long and the
 * API stays the judge of expiry: a token it refuses clears the cookie.
 */
const MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

/** A token has the shape the API issues: 32 characters of lower-case base32. */
const TOKEN_SHAPE = /^[a-z2-7]{32}$/;

/**
 * `__Host-` (forces Secure, Path=/, no Domain) over https. Plain http is for localhost
 * development, where browsers refuse Secure cookies; that name is read only over plain http,
 * so an https deployment never trusts a cookie without the prefix.
 */
function cookieName(url: URL): string {
  return url.protocol === "https:" ? SECURE_NAME : LOCAL_NAME;
}

/** The session token from the request's cookie, or null (absent or not token-shaped). */
export function readSessionToken(cookies: Cookies, url: URL): string | null {
  const token = cookies.get(cookieName(url));
  return token !== undefined && TOKEN_SHAPE.test(token) ? token : null;
}

/** Stores the token after sign-in: HttpOnly, SameSite=Lax, Secure over https. */
export function setSessionCookie(cookies: Cookies, url: URL, token: string): void {
  cookies.set(cookieName(url), token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: url.protocol === "https:",
    maxAge: MAX_AGE_SECONDS,
  });
}

/** Forgets the token (sign-out, or the API no longer accepts it). */
export function clearSessionCookie(cookies: Cookies, url: URL): void {
  cookies.delete(cookieName(url), { path: "/", httpOnly: true, sameSite: "lax", secure: url.protocol === "https:" });
}
