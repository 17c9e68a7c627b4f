import { redirect } from "@sveltejs/kit";
import { homePath } from "$lib/access.ts";
import type { PageServerLoad } from "./$types";

/** `/` sends a province admin to the province console and everyone else to their regency. */
export const load: PageServerLoad = ({ locals }) => {
  // The session hook already sent anyone signed out to /login.
  const home = locals.identity === null ? "/login" : homePath(locals.identity);
  if (home !== null) redirect(303, home);
  return {};
};
