import { sessionIdFromToken } from "@satu-atap/auth";
import { getSessionWithUser, listAuditEvents, sessions, setUserStatus, type Tenant } from "@satu-atap/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createNodeApp } from "../src/node-app.ts";
import { bearer, createTestUser, TEST_PASSWORD, uniqueEmail } from "./support/auth.ts";
import { createTestDatabase, testDrivers, type TestDatabase } from "./support/databases.ts";
import { createOtherRegency } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

interface LoginBody {
  token: string;
  expiresAt: string;
  user: { id: string; email: string };
  memberships: Array<{ tenant: string | null; tenantName: string | null; role: string }>;
  permissions: Array<{ tenant: string | null; permissions: string[] }>;
}
interface ErrorBody {
  error: { code: string; message: string };
}

const HOUR = 3_600_000;

/** Every Set-Cookie of a response (Node's fetch has getSetCookie; the Workers types lack it). */
function setCookies(response: Response): string[] {
  return (response.headers as unknown as { getSetCookie(): string[] }).getSetCookie();
}
const TRUSTED_WEB_APP = "http://localhost:3000";

describe.each(testDrivers)("sign-in, sessions and CSRF over HTTP on %s", (driver) => {
  let database: TestDatabase;
  let server: TestServer;
  let tenantA: Tenant;
  let tenantB: Tenant;

  const url = (path: string) => `${server.baseUrl}${path}`;
  const login = (email: string, password: string, headers: Record<string, string> = {}) =>
    fetch(url("/api/auth/login"), {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ email, password }),
    });
  const cookieOf = (response: Response) => {
    const cookie = setCookies(response).find((c) => c.startsWith("satu_atap_session="));
    if (!cookie) throw new Error(`no session cookie in ${JSON.stringify(setCookies(response))}`);
    return cookie;
  };
  const cookieHeader = (token: string) => ({ cookie: `satu_atap_session=${token}` });
  /** A fresh user of tenant A, signed in over HTTP. */
  const signedIn = async () => {
    const user = await createTestUser(database.handle.db, "district-admin", tenantA.id);
    const response = await login(user.email, TEST_PASSWORD);
    expect(response.status).toBe(200);
    return { user, body: (await response.json()) as LoginBody, response };
  };

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    tenantA = (await createOtherRegency(database.handle.db, { name: "Kabupaten A" })).tenant;
    tenantB = (await createOtherRegency(database.handle.db, { name: "Kabupaten B" })).tenant;
    server = await startTestServer(database.handle.db, { trustedOrigins: [TRUSTED_WEB_APP] });
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("signs in with a cookie for browsers and the same token for API clients, storing only its hash", async () => {
    const { user, body, response } = await signedIn();
    expect(body.token).toMatch(/^[a-z2-7]{32}$/);
    expect(body.user.email).toBe(user.email);
    expect(body.memberships).toEqual([expect.objectContaining({ tenant: tenantA.slug, role: "district-admin" })]);
    expect(body.permissions).toEqual([{ tenant: tenantA.slug, permissions: expect.arrayContaining(["config:read", "audit:read"]) }]);

    // Plain-http localhost: the unprefixed name and no Secure; everything else as over HTTPS.
    const cookie = cookieOf(response);
    expect(cookie).toContain(`satu_atap_session=${body.token}`);
    for (const attribute of ["Path=/", "HttpOnly", "SameSite=Lax"]) expect(cookie).toContain(attribute);
    expect(cookie).toMatch(/Max-Age=43(19\d|200);/); // 12 hours
    expect(cookie).not.toMatch(/Secure|Domain/);

    const stored = await getSessionWithUser(database.handle.db, sessionIdFromToken(body.token));
    expect(stored?.user.id).toBe(user.id);
    expect(await getSessionWithUser(database.handle.db, body.token)).toBeUndefined();

    for (const headers of [bearer(body.token), cookieHeader(body.token)]) {
      const me = await fetch(url("/api/auth/me"), { headers });
      expect(me.status).toBe(200);
      expect(((await me.json()) as LoginBody).user.id).toBe(user.id);
    }
    expect((await fetch(url("/api/auth/me"))).status).toBe(401);
  });

  it("uses the __Host- cookie with Secure anywhere but plain-http localhost", async () => {
    const user = await createTestUser(database.handle.db, "desk-officer", tenantA.id);
    const app = createNodeApp(database.handle.db);
    const response = await app.request("https://satu-atap.example.go.id/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: user.email, password: TEST_PASSWORD }),
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^__Host-satu_atap_session=[a-z2-7]{32}; /);
    for (const attribute of ["Path=/", "HttpOnly", "SameSite=Lax", "Secure"]) expect(cookie).toContain(attribute);
    expect(cookie).not.toContain("Domain");
  });

  it("issues a new token at every sign-in, and sign-out deletes the session and clears the cookie", async () => {
    const { user, body } = await signedIn();
    const again = (await (await login(user.email, TEST_PASSWORD)).json()) as LoginBody;
    expect(again.token).not.toBe(body.token);
    // Signing in again from a signed-in browser replaces its session.
    const replaced = (await (await login(user.email, TEST_PASSWORD, { ...cookieHeader(again.token), origin: server.baseUrl })).json()) as LoginBody;
    expect(await getSessionWithUser(database.handle.db, sessionIdFromToken(again.token))).toBeUndefined();
    expect((await fetch(url("/api/auth/me"), { headers: bearer(replaced.token) })).status).toBe(200);

    const out = await fetch(url("/api/auth/logout"), { method: "POST", headers: bearer(body.token) });
    expect(out.status).toBe(200);
    expect(cookieOf(out)).toContain("Max-Age=0");
    expect(await getSessionWithUser(database.handle.db, sessionIdFromToken(body.token))).toBeUndefined();
    expect((await fetch(url("/api/auth/me"), { headers: bearer(body.token) })).status).toBe(401);
    // The other session of the same user lives on.
    expect((await fetch(url("/api/auth/me"), { headers: bearer(replaced.token) })).status).toBe(200);
  });

  it("gives the same answer for an unknown email, a wrong password and a disabled account, and audits each", async () => {
    const disabled = await createTestUser(database.handle.db, "desk-officer", tenantA.id);
    await setUserStatus(database.handle.db, disabled.id, "disabled");
    const known = await createTestUser(database.handle.db, "desk-officer", tenantA.id);
    const answers: ErrorBody[] = [];
    for (const [email, password] of [
      [uniqueEmail("nobody"), TEST_PASSWORD],
      [known.email, "wrong-password-123"],
      [disabled.email, TEST_PASSWORD],
    ] as const) {
      const response = await login(email, password);
      expect(response.status).toBe(401);
      expect(setCookies(response)).toEqual([]);
      answers.push((await response.json()) as ErrorBody);
    }
    expect(new Set(answers.map((a) => JSON.stringify({ code: a.error.code, message: a.error.message })))).toEqual(
      new Set([JSON.stringify({ code: "INVALID_CREDENTIALS", message: "Wrong email or password." })]),
    );
    const failed = await listAuditEvents(database.handle.db, null, { action: "auth.login_failed", limit: 500 });
    const emails = failed.events.map((e) => (e.details as { email?: string } | null)?.email);
    expect(emails).toContain(known.email);
    expect(emails).toContain(disabled.email);
  });

  it("throttles an account after 10 failures from one address within 10 minutes (429 with Retry-After)", async () => {
    const user = await createTestUser(database.handle.db, "desk-officer", tenantA.id);
    for (let i = 0; i < 10; i++) expect((await login(user.email, `not-the-password-${i}`)).status).toBe(401);
    const throttled = await login(user.email, TEST_PASSWORD);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await throttled.json()) as ErrorBody).error.code).toBe("TOO_MANY_REQUESTS");
    // Another account from the same address is not affected.
    const other = await createTestUser(database.handle.db, "desk-officer", tenantA.id);
    expect((await login(other.email, TEST_PASSWORD)).status).toBe(200);
  });

  it("slides the expiry when it is near (re-sending the cookie) and ends a session at its absolute cap", async () => {
    const { body } = await signedIn();
    const id = sessionIdFromToken(body.token);
    const db = database.handle.db;
    // One hour left: the next request renews to a full idle period.
    await db.update(sessions).set({ expiresAt: new Date(Date.now() + HOUR) }).where(eq(sessions.id, id));
    const renewed = await fetch(url("/api/auth/me"), { headers: cookieHeader(body.token) });
    expect(renewed.status).toBe(200);
    expect(cookieOf(renewed)).toMatch(/Max-Age=43[12]\d\d/);
    const after = await getSessionWithUser(db, id);
    expect(after?.session.expiresAt.getTime()).toBeGreaterThan(Date.now() + 11 * HOUR);

    // Used all along, but signed in more than 7 days ago: over.
    await db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 2000), absoluteExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.id, id));
    const capped = await fetch(url("/api/auth/me"), { headers: cookieHeader(body.token) });
    expect(capped.status).toBe(401);
    expect(cookieOf(capped)).toContain("Max-Age=0");
    expect(await getSessionWithUser(db, id)).toBeUndefined();
  });

  it("ends every session of a disabled account", async () => {
    const { user, body } = await signedIn();
    await setUserStatus(database.handle.db, user.id, "disabled");
    expect((await fetch(url("/api/auth/me"), { headers: bearer(body.token) })).status).toBe(401);
  });

  it("refuses unsafe cookie requests without a same-origin Origin, JSON and forms alike; Bearer is exempt", async () => {
    const { body } = await signedIn();
    const cookie = cookieHeader(body.token);
    const post = (path: string, headers: Record<string, string>, payload = "{}") =>
      fetch(url(path), { method: "POST", headers: { "content-type": "application/json", ...headers }, body: payload });

    const crossSite = await post("/api/auth/logout", { ...cookie, origin: "https://evil.example" });
    expect(crossSite.status).toBe(403);
    expect(((await crossSite.json()) as ErrorBody).error.code).toBe("FORBIDDEN");
    expect((await post("/api/auth/logout", cookie)).status).toBe(403);
    const form = await fetch(url(`/api/t/${tenantA.slug}/evaluate`), {
      method: "POST",
      headers: { ...cookie, "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
      body: "answers=1",
    });
    expect(form.status).toBe(403);
    // Still signed in: the refused requests changed nothing.
    expect((await fetch(url("/api/auth/me"), { headers: cookie })).status).toBe(200);

    // Login CSRF: a foreign page cannot sign a browser in either.
    const user = await createTestUser(database.handle.db, "desk-officer", tenantA.id);
    expect((await login(user.email, TEST_PASSWORD, { origin: "https://evil.example" })).status).toBe(403);

    // Bearer tokens are never sent by a browser on its own: no Origin needed.
    const second = (await (await login(user.email, TEST_PASSWORD)).json()) as LoginBody;
    expect((await post("/api/auth/logout", { ...bearer(second.token), origin: "https://evil.example" })).status).toBe(200);

    // The API's own origin and the trusted web app are same-origin.
    expect((await post(`/api/t/${tenantA.slug}/evaluate`, { ...cookie, origin: TRUSTED_WEB_APP })).status).toBe(400);
    expect((await post("/api/auth/logout", { ...cookie, origin: server.baseUrl })).status).toBe(200);
  });

  it("describes the caller with memberships by slug and name and permissions per regency", async () => {
    const user = await createTestUser(database.handle.db, "desk-officer", tenantB.id);
    const token = ((await (await login(user.email, TEST_PASSWORD)).json()) as LoginBody).token;
    const me = (await (await fetch(url("/api/auth/me"), { headers: bearer(token) })).json()) as LoginBody;
    expect(me.memberships).toEqual([expect.objectContaining({ tenant: tenantB.slug, tenantName: tenantB.name, role: "desk-officer" })]);
    expect(me.permissions).toEqual([{ tenant: tenantB.slug, permissions: expect.arrayContaining(["case:decide", "nik:reveal"]) }]);
    expect(me.permissions[0]?.permissions).not.toContain("config:edit");
  });

  it("never logs passwords, tokens or cookies", async () => {
    const lines: string[] = [];
    const capture = (...args: unknown[]) => void lines.push(args.map(String).join(" "));
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((level) => vi.spyOn(console, level).mockImplementation(capture));
    try {
      const user = await createTestUser(database.handle.db, "desk-officer", tenantA.id);
      await login(user.email, "a-wrong-password-xyz");
      const token = ((await (await login(user.email, TEST_PASSWORD)).json()) as LoginBody).token;
      await fetch(url("/api/auth/me"), { headers: cookieHeader(token) });
      await fetch(url("/api/auth/logout"), { method: "POST", headers: { ...bearer(token), "content-type": "text/plain" }, body: "x" });
      const output = lines.join("\n");
      for (const secret of ["a-wrong-password-xyz", TEST_PASSWORD, token]) expect(output).not.toContain(secret);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});
