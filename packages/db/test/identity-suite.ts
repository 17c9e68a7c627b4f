import { createHash, randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  addMembership,
  countRecentFailures,
  createUser,
  deleteExpiredSessions,
  deleteSession,
  deleteUserSessions,
  findUserByEmail,
  getSessionWithUser,
  getUser,
  insertSession,
  listMembershipsForTenant,
  listMembershipsForUser,
  listTenantMembers,
  listUsers,
  pruneLoginAttempts,
  recordLoginAttempt,
  removeMembership,
  setMembershipRole,
  setUserPasswordHash,
  setUserStatus,
  touchSession,
  type User,
} from "../src/index.ts";
import { uniqueSlug } from "../src/testing/index.ts";
import { expectDbError } from "./expect-db-error.ts";
import type { SuiteContext } from "./suite-context.ts";

const PHC = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";
const HOUR = 3_600_000;

/** Users, memberships, sessions and sign-in throttling: platform tables, as the application role. */
export function describeIdentitySuite(ctx: SuiteContext): void {
  const { db } = ctx;

  const uniqueEmail = (prefix = "user") => `${uniqueSlug(prefix)}@Example.go.id`;
  const newUser = (overrides: { email?: string; name?: string } = {}): Promise<User> =>
    createUser(db(), { email: overrides.email ?? uniqueEmail(), name: overrides.name ?? "Ana", passwordHash: PHC });
  // As @satu-atap/auth's sessionIdFromToken does: the SHA-256 hex of a random token.
  const sessionId = () => createHash("sha256").update(randomBytes(20)).digest("hex");

  describe("users", () => {
    it("stores the email lower-cased and finds it in any case", async () => {
      const email = uniqueEmail("Ana");
      const user = await newUser({ email: `  ${email} ` });
      expect(user).toMatchObject({ email: email.toLowerCase(), status: "active", passwordHash: PHC });
      expect(await findUserByEmail(db(), email.toUpperCase())).toEqual(user);
      expect(await getUser(db(), user.id)).toEqual(user);
      expect(await findUserByEmail(db(), uniqueEmail("missing"))).toBeUndefined();
    });

    it("refuses a second account with the same email in another letter case", async () => {
      const email = uniqueEmail();
      await newUser({ email });
      await expectDbError(newUser({ email: email.toUpperCase() }), /users_email_lower_unique/);
    });

    it("disables a user, replaces a password hash and refuses a non-PHC one", async () => {
      const user = await newUser();
      expect(await setUserStatus(db(), user.id, "disabled")).toMatchObject({ status: "disabled" });
      const rehashed = "$pbkdf2-sha256$i=600000$c2FsdA$aGFzaA";
      expect(await setUserPasswordHash(db(), user.id, rehashed)).toMatchObject({ passwordHash: rehashed });
      await expectDbError(setUserPasswordHash(db(), user.id, "plain-text"), /users_password_hash_phc/);
      expect(await setUserStatus(db(), crypto.randomUUID(), "active")).toBeUndefined();
    });

    it("lists all users, or those with a membership in one regency", async () => {
      const [a, b] = await ctx.twoTenants();
      const inA = await newUser();
      const inB = await newUser();
      await addMembership(db(), { userId: inA.id, tenantId: a.id, role: "desk-officer" });
      await addMembership(db(), { userId: inB.id, tenantId: b.id, role: "district-admin" });
      expect((await listUsers(db(), { tenantId: a.id })).map((u) => u.id)).toEqual([inA.id]);
      const all = await listUsers(db());
      expect(all.map((u) => u.id)).toEqual(expect.arrayContaining([inA.id, inB.id]));
      expect(all.map((u) => u.email)).toEqual([...all.map((u) => u.email)].sort());
    });
  });

  describe("memberships", () => {
    it("holds roles in several regencies and at province level, each with its scope", async () => {
      const [a, b] = await ctx.twoTenants();
      const user = await newUser();
      await addMembership(db(), { userId: user.id, tenantId: null, role: "province-admin" });
      await addMembership(db(), { userId: user.id, tenantId: a.id, role: "subdistrict-officer", subdistrictCode: "33.14.01" });
      await addMembership(db(), { userId: user.id, tenantId: a.id, role: "field-verifier", areaCodes: ["33.14.01.2001"] });
      await addMembership(db(), { userId: user.id, tenantId: b.id, role: "agency-officer", agencyId: "dinkes" });

      const held = await listMembershipsForUser(db(), user.id);
      expect(held[0]).toMatchObject({ tenantId: null, role: "province-admin" });
      expect(held).toHaveLength(4);
      expect(held.find((m) => m.role === "field-verifier")?.areaCodes).toEqual(["33.14.01.2001"]);
      expect((await listMembershipsForTenant(db(), b.id)).map((m) => m.role)).toEqual(["agency-officer"]);
    });

    it("lists a regency's members with their users, never a password hash nor another regency's", async () => {
      const [a, b] = await ctx.twoTenants();
      const zed = await newUser({ email: `zz-${uniqueEmail()}` });
      const ana = await newUser({ email: `aa-${uniqueEmail()}`, name: "Ana" });
      await addMembership(db(), { userId: zed.id, tenantId: a.id, role: "desk-officer" });
      await addMembership(db(), { userId: ana.id, tenantId: a.id, role: "field-verifier", areaCodes: ["33.14.01.2001"] });
      await addMembership(db(), { userId: ana.id, tenantId: a.id, role: "district-admin" });
      await addMembership(db(), { userId: ana.id, tenantId: b.id, role: "desk-officer" });
      await addMembership(db(), { userId: ana.id, tenantId: null, role: "province-admin" });

      const members = await listTenantMembers(db(), a.id);
      expect(members.map((m) => [m.user.email, m.membership.role])).toEqual([
        [ana.email, "district-admin"],
        [ana.email, "field-verifier"],
        [zed.email, "desk-officer"],
      ]);
      expect(members[0]?.user).toEqual({ id: ana.id, email: ana.email, name: "Ana", status: "active" });
      expect(members[1]?.membership.areaCodes).toEqual(["33.14.01.2001"]);
      expect((await listTenantMembers(db(), b.id)).map((m) => m.user.id)).toEqual([ana.id]);
    });

    it("refuses a scope that does not fit the role, an unknown role and duplicates", async () => {
      const [a] = await ctx.twoTenants();
      const user = await newUser();
      const cases: [Parameters<typeof addMembership>[1], RegExp][] = [
        [{ userId: user.id, tenantId: a.id, role: "province-admin" }, /memberships_tenant_scope/],
        [{ userId: user.id, tenantId: null, role: "district-admin" }, /memberships_tenant_scope/],
        [{ userId: user.id, tenantId: a.id, role: "subdistrict-officer" }, /memberships_subdistrict_scope/],
        [{ userId: user.id, tenantId: a.id, role: "desk-officer", subdistrictCode: "33.14.01" }, /memberships_subdistrict_scope/],
        [{ userId: user.id, tenantId: a.id, role: "field-verifier", areaCodes: [] }, /memberships_areas_scope/],
        [{ userId: user.id, tenantId: a.id, role: "field-verifier" }, /memberships_areas_scope/],
        [{ userId: user.id, tenantId: a.id, role: "agency-officer" }, /memberships_agency_scope/],
      ];
      for (const [input, pattern] of cases) await expectDbError(addMembership(db(), input), pattern);
      await expectDbError(
        db().execute(sql`insert into memberships (user_id, tenant_id, role) values (${user.id}, ${a.id}, 'mayor')`),
        /memberships_role_valid/,
      );

      await addMembership(db(), { userId: user.id, tenantId: a.id, role: "desk-officer" });
      await expectDbError(addMembership(db(), { userId: user.id, tenantId: a.id, role: "desk-officer" }), /memberships_user_tenant_role/);
      await addMembership(db(), { userId: user.id, tenantId: null, role: "province-admin" });
      await expectDbError(addMembership(db(), { userId: user.id, tenantId: null, role: "province-admin" }), /memberships_user_tenant_role/);
    });

    it("changes and removes a membership only within the given regency", async () => {
      const [a, b] = await ctx.twoTenants();
      const user = await newUser();
      const membership = await addMembership(db(), { userId: user.id, tenantId: a.id, role: "desk-officer" });

      expect(await setMembershipRole(db(), b.id, membership.id, { role: "district-admin" })).toBeUndefined();
      expect(await removeMembership(db(), b.id, membership.id)).toBe(false);
      expect(await setMembershipRole(db(), a.id, membership.id, { role: "subdistrict-officer", subdistrictCode: "33.14.02" })).toMatchObject({
        role: "subdistrict-officer",
        subdistrictCode: "33.14.02",
      });
      expect(await removeMembership(db(), a.id, membership.id)).toBe(true);
      expect(await listMembershipsForUser(db(), user.id)).toEqual([]);
    });
  });

  describe("sessions", () => {
    it("stores only a SHA-256 hex id and returns the session with its user and memberships", async () => {
      const [a] = await ctx.twoTenants();
      const user = await newUser();
      await addMembership(db(), { userId: user.id, tenantId: a.id, role: "district-admin" });
      const now = new Date();
      const session = await insertSession(db(), {
        id: sessionId(),
        userId: user.id,
        expiresAt: new Date(now.getTime() + 12 * HOUR),
        absoluteExpiresAt: new Date(now.getTime() + 7 * 24 * HOUR),
        ip: "203.0.113.7",
        userAgent: "test",
      });
      const found = await getSessionWithUser(db(), session.id);
      expect(found?.session).toEqual(session);
      expect(found?.user).toEqual(user);
      expect(found?.memberships.map((m) => m.role)).toEqual(["district-admin"]);
      expect(await getSessionWithUser(db(), sessionId())).toBeUndefined();

      // A raw token (not its hash) is refused, and so is an expiry past the cap.
      await expectDbError(
        insertSession(db(), { id: randomBytes(20).toString("base64url"), userId: user.id, expiresAt: now, absoluteExpiresAt: now }),
        /sessions_id_sha256_hex/,
      );
      await expectDbError(
        insertSession(db(), { id: sessionId(), userId: user.id, expiresAt: new Date(now.getTime() + HOUR), absoluteExpiresAt: now }),
        /sessions_expiry_capped/,
      );
    });

    it("slides the expiry but never past the absolute cap", async () => {
      const user = await newUser();
      const now = new Date();
      const cap = new Date(now.getTime() + 2 * HOUR);
      const session = await insertSession(db(), { id: sessionId(), userId: user.id, expiresAt: new Date(now.getTime() + HOUR), absoluteExpiresAt: cap });

      const renewed = new Date(now.getTime() + 90 * 60_000);
      expect(await touchSession(db(), session.id, renewed, now)).toBe(true);
      expect((await getSessionWithUser(db(), session.id))?.session).toMatchObject({ expiresAt: renewed, lastSeenAt: now });

      expect(await touchSession(db(), session.id, new Date(now.getTime() + 10 * HOUR))).toBe(true);
      expect((await getSessionWithUser(db(), session.id))?.session.expiresAt).toEqual(cap);
      expect(await touchSession(db(), sessionId(), renewed)).toBe(false);
    });

    it("deletes one session (sign-out), all of a user's but one, and expired ones", async () => {
      const user = await newUser();
      const other = await newUser();
      const now = Date.now();
      const make = (userId: string, expiresIn: number) =>
        insertSession(db(), {
          id: sessionId(),
          userId,
          expiresAt: new Date(now + expiresIn),
          absoluteExpiresAt: new Date(now + Math.max(expiresIn, 0) + HOUR),
        });
      const [s1, s2, s3] = [await make(user.id, HOUR), await make(user.id, HOUR), await make(user.id, HOUR)];
      const others = await make(other.id, HOUR);
      const expired = await make(other.id, -HOUR);

      expect(await deleteSession(db(), s1.id)).toBe(true);
      expect(await deleteSession(db(), s1.id)).toBe(false);
      expect(await deleteUserSessions(db(), user.id, { exceptSessionId: s3.id })).toBe(1);
      expect(await getSessionWithUser(db(), s2.id)).toBeUndefined();
      expect(await getSessionWithUser(db(), s3.id)).toBeDefined();
      expect(await deleteUserSessions(db(), user.id)).toBe(1);

      expect(await deleteExpiredSessions(db(), new Date(now))).toBeGreaterThanOrEqual(1);
      expect(await getSessionWithUser(db(), expired.id)).toBeUndefined();
      expect(await getSessionWithUser(db(), others.id)).toBeDefined();
    });
  });

  describe("login attempts", () => {
    it("counts failures per account + IP in the window, reset by a success", async () => {
      const email = uniqueEmail();
      const ip = "198.51.100.9";
      const now = Date.now();
      const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000);
      const since = at(10);

      await recordLoginAttempt(db(), { email, ip, success: false, at: at(30) }); // outside the window
      for (const minutesAgo of [8, 7, 6]) await recordLoginAttempt(db(), { email: email.toUpperCase(), ip, success: false, at: at(minutesAgo) });
      await recordLoginAttempt(db(), { email, ip: "198.51.100.10", success: false, at: at(5) }); // another IP
      await recordLoginAttempt(db(), { email: uniqueEmail(), ip, success: false, at: at(5) }); // another account
      expect(await countRecentFailures(db(), email, ip, since)).toBe(3);

      await recordLoginAttempt(db(), { email, ip, success: true, at: at(4) });
      expect(await countRecentFailures(db(), email, ip, since)).toBe(0);
      await recordLoginAttempt(db(), { email, ip, success: false, at: at(3) });
      await recordLoginAttempt(db(), { email, ip, success: false });
      expect(await countRecentFailures(db(), email, ip, since)).toBe(2);

      expect(await pruneLoginAttempts(db(), at(20))).toBeGreaterThanOrEqual(1);
      expect(await countRecentFailures(db(), email, ip, at(60))).toBe(2);
    });
  });
}
