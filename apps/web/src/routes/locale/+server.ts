import { error, redirect } from "@sveltejs/kit";
import { safeReturnPath } from "$lib/access.ts";
import { m } from "$lib/paraglide/messages.js";
import { cookieMaxAge, cookieName, isLocale } from "$lib/paraglide/runtime.js";
import type { RequestHandler } from "./$types";

/**
 * The language switch (a POST form in the header, for signed-in and signed-out users alike):
 * stores the choice in Paraglide's cookie and reloads the page the user was on. The cookie is
 * readable by scripts on purpose: Paraglide's browser runtime reads it to render in the same
 * language after hydration. It carries no secret.
 */
export const POST: RequestHandler = async ({ request, cookies, url }) => {
  const form = await request.formData();
  const locale = form.get("locale");
  if (!isLocale(locale)) error(400, { message: m.common_error_generic() });
  cookies.set(cookieName, locale, { path: "/", httpOnly: false, sameSite: "lax", secure: url.protocol === "https:", maxAge: cookieMaxAge });
  redirect(303, safeReturnPath(form.get("returnTo")));
};
