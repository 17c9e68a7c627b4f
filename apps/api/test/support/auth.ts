import { hashPassword, startSession, type RoleId } from "@satu-atap/auth";
import { addMembership, createUser, insertSession, type Db, type User } from "@satu-atap/db";
import { randomUUID } from "node:crypto";

/** The password every test user shares: hashed once per file, not once per user. */
export const TEST_PASSWORD = "kopi-tubruk-pagi-hari";

let sharedHash: Promise<string> | undefined;
function testPasswordHash(): Promise<string> {
  sharedHash ??= hashPassword(TEST_PASSWORD);
  return sharedHash;
}

/** A unique email per call, so tests never share accounts. */
export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@test.local`;
}

/** The scope columns each role needs, filled with plausible values. */
function scopeFor(role: RoleId) {
  return {
    subdistrictCode: role === "subdistrict-officer" ? "33.14.01" : null,
    areaCodes: role === "field-verifier" ? ["33.14.01.2001"] : null,
    agencyId: role === "agency-officer" ? "dinkes" : null,
  };
}

/** Scope columns to use instead of the defaults of {@link scopeFor} (e.g. a verifier's own areas). */
export interface TestScope {
  subdistrictCode?: string | null;
  areaCodes?: string[] | null;
  agencyId?: string | null;
}

/**
 * A user holding `role` (in `tenantId`, or platform-wide for province-admin), with
 * {@link TEST_PASSWORD}. `scope` overrides the role's default sub-district, areas or agency.
 */
export async function createTestUser(db: Db, role: RoleId, tenantId: string | null, email = uniqueEmail(role), scope: TestScope = {}): Promise<User> {
  const user = await createUser(db, { email, name: `Test ${role}`, passwordHash: await testPasswordHash() });
  await addMembership(db, { userId: user.id, tenantId: role === "province-admin" ? null : tenantId, role, ...scopeFor(role), ...scope });
  return user;
}

/** A session stored directly (no password hashing): its bearer token. */
export async function sessionToken(db: Db, userId: string): Promise<string> {
  const { token, session } = startSession(userId, new Date());
  await insertSession(db, session);
  return token;
}

/** Headers of a Bearer-authenticated request. */
export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}
