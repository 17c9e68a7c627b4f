import { error } from "@sveltejs/kit";
import { can } from "$lib/access.ts";
import { m } from "$lib/paraglide/messages.js";
import { apiClient, apiData } from "$lib/server/api.ts";
import type { PageServerLoad } from "./$types";

/**
 * The province console: every regency at a glance (`GET /api/province/overview`): status,
 * version in force, template and drift, last change.
 */
export const load: PageServerLoad = async (event) => {
  const { identity } = event.locals;
  if (identity === null || !can(identity, null, "tenant:list")) error(403, { message: m.common_error_forbidden() });
  const overview = apiData(await apiClient(event).GET("/api/province/overview"), event);
  return { overview, canCreate: can(identity, null, "tenant:create") };
};
