import type { CaseScope } from "@satu-atap/db";
import type { RecordReach } from "../../procedure/record-scope.ts";

/**
 * The cases and tasks a reach sees, as the queries' scope: a regency-wide role sees all; a
 * sub-district officer its kecamatan; a field verifier the cases with a task in its areas. An
 * agency officer's reach names no cases (it reads recommendations, not cases).
 */
export function caseScopeOf(reach: readonly RecordReach[]): CaseScope {
  if (reach.some((r) => r.kind === "regency")) return { all: true };
  return {
    all: false,
    subdistrictCodes: reach.flatMap((r) => (r.kind === "subdistrict" ? [r.subdistrictCode] : [])),
    areaCodes: reach.flatMap((r) => (r.kind === "areas" ? r.areaCodes : [])),
  };
}
