import { error } from "@sveltejs/kit";
import { can } from "$lib/access.ts";
import { m } from "$lib/paraglide/messages.js";
import { apiClient, apiData } from "$lib/server/api.ts";
import type { PageServerLoad } from "./$types";

/** The province console: every regency on the platform (`GET /api/tenants`, province level). */
export const load: PageServerLoad = async (event) => {
  const { identity } = event.locals;
  if (identity === null || !can(identity, null, "tenant:list")) error(403, { message: m.common_error_forbidden() });
  const { tenants } = apiData(await apiClient(event).GET("/api/tenants"), event);
  return { tenants };
};
