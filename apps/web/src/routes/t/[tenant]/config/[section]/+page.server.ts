import { error } from "@sveltejs/kit";
import { findSection } from "$lib/navigation.ts";
import { m } from "$lib/paraglide/messages.js";
import type { PageServerLoad } from "./$types";

/**
 * Placeholder for configuration sections whose screen is not built yet. A screen built in
 * `config/<id>/` takes precedence over this route (SvelteKit prefers the static segment), so
 * adding one needs no change here.
 */
export const load: PageServerLoad = async ({ params, parent }) => {
  const { permissions } = await parent();
  const section = findSection(params.section);
  if (section === undefined || !permissions.includes(section.permission)) error(404, { message: m.common_error_not_found() });
  return { section: section.id };
};
