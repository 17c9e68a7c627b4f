import type { Permission } from "@satu-atap/auth";
import { listTenants, type Db, type Membership, type MembershipRole, type User } from "@satu-atap/db";
import { membershipsCovering, permissionsOf, platformMemberships } from "../../http/access.ts";

/** A signed-in user as the API describes them: account, memberships and permissions per regency. */
export interface Identity {
  user: { id: string; email: string; name: string };
  memberships: Array<{
    /** The regency's slug; null for a platform-wide (province) membership. */
    tenant: string | null;
    /** The regency's name, for showing who the user works for; null when `tenant` is. */
    tenantName: string | null;
    role: MembershipRole;
    subdistrictCode: string | null;
    areaCodes: string[] | null;
    agencyId: string | null;
  }>;
  /** `tenant: null` = platform-wide permissions (all regencies); one entry per regency otherwise. */
  permissions: Array<{ tenant: string | null; permissions: Permission[] }>;
}

/**
 * Describes a user for `/api/auth/me` and the sign-in response. A province admin's
 * permissions appear once under `tenant: null` (they apply in every regency); a regency
 * entry lists what the caller may do there, platform-wide permissions included.
 */
export async function describeIdentity({
  ctx,
  input,
}: {
  ctx: { db: Db };
  input: { user: User; memberships: Membership[] };
}): Promise<Identity> {
  const { user, memberships } = input;
  const tenantIds = new Set(memberships.flatMap((m) => (m.tenantId === null ? [] : [m.tenantId])));
  // Tenants are a platform table (no row-level security): read the slugs of the user's own.
  const own = tenantIds.size === 0 ? [] : (await listTenants(ctx.db)).filter((t) => tenantIds.has(t.id));
  const slugs = new Map(own.map((t) => [t.id, t.slug]));
  const names = new Map(own.map((t) => [t.id, t.name]));
  const platform = platformMemberships(memberships);
  return {
    user: { id: user.id, email: user.email, name: user.name },
    memberships: memberships.map((m) => ({
      tenant: m.tenantId === null ? null : (slugs.get(m.tenantId) ?? null),
      tenantName: m.tenantId === null ? null : (names.get(m.tenantId) ?? null),
      role: m.role,
      subdistrictCode: m.subdistrictCode,
      areaCodes: m.areaCodes,
      agencyId: m.agencyId,
    })),
    permissions: [
      ...(platform.length > 0 ? [{ tenant: null, permissions: permissionsOf(platform) }] : []),
      ...[...tenantIds].flatMap((id) => {
        const slug = slugs.get(id);
        return slug === undefined ? [] : [{ tenant: slug, permissions: permissionsOf(membershipsCovering(memberships, id)) }];
      }),
    ],
  };
}
