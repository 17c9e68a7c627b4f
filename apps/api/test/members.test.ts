import { findTenantBySlug, findUserByEmail, listAuditEvents } from "@satu-atap/db";
import { describe, expect, it } from "vitest";
import { bearer, createTestUser, sessionToken, TEST_PASSWORD, uniqueEmail } from "./support/auth.ts";
import { testDrivers } from "./support/databases.ts";
import { uniqueSlug } from "./support/factories.ts";
import { storySetup } from "./support/story-setup.ts";

interface ErrorBody { error: { code: string; issues?: Array<{ path: string; message: string }> } }
interface MemberUser { id: string; email: string; name: string; status: string }
interface Membership { id: string; role: string; subdistrictCode: string | null; areaCodes: string[] | null; agencyId: string | null; createdAt: string }
interface Invited { user: MemberUser; role: string; membership: Membership; accountCreated: boolean; temporaryPassword?: string }
interface Members { members: Array<{ user: MemberUser; memberships: Membership[] }> }
interface Identity {
  token: string;
  memberships: Array<{ tenant: string | null; role: string }>;
  permissions: Array<{ tenant: string | null; permissions: string[] }>;
}

const WONOGIRI_CSV = "code,name,parent\n33.12.01,Pracimantoro,33.12\n33.12.01.2001,Gebangharjo,33.12.01\n33.12.02,Paranggupito,33.12\n";

describe.each(testDrivers)("regency members over HTTP on %s", (driver) => {
  const { story, api } = storySetup(driver);
  const errorOf = async (response: Response) => ((await response.json()) as ErrorBody).error;

  const invite = (slug: string, headers: Record<string, string>, body: Record<string, unknown>) =>
    api(`/api/t/${slug}/members`, { method: "POST", headers, body });
  const invited = async (slug: string, headers: Record<string, string>, body: Record<string, unknown>) => {
    const response = await invite(slug, headers, body);
    expect(response.status, JSON.stringify(await response.clone().json())).toBe(201);
    return { response, body: (await response.json()) as Invited };
  };
  const membersOf = async (slug: string, headers: Record<string, string>) => {
    const response = await api(`/api/t/${slug}/members`, { headers });
    expect(response.status).toBe(200);
    return { text: await response.clone().text(), body: (await response.json()) as Members };
  };
  const findTenantId = async (slug: string) => (await findTenantBySlug(story.database.handle.db, slug))?.id;
  const login = (email: string, password: string) => api("/api/auth/login", { method: "POST", body: { email, password } });

  /** A fresh clone made over HTTP: no member of its own yet. */
  const freshClone = async () => {
    const slug = uniqueSlug("wng");
    const response = await api("/api/tenants", {
      method: "POST",
      headers: story.province,
      body: { slug, name: "Kabupaten Wonogiri", regencyCode: "3312", cloneFrom: { tenant: "sragen" } },
    });
    expect(response.status).toBe(201);
    return slug;
  };

  /** A clone with its first district admin invited by the province and signed in. */
  const cloneWithAdmin = async () => {
    const slug = await freshClone();
    const email = uniqueEmail("admin");
    const { body } = await invited(slug, story.province, { email, name: "Ana Rahmawati", role: "district-admin" });
    const signedIn = (await (await login(email, body.temporaryPassword ?? "")).json()) as Identity;
    return { slug, email, admin: bearer(signedIn.token), adminId: body.user.id };
  };

  it("invites a fresh clone's first district admin, who signs in with the temporary password and sees only that regency", async () => {
    const slug = await freshClone();
    expect((await membersOf(slug, story.province)).body).toEqual({ members: [] });

    const email = uniqueEmail("Ana");
    const { response, body } = await invited(slug, story.province, { email, name: "Ana Rahmawati", role: "district-admin" });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(body).toMatchObject({
      user: { email: email.toLowerCase(), name: "Ana Rahmawati", status: "active" },
      role: "district-admin",
      membership: { role: "district-admin", subdistrictCode: null, areaCodes: null, agencyId: null },
      accountCreated: true,
    });
    const password = body.temporaryPassword ?? "";
    expect(password).toMatch(/^[a-z2-9]{24}$/);

    // The new admin signs in with it and reaches exactly that regency.
    const signIn = await login(email, password);
    expect(signIn.status).toBe(200);
    const identity = (await signIn.json()) as Identity;
    expect(identity.memberships).toEqual([expect.objectContaining({ tenant: slug, role: "district-admin" })]);
    expect(identity.permissions.map((p) => p.tenant)).toEqual([slug]);
    const admin = bearer(identity.token);
    expect((await api(`/api/t/${slug}/config/draft`, { headers: admin })).status).toBe(200);
    expect((await errorOf(await api("/api/t/sragen/config", { headers: admin }))).code).toBe("TENANT_NOT_FOUND");
    expect((await errorOf(await api(`/api/t/${story.other.slug}/members`, { headers: admin }))).code).toBe("TENANT_NOT_FOUND");
    expect((await api("/api/tenants", { headers: admin })).status).toBe(403);
    expect((await api("/api/province/overview", { headers: admin })).status).toBe(403);

    // Listed with the role; no hash, no password anywhere.
    const { text, body: members } = await membersOf(slug, admin);
    expect(members.members).toEqual([{ user: body.user, memberships: [body.membership] }]);
    expect(text).not.toMatch(/passwordHash|\$argon2|\$pbkdf2/);
    expect(text).not.toContain(password);

    // Audited in the regency's chain, by the province admin, without the password.
    const audit = await api(`/api/t/${slug}/audit?action=member.invite`, { headers: admin });
    const { events } = (await audit.json()) as { events: Array<{ actorRole: string; target: string; before: unknown; after: unknown; details: unknown }> };
    expect(events).toEqual([
      expect.objectContaining({
        actorRole: "province-admin",
        target: `user:${body.user.id}`,
        before: { roles: [] },
        after: expect.objectContaining({ email: email.toLowerCase(), roles: ["district-admin"] }),
        details: { accountCreated: true },
      }),
    ]);
    expect(JSON.stringify(events)).not.toContain(password);
  });

  it("lets that district admin invite officers with their scope, and adds a role to an existing account without a password", async () => {
    const { slug, admin } = await cloneWithAdmin();
    expect((await api(`/api/t/${slug}/areas`, { method: "PUT", headers: admin, raw: WONOGIRI_CSV, type: "text/csv" })).status).toBe(200);

    const desk = await invited(slug, admin, { email: uniqueEmail("desk"), name: "Budi", role: "desk-officer" });
    expect(desk.body).toMatchObject({ role: "desk-officer", accountCreated: true, temporaryPassword: expect.any(String) });
    const kecamatan = await invited(slug, admin, { email: uniqueEmail("camat"), name: "Citra", role: "subdistrict-officer", subdistrictCode: "33.12.01" });
    expect(kecamatan.body.membership).toMatchObject({ role: "subdistrict-officer", subdistrictCode: "33.12.01", areaCodes: null });
    const agency = await invited(slug, admin, { email: uniqueEmail("dinkes"), name: "Dewi", role: "agency-officer", agencyId: "health-office" });
    expect(agency.body.membership).toMatchObject({ role: "agency-officer", agencyId: "health-office" });

    // Someone with an account elsewhere: only the membership, no password, name and password unchanged.
    const existing = await createTestUser(story.database.handle.db, "desk-officer", story.other.id);
    const verifier = await invited(slug, admin, { email: existing.email.toUpperCase(), name: "Another Name", role: "field-verifier", areaCodes: ["33.12.01.2001", "33.12.02"] });
    expect(verifier.body).toEqual({
      user: { id: existing.id, email: existing.email, name: existing.name, status: "active" },
      role: "field-verifier",
      membership: expect.objectContaining({ role: "field-verifier", areaCodes: ["33.12.01.2001", "33.12.02"] }),
      accountCreated: false,
    });
    const signedIn = (await (await login(existing.email, TEST_PASSWORD)).json()) as Identity;
    expect(signedIn.memberships.map((m) => `${m.tenant} ${m.role}`).sort()).toEqual([`${story.other.slug} desk-officer`, `${slug} field-verifier`].sort());

    // A second role for the desk officer is a new membership of the same person.
    const second = await invited(slug, admin, { email: desk.body.user.email, name: "Budi", role: "district-admin" });
    expect(second.body).toMatchObject({ user: { id: desk.body.user.id }, accountCreated: false });
    expect(second.body).not.toHaveProperty("temporaryPassword");

    const { body } = await membersOf(slug, admin);
    const roles = Object.fromEntries(body.members.map((m) => [m.user.id, m.memberships.map((ms) => ms.role).sort()]));
    expect(roles).toMatchObject({
      [desk.body.user.id]: ["desk-officer", "district-admin"],
      [kecamatan.body.user.id]: ["subdistrict-officer"],
      [agency.body.user.id]: ["agency-officer"],
      [existing.id]: ["field-verifier"],
    });
    expect(body.members).toHaveLength(5);

    // The existing account's invite records what it held here before.
    const events = (await listAuditEvents(story.database.handle.db, (await findTenantId(slug)) ?? "", { action: "member.invite" })).events;
    expect(events.find((e) => e.target === `user:${desk.body.user.id}` && (e.details as { accountCreated: boolean }).accountCreated === false)).toMatchObject({
      before: { roles: ["desk-officer"] },
      after: { roles: ["desk-officer", "district-admin"] },
    });
  });

  it("refuses bad input, roles beyond the caller's reach, duplicates and non-members, changing nothing", async () => {
    const { slug, admin, email: adminEmail } = await cloneWithAdmin();
    expect((await api(`/api/t/${slug}/areas`, { method: "PUT", headers: admin, raw: WONOGIRI_CSV, type: "text/csv" })).status).toBe(200);
    const before = (await membersOf(slug, admin)).text;
    const emails: string[] = [];
    const fresh = () => {
      const email = uniqueEmail("refused");
      emails.push(email);
      return email;
    };
    const refusal = async (headers: Record<string, string>, body: Record<string, unknown>, status: number, code: string, paths?: string[]) => {
      const response = await invite(slug, headers, body);
      expect(response.status, JSON.stringify(body)).toBe(status);
      const error = await errorOf(response);
      expect(error.code).toBe(code);
      if (paths !== undefined) expect(error.issues?.map((i) => i.path)).toEqual(paths);
    };

    // 400: the field named.
    await refusal(admin, { email: "not-an-email", name: "X", role: "desk-officer" }, 400, "VALIDATION_FAILED", ["body/email"]);
    await refusal(admin, { email: fresh(), name: "X", role: "super-admin" }, 400, "VALIDATION_FAILED", ["body/role"]);
    await refusal(admin, { email: fresh(), name: " ", role: "desk-officer" }, 400, "VALIDATION_FAILED", ["body/name"]);
    await refusal(admin, { email: fresh(), name: "X", role: "desk-officer", tenantId: story.other.id }, 400, "VALIDATION_FAILED");
    await refusal(admin, { email: fresh(), name: "X", role: "subdistrict-officer" }, 400, "VALIDATION_FAILED", ["body/subdistrictCode"]);
    await refusal(admin, { email: fresh(), name: "X", role: "district-admin", agencyId: "health-office" }, 400, "VALIDATION_FAILED", ["body/agencyId"]);
    await refusal(admin, { email: fresh(), name: "X", role: "subdistrict-officer", subdistrictCode: "33.14.01" }, 400, "VALIDATION_FAILED", ["body/subdistrictCode"]);
    await refusal(admin, { email: fresh(), name: "X", role: "field-verifier", areaCodes: ["33.12.01", "33.14.01.2001"] }, 400, "VALIDATION_FAILED", ["body/areaCodes/1"]);
    await refusal(admin, { email: fresh(), name: "X", role: "agency-officer", agencyId: "atlantis-office" }, 400, "VALIDATION_FAILED", ["body/agencyId"]);

    // 403: province level is out of a regency's reach, for everyone; and nobody grants themselves a role.
    await refusal(admin, { email: fresh(), name: "X", role: "province-admin" }, 403, "ROLE_NOT_GRANTABLE");
    await refusal(story.province, { email: fresh(), name: "X", role: "province-admin" }, 403, "ROLE_NOT_GRANTABLE");
    await refusal(admin, { email: adminEmail, name: "X", role: "desk-officer" }, 403, "ROLE_NOT_GRANTABLE");
    // A member without user:manage.
    const tenantId = (await findTenantId(slug)) ?? "";
    const desk = bearer(await sessionToken(story.database.handle.db, (await createTestUser(story.database.handle.db, "desk-officer", tenantId)).id));
    await refusal(desk, { email: fresh(), name: "X", role: "desk-officer" }, 403, "FORBIDDEN");
    expect((await api(`/api/t/${slug}/members`, { headers: desk })).status).toBe(403);

    // 409: a role the person already holds here.
    await refusal(story.province, { email: adminEmail.toUpperCase(), name: "X", role: "district-admin" }, 409, "ALREADY_MEMBER");

    // 404: another regency's admin, exactly as for a regency that does not exist; 401 without a session.
    await refusal(story.otherAdmin, { email: fresh(), name: "X", role: "desk-officer" }, 404, "TENANT_NOT_FOUND");
    expect((await errorOf(await api(`/api/t/${slug}/members`, { headers: story.otherAdmin }))).code).toBe("TENANT_NOT_FOUND");
    await refusal({}, { email: fresh(), name: "X", role: "desk-officer" }, 401, "UNAUTHORIZED");

    // Nothing changed: the same members (the desk officer above was added directly), no account for any refused email.
    const after = (await membersOf(slug, admin)).body.members.filter((m) => !m.memberships.some((ms) => ms.role === "desk-officer"));
    expect(after).toEqual((JSON.parse(before) as Members).members);
    for (const email of emails) expect(await findUserByEmail(story.database.handle.db, email), email).toBeUndefined();

    // Granting beyond one's reach is recorded as a refusal in the regency's chain.
    const denied = await listAuditEvents(story.database.handle.db, tenantId, { action: "request.denied" });
    expect(denied.events.filter((e) => (e.details as { status: number }).status === 403 && e.target === "POST /api/t/:tenant/members").length).toBeGreaterThanOrEqual(4);
    expect((await listAuditEvents(story.database.handle.db, tenantId, { action: "member.invite" })).events).toHaveLength(1);
  });
});
