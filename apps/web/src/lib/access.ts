// What the signed-in user may see, from `GET /api/auth/me`. The API enforces every permission
// on every request; this only decides what the pages offer, so nobody is shown a link or a
// button that would answer 403.
import type { Identity, Permission, RoleId } from "$lib/api/types.ts";

/** A regency the user can open, for the switcher and the home redirect. */
export interface Regency {
  slug: string;
  name: string;
}

/** True when a membership covers every regency (province admin). */
export function isPlatformWide(identity: Identity): boolean {
  return identity.memberships.some((membership) => membership.tenant === null);
}

/**
 * The permissions the user holds in a regency (`tenant` = its slug), platform-wide ones
 * included; with `tenant` null, only the platform-wide ones (the province console).
 */
export function permissionsIn(identity: Identity, tenant: string | null): ReadonlySet<Permission> {
  const held = new Set<Permission>();
  for (const entry of identity.permissions) {
    if (entry.tenant === null || entry.tenant === tenant) for (const permission of entry.permissions) held.add(permission);
  }
  return held;
}

/** Whether the user may do `permission` in the regency (or platform-wide when `tenant` is null). */
export function can(identity: Identity, tenant: string | null, permission: Permission): boolean {
  return permissionsIn(identity, tenant).has(permission);
}

/** The user's roles in a regency (platform-wide roles count everywhere), without repeats. */
export function rolesIn(identity: Identity, tenant: string | null): RoleId[] {
  const roles = identity.memberships.filter((m) => m.tenant === null || m.tenant === tenant).map((m) => m.role);
  return [...new Set(roles)];
}

/** The regencies the user is a member of by name (not counting platform-wide reach). */
export function memberRegencies(identity: Identity): Regency[] {
  const seen = new Map<string, Regency>();
  for (const membership of identity.memberships) {
    if (membership.tenant !== null && !seen.has(membership.tenant)) {
      seen.set(membership.tenant, { slug: membership.tenant, name: membership.tenantName ?? membership.tenant });
    }
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Where `/` sends the user: the province console for a province admin, else their (first)
 * regency; null when they belong nowhere yet.
 */
export function homePath(identity: Identity): string | null {
  if (isPlatformWide(identity) && can(identity, null, "tenant:list")) return "/province";
  const first = memberRegencies(identity)[0];
  return first === undefined ? null : `/t/${first.slug}`;
}

/**
 * A same-site path to return to after sign-in or a language switch, or `fallback`. Only
 * paths on this site (one leading slash, no backslash): never another site (open redirect).
 */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  return value;
}
