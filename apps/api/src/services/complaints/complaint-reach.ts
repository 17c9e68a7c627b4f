import type { RecordReach } from "../../procedure/record-scope.ts";

// Which complaints a caller with `complaint:handle` reaches. A desk officer (regency-wide)
// handles them all; a sub-district officer those about a place in its kecamatan (the linked
// case's, or the village given). A complaint about no place (service quality, other) belongs
// to the regency's complaints desk. Outside the reach answers 404, like another regency's.

/** Whether the reach covers a complaint about this sub-district (null: about no place). */
export function reachesComplaintPlace(reach: readonly RecordReach[], subdistrictCode: string | null): boolean {
  return reach.some((r) => r.kind === "regency" || (r.kind === "subdistrict" && r.subdistrictCode === subdistrictCode));
}

/** The sub-districts a list is limited to; undefined when the reach is the whole regency. */
export function reachedSubdistricts(reach: readonly RecordReach[]): string[] | undefined {
  if (reach.some((r) => r.kind === "regency")) return undefined;
  return reach.flatMap((r) => (r.kind === "subdistrict" ? [r.subdistrictCode] : []));
}
