import { error } from "@sveltejs/kit";
import { isPlatformWide, permissionsIn, rolesIn } from "$lib/access.ts";
import { m } from "$lib/paraglide/messages.js";
import type { LayoutServerLoad } from "./$types";

/**
 * Every page of one regency: the regency (by name) and what the user may do in it. A regency
 * the user cannot reach is "not found", as the API answers too (it never confirms that
 * another regency exists).
 */
export const load: LayoutServerLoad = async ({ params, locals, parent }) => {
  const { regencies } = await parent();
  const identity = locals.identity;
  const regency = regencies.find((candidate) => candidate.slug === params.tenant);
  if (identity === null || regency === undefined) error(404, { message: m.common_error_not_found() });
  return {
    regency,
    // Sets are not serialisable to the browser: send the list.
    permissions: [...permissionsIn(identity, regency.slug)],
    roles: rolesIn(identity, regency.slug),
    platformWide: isPlatformWide(identity),
  };
};
