import { isPlatformWide, memberRegencies, type Regency } from "$lib/access.ts";
import { apiClient, apiData } from "$lib/server/api.ts";
import type { LayoutServerLoad } from "./$types";

/**
 * For every page: who is signed in (from the session hook), the page's language, and the
 * regencies the user can switch between: every regency for a province admin (`GET /api/tenants`),
 * else the regencies of their memberships.
 */
export const load: LayoutServerLoad = async (event) => {
  const { identity, locale } = event.locals;
  let regencies: Regency[] = [];
  if (identity !== null) {
    if (isPlatformWide(identity)) {
      const { tenants } = apiData(await apiClient(event).GET("/api/tenants"), event);
      regencies = tenants.map(({ slug, name }) => ({ slug, name }));
    } else {
      regencies = memberRegencies(identity);
    }
  }
  return { identity, locale, regencies };
};
