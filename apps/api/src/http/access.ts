import { ROLE_PERMISSIONS, isRoleId, type Permission, type RoleId } from "@satu-atap/auth";
import type { Membership } from "@satu-atap/db";

// Pure answers to "what may these memberships do where". A province-admin membership
// (tenant null) reaches every regency, but only with the permissions ROLE_PERMISSIONS gives it.

/** Memberships that reach a regency: its own, plus platform-wide ones. */
export function membershipsCovering(memberships: readonly Membership[], tenantId: string): Membership[] {
  return memberships.filter((m) => m.tenantId === null || m.tenantId === tenantId);
}

/** Memberships that reach no particular regency but the platform (province admin). */
export function platformMemberships(memberships: readonly Membership[]): Membership[] {
  return memberships.filter((m) => m.tenantId === null);
}

/** The roles of the given memberships (ids from the database, checked). */
export function rolesOf(memberships: readonly Membership[]): RoleId[] {
  return [...new Set(memberships.map((m) => m.role).filter(isRoleId))];
}

/** Every permission the memberships' roles hold, sorted. */
export function permissionsOf(memberships: readonly Membership[]): Permission[] {
  const held = new Set<Permission>();
  for (const role of rolesOf(memberships)) for (const permission of ROLE_PERMISSIONS[role]) held.add(permission);
  return [...held].sort();
}
