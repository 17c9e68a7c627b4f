import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { memberships, users, type Membership, type MembershipRole, type User } from "../schema/index.ts";

/**
 * A membership to create: the role and the scope it needs. `tenantId` is null
 * exactly for `province-admin`; `subdistrictCode`, `areaCodes` and `agencyId`
 * go with `subdistrict-officer`, `field-verifier` and `agency-officer`. The
 * database refuses any other combination (`memberships_*_scope` checks).
 */
export interface MembershipInput {
  userId: string;
  tenantId: string | null;
  role: MembershipRole;
  subdistrictCode?: string | null;
  areaCodes?: string[] | null;
  agencyId?: string | null;
}

/**
 * Gives a user a role. A second membership with the same (user, tenant, role)
 * is refused (`memberships_user_tenant_role`).
 *
 * @example
 * await addMembership(db, { userId, tenantId, role: "subdistrict-officer", subdistrictCode: "33.14.01" });
 * await addMembership(db, { userId, tenantId: null, role: "province-admin" });
 */
export async function addMembership(db: Db, input: MembershipInput): Promise<Membership> {
  const [membership] = await db
    .insert(memberships)
    .values({
      userId: input.userId,
      tenantId: input.tenantId,
      role: input.role,
      subdistrictCode: input.subdistrictCode ?? null,
      areaCodes: input.areaCodes ?? null,
      agencyId: input.agencyId ?? null,
    })
    .returning();
  if (membership === undefined) throw new Error("insert into memberships returned no row");
  return membership;
}

/**
 * Every membership of a user, in every regency (platform ones first), for
 * the session: the tenant-scope middleware picks the ones that cover the URL.
 *
 * @example
 * const roles = await listMembershipsForUser(db, user.id);
 */
export async function listMembershipsForUser(db: Db, userId: string): Promise<Membership[]> {
  return db
    .select()
    .from(memberships)
    .where(eq(memberships.userId, userId))
    .orderBy(sql`${memberships.tenantId} nulls first`, asc(memberships.role), asc(memberships.id));
}

/**
 * The memberships held in one regency (district admin's user management).
 *
 * @example
 * const staff = await listMembershipsForTenant(db, ctx.tenant.id);
 */
export async function listMembershipsForTenant(db: Db, tenantId: string): Promise<Membership[]> {
  return db
    .select()
    .from(memberships)
    .where(eq(memberships.tenantId, tenantId))
    .orderBy(asc(memberships.userId), asc(memberships.role));
}

/** A regency's member as its user managers see them: never the password hash. */
export interface TenantMember {
  user: Pick<User, "id" | "email" | "name" | "status">;
  membership: Membership;
}

/**
 * The memberships held in one regency with their users, one row per membership, ordered
 * by email and role. Platform-wide memberships (province admins) are not listed: they
 * belong to no regency.
 *
 * @example
 * const members = await listTenantMembers(db, ctx.tenant.id); // [{ user: { email, … }, membership: { role, … } }]
 */
export async function listTenantMembers(db: Db, tenantId: string): Promise<TenantMember[]> {
  return db
    .select({
      user: { id: users.id, email: users.email, name: users.name, status: users.status },
      membership: memberships,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.tenantId, tenantId))
    .orderBy(asc(users.email), asc(memberships.role), asc(memberships.id));
}

/**
 * Changes a membership's role and scope in place. `tenantId` scopes the
 * change (null for a platform membership): a membership of another regency is
 * "not found" (undefined), never changed.
 *
 * @example
 * await setMembershipRole(db, ctx.tenant.id, membershipId, { role: "field-verifier", areaCodes: ["33.14.01.2001"] });
 */
export async function setMembershipRole(
  db: Db,
  tenantId: string | null,
  membershipId: string,
  change: Omit<MembershipInput, "userId" | "tenantId">,
): Promise<Membership | undefined> {
  const [membership] = await db
    .update(memberships)
    .set({
      role: change.role,
      subdistrictCode: change.subdistrictCode ?? null,
      areaCodes: change.areaCodes ?? null,
      agencyId: change.agencyId ?? null,
    })
    .where(and(eq(memberships.id, membershipId), tenantCondition(tenantId)))
    .returning();
  return membership;
}

/**
 * Removes a membership; false when there is none in that scope.
 *
 * @example
 * await removeMembership(db, ctx.tenant.id, membershipId);
 */
export async function removeMembership(db: Db, tenantId: string | null, membershipId: string): Promise<boolean> {
  const removed = await db
    .delete(memberships)
    .where(and(eq(memberships.id, membershipId), tenantCondition(tenantId)))
    .returning({ id: memberships.id });
  return removed.length > 0;
}

function tenantCondition(tenantId: string | null) {
  return tenantId === null ? isNull(memberships.tenantId) : eq(memberships.tenantId, tenantId);
}
