import type { OutputScope } from "@satu-atap/db";
import { reachesAgency, reachesPlace, reachesRegency, type RecordReach } from "../../procedure/record-scope.ts";

// Reach applied to outputs: cards and letters follow their case's place (a sub-district
// officer reaches its kecamatan's, a field verifier its areas'); recommendations also follow
// the agency they are addressed to (an agency officer reaches only its own agency's).
// Outside the reach: 404 for one record, filtered out of lists.

/** The list filter of a reach: undefined for the whole regency. */
export function outputScopeOf(reach: readonly RecordReach[]): OutputScope | undefined {
  if (reachesRegency(reach)) return undefined;
  const placeCodes: string[] = [];
  const agencyIds: string[] = [];
  for (const r of reach) {
    if (r.kind === "subdistrict") placeCodes.push(r.subdistrictCode);
    else if (r.kind === "areas") placeCodes.push(...r.areaCodes);
    else if (r.kind === "agency") agencyIds.push(r.agencyId);
  }
  return { placeCodes, agencyIds };
}

/** Whether the reach covers a card or letter (by its case's place). */
export function reachesOutput(reach: readonly RecordReach[], output: { subdistrictCode: string; villageCode: string }): boolean {
  return reachesPlace(reach, output);
}

/** Whether the reach covers a recommendation (by its agency, or by its case's place). */
export function reachesRecommendation(reach: readonly RecordReach[], recommendation: { agencyId: string; subdistrictCode: string; villageCode: string }): boolean {
  return reachesAgency(reach, recommendation.agencyId) || reachesPlace(reach, recommendation);
}
