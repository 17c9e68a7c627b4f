import { ROLE_PERMISSIONS, isRoleId, type Permission } from "@satu-atap/auth";
import type { Membership } from "@satu-atap/db";
import type { Context } from "hono";
import { membershipsCovering } from "../http/access.ts";
import type { AppEnv } from "../http/app-env.ts";

// Which records of a regency a caller reaches with a permission. The route's permission check
// says whether the caller may act at all; this says on which cases, tasks and recommendations.
// A record outside the reach answers 404, like another regency's (design.md, ADR 0003).

/** The part of a regency one membership reaches. */
export type RecordReach =
  | { readonly kind: "regency" }
  | { readonly kind: "subdistrict"; readonly subdistrictCode: string }
  | { readonly kind: "areas"; readonly areaCodes: readonly string[] }
  | { readonly kind: "agency"; readonly agencyId: string };

/** The reach of each covering membership whose role holds `permission`; empty: none. */
export function reachOf(memberships: readonly Membership[], tenantId: string, permission: Permission): RecordReach[] {
  const reach: RecordReach[] = [];
  for (const m of membershipsCovering(memberships, tenantId)) {
    if (!isRoleId(m.role) || !(ROLE_PERMISSIONS[m.role] as readonly Permission[]).includes(permission)) continue;
    if (m.subdistrictCode !== null) reach.push({ kind: "subdistrict", subdistrictCode: m.subdistrictCode });
    else if (m.areaCodes !== null) reach.push({ kind: "areas", areaCodes: m.areaCodes });
    else if (m.agencyId !== null) reach.push({ kind: "agency", agencyId: m.agencyId });
    else reach.push({ kind: "regency" });
  }
  return reach;
}

/** The caller's reach in the URL's regency with `permission`. */
export function callerReach(c: Context<AppEnv>, permission: Permission): RecordReach[] {
  return reachOf(c.get("auth")?.memberships ?? [], c.get("tenant").id, permission);
}

/** Whether the reach covers the whole regency. */
export function reachesRegency(reach: readonly RecordReach[]): boolean {
  return reach.some((r) => r.kind === "regency");
}

/**
 * Whether the reach covers a place (a case's or task's sub-district and village). Area codes
 * of a field verifier may name villages or whole sub-districts.
 */
export function reachesPlace(reach: readonly RecordReach[], place: { subdistrictCode: string; villageCode: string }): boolean {
  return reach.some(
    (r) =>
      r.kind === "regency" ||
      (r.kind === "subdistrict" && r.subdistrictCode === place.subdistrictCode) ||
      (r.kind === "areas" && (r.areaCodes.includes(place.villageCode) || r.areaCodes.includes(place.subdistrictCode))),
  );
}

/** Whether the reach covers an agency's records (recommendations addressed to it). */
export function reachesAgency(reach: readonly RecordReach[], agencyId: string): boolean {
  return reach.some((r) => r.kind === "regency" || (r.kind === "agency" && r.agencyId === agencyId));
}
