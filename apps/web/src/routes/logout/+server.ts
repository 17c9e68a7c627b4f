import { redirect } from "@sveltejs/kit";
import { apiClient } from "$lib/server/api.ts";
import { clearSessionCookie } from "$lib/server/session-cookie.ts";
import type { RequestHandler } from "./$types";

/**
 * Sign-out (a POST form in the header; SvelteKit refuses cross-site form posts): ends the
 * session in the API, so the token is dead everywhere, then forgets the cookie.
 */
export const POST: RequestHandler = async (event) => {
  if (event.locals.sessionToken !== null) {
    // Already ended in the API (401) is as good as ended now.
    await apiClient(event).POST("/api/auth/logout");
  }
  clearSessionCookie(event.cookies, event.url);
  redirect(303, "/login?signed-out=1");
};
