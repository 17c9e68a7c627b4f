import { fail, redirect } from "@sveltejs/kit";
import { safeReturnPath } from "$lib/access.ts";
import { localFormErrors } from "$lib/api/errors.ts";
import { m } from "$lib/paraglide/messages.js";
import { apiClient } from "$lib/server/api.ts";
import { failFromApi } from "$lib/server/forms.ts";
import { setSessionCookie } from "$lib/server/session-cookie.ts";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.identity !== null) redirect(303, safeReturnPath(url.searchParams.get("next")));
  return {
    notice: url.searchParams.has("expired") ? m.auth_session_ended() : url.searchParams.has("signed-out") ? m.auth_signed_out() : null,
  };
};

export const actions: Actions = {
  /**
   * Signs in through the API (`POST /api/auth/login`) and keeps the returned token in the web
   * app's own cookie. The API's answer for a wrong email or password is shown next to the
   * password field; the email typed is kept, the password never sent back.
   */
  default: async (event) => {
    const form = await event.request.formData();
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const values = { email };
    const missing: Record<string, string> = {};
    if (email === "") missing.email = m.auth_email_required();
    if (password === "") missing.password = m.auth_password_required();
    if (Object.keys(missing).length > 0) return fail(400, { errors: localFormErrors(missing), values });

    // The API sees the web server as the caller: see ADR 0006 on sign-in throttling.
    const result = await apiClient(event).POST("/api/auth/login", {
      body: { email, password },
      headers: { "user-agent": event.request.headers.get("user-agent") ?? "satu-atap-web" },
    });
    if (result.error !== undefined || result.data === undefined) {
      return failFromApi(result, event, { values, fields: ["email", "password"], codeFields: { INVALID_CREDENTIALS: "password" } });
    }
    setSessionCookie(event.cookies, event.url, result.data.token);
    redirect(303, safeReturnPath(event.url.searchParams.get("next")));
  },
};
