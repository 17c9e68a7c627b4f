import { redirect, type Handle, type HandleServerError } from "@sveltejs/kit";
import { sequence } from "@sveltejs/kit/hooks";
import { m } from "$lib/paraglide/messages.js";
import { paraglideMiddleware } from "$lib/paraglide/server.js";
import { apiClient } from "$lib/server/api.ts";
import { clearSessionCookie, readSessionToken } from "$lib/server/session-cookie.ts";

/** Paths anyone may open without signing in. Everything else redirects to /login. */
const PUBLIC_PATHS = new Set(["/login", "/locale"]);

/**
 * The page's language: Paraglide reads its cookie (Bahasa Indonesia when there is none) and
 * keeps the locale for this request, so message functions and `<html lang>` agree.
 */
const i18n: Handle = ({ event, resolve }) =>
  paraglideMiddleware(event.request, ({ request, locale }) => {
    event.request = request;
    event.locals.locale = locale;
    return resolve(event, { transformPageChunk: ({ html }) => html.replace("%lang%", locale) });
  });

/**
 * Who is signed in, asked of the API on every request (`GET /api/auth/me`), so form actions,
 * which run without layout loads, see it too, and a session the API has ended (expired,
 * signed out elsewhere, account disabled) clears the cookie at once.
 */
const session: Handle = async ({ event, resolve }) => {
  event.locals.sessionToken = readSessionToken(event.cookies, event.url);
  event.locals.identity = null;
  if (event.locals.sessionToken !== null) {
    const { data, response } = await apiClient(event).GET("/api/auth/me");
    if (data !== undefined && response.ok) {
      event.locals.identity = data;
    } else if (response.status === 401) {
      clearSessionCookie(event.cookies, event.url);
      event.locals.sessionToken = null;
      if (!PUBLIC_PATHS.has(event.url.pathname)) redirect(303, "/login?expired=1");
    } else {
      throw new Error(`GET /api/auth/me answered ${response.status}`);
    }
  }
  if (event.locals.identity === null && !PUBLIC_PATHS.has(event.url.pathname)) {
    const next = event.url.pathname === "/" ? "" : `?next=${encodeURIComponent(event.url.pathname + event.url.search)}`;
    redirect(303, `/login${next}`);
  }
  return resolve(event);
};

export const handle: Handle = sequence(i18n, session);

/**
 * Unexpected errors: logged with SvelteKit's error id; the page shows a generic message in its
 * language (never internals).
 */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
  if (status >= 500) console.error(JSON.stringify({ level: "error", path: event.url.pathname, status, message, error: String(error) }));
  return { message: status === 404 ? m.common_error_not_found() : m.common_error_generic() };
};
