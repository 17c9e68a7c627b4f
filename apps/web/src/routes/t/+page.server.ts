import { redirect } from "@sveltejs/kit";
import { homePath } from "$lib/access.ts";
import type { PageServerLoad } from "./$types";

/**
 * The regency switcher's target (`GET /t?tenant=<slug>`, a plain form): opens that regency;
 * an empty choice goes home (the province console for a province admin).
 */
export const load: PageServerLoad = ({ url, locals }) => {
  const slug = url.searchParams.get("tenant") ?? "";
  if (/^[a-z][a-z0-9-]*$/.test(slug)) redirect(303, `/t/${slug}`);
  redirect(303, (locals.identity && homePath(locals.identity)) ?? "/");
};
