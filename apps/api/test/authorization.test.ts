import { ROLE_IDS, ROLE_PERMISSIONS, type RoleId } from "@satu-atap/auth";
import { appendAuditEvent, configVersions, listAuditEvents, type Tenant } from "@satu-atap/db";
import { serve, type ServerType } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGES } from "../src/app.ts";
import { ApiError } from "../src/http/errors.ts";
import { declaredRoutes, type DeclaredRoute } from "../src/http/route-registry.ts";
import { createNodeApp } from "../src/node-app.ts";
import { bearer, createTestUser, sessionToken } from "./support/auth.ts";
import { createTestDatabase, testDrivers, type TestDatabase } from "./support/databases.ts";
import { createOtherRegency } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

type Caller = RoleId | "anonymous";
type Expected = "allowed" | 401 | 403 | 404;

const TENANT_PARAM = "{tenant}";
// Values for the other path parameters: well-formed ids of records that do not exist (a
// caller who passes authorisation then gets NOT_FOUND, never an authorisation refusal).
const OTHER_PARAMS: Record<string, string> = { "{id}": "00000000-0000-4000-8000-000000000000" };
const PERSON_ID_ROUTES = /\/reference-persons\/\{id\}/;
const fillParams = (path: string) =>
  path
    .replace(/\{id\}/g, PERSON_ID_ROUTES.test(path) ? "999999999" : (OTHER_PARAMS["{id}"] ?? ""))
    // A document token that is not genuine (the public verify route answers it like any other).
    .replace(/\{token\}/g, "v1.bm90LWEtdG9rZW4.AAAAAAAAAAAAAAAAAAAAAA");

/**
 * The declared matrix: what a caller should get from a route in a regency.
 * Non-member of the regency → 404 (as if it did not exist); member lacking the
 * permission → 403; no session → 401. Province admins reach every regency, with
 * the permissions their role holds.
 */
function expected(route: DeclaredRoute, caller: Caller, inOwnTenant: boolean): Expected {
  const { permission } = route;
  if (permission === "public") return "allowed";
  if (caller === "anonymous") return 401;
  if (permission === "session" || permission === undefined) return "allowed";
  const holds = (ROLE_PERMISSIONS[caller] as readonly string[]).includes(permission);
  if (!route.path.includes(TENANT_PARAM)) return caller === "province-admin" && holds ? "allowed" : 403;
  if (caller !== "province-admin" && !inOwnTenant) return 404;
  return holds ? "allowed" : 403;
}

describe.each(testDrivers)("authorisation: every route × every role on %s", (driver) => {
  let database: TestDatabase;
  let server: TestServer;
  let tenantA: Tenant;
  let tenantB: Tenant;
  const users = new Map<RoleId, string>();
  const tokens = new Map<RoleId, string>();
  let routes: DeclaredRoute[] = [];

  const call = async (route: DeclaredRoute, caller: Caller, slug: string) => {
    const path = fillParams(route.path.replace(TENANT_PARAM, slug));
    if (path.includes("{")) throw new Error(`matrix needs a value for a parameter of ${route.path}`);
    const userId = caller === "anonymous" ? undefined : users.get(caller);
    // Unsafe requests get a fresh session: POST /api/auth/logout would end a shared one.
    const token = userId === undefined ? undefined : route.method === "GET" ? tokens.get(caller as RoleId) : await sessionToken(database.handle.db, userId);
    return fetch(`${server.baseUrl}${path}`, {
      method: route.method,
      headers: { "content-type": "application/json", ...(token ? bearer(token) : {}) },
      ...(route.method === "GET" ? {} : { body: "{}" }),
    });
  };

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const db = database.handle.db;
    tenantA = (await createOtherRegency(db, { name: "Kabupaten A" })).tenant;
    tenantB = (await createOtherRegency(db, { name: "Kabupaten B" })).tenant;
    for (const role of ROLE_IDS) {
      const user = await createTestUser(db, role, tenantA.id);
      users.set(role, user.id);
      tokens.set(role, await sessionToken(db, user.id));
    }
    routes = declaredRoutes(createNodeApp(db), PAGES);
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("has a declared permission on every route, and the app registers no route outside the declarations", () => {
    const app = createNodeApp(database.handle.db);
    const undeclared = routes.filter((route) => route.permission === undefined).map((r) => `${r.method} ${r.path}`);
    expect(undeclared, "routes made without defineRoute's permission").toEqual([]);
    const declared = new Set(routes.map((r) => `${r.method} ${r.path}`));
    // Middleware (`app.use`) registers as ALL; every method-specific registration is a route.
    const registered = app.routes
      .filter((r) => r.method !== "ALL")
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, "{$1}")}`);
    expect([...new Set(registered)].filter((r) => !declared.has(r))).toEqual([]);
    for (const publicRoute of ["GET /health", "GET /openapi.json", "GET /docs", "GET /schemas/regency-config.json", "GET /schemas/regency-config-export.json", "POST /api/auth/login"]) {
      expect(routes.find((r) => `${r.method} ${r.path}` === publicRoute)?.permission, publicRoute).toBe("public");
    }
  });

  it("states each operation's permission in the OpenAPI document", async () => {
    const doc = (await (await fetch(`${server.baseUrl}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { "x-permission"?: string; security?: unknown[] }>>;
    };
    const pages = new Set(PAGES.map((page) => `${page.method} ${page.path}`));
    for (const route of routes.filter((r) => !pages.has(`${r.method} ${r.path}`))) {
      const operation = doc.paths[route.path]?.[route.method.toLowerCase()];
      expect(operation?.["x-permission"], `${route.method} ${route.path}`).toBe(route.permission);
      expect(operation?.security?.length ?? 0, `${route.method} ${route.path}`).toBe(route.permission === "public" ? 0 : 2);
    }
  });

  it("answers every route for every role in its own and in another regency as the matrix declares", async () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const route of routes) {
      const tenants = route.path.includes(TENANT_PARAM) ? [tenantA, tenantB] : [tenantA];
      for (const caller of ["anonymous", ...ROLE_IDS] as const) {
        for (const tenant of tenants) {
          const want = expected(route, caller, tenant.id === tenantA.id);
          const response = await call(route, caller, tenant.slug);
          const code = response.status >= 400 ? ((await response.json()) as { error: { code: string } }).error.code : "";
          const authzRefusal =
            response.status === 401 || response.status === 403 || (response.status === 404 && code === "TENANT_NOT_FOUND");
          const ok = want === "allowed" ? !authzRefusal : response.status === want && (want !== 404 || code === "TENANT_NOT_FOUND");
          if (!ok) mismatches.push(`${route.method} ${route.path} as ${caller} in ${tenant === tenantA ? "own" : "other"}: want ${want}, got ${response.status} ${code}`);
          checked++;
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });

  it("answers another regency's anything exactly like a regency that does not exist", async () => {
    const token = tokens.get("district-admin") ?? "";
    const strip = async (response: Response) => {
      const body = (await response.json()) as { error: Record<string, unknown> };
      const { requestId: _ignored, ...rest } = body.error;
      return { status: response.status, error: rest };
    };
    for (const route of routes.filter((r) => r.path.includes(TENANT_PARAM))) {
      const request = (slug: string) =>
        fetch(`${server.baseUrl}${fillParams(route.path.replace(TENANT_PARAM, slug))}`, {
          method: route.method,
          headers: { "content-type": "application/json", ...bearer(token) },
          ...(route.method === "GET" ? {} : { body: "{}" }),
        });
      const foreign = await strip(await request(tenantB.slug));
      expect(foreign, `${route.method} ${route.path}`).toEqual(await strip(await request("atlantis")));
      expect(foreign.status).toBe(404);
    }
  });

  it("audits refused requests in the regency's chain, readable by its district admin with filters", async () => {
    const desk = tokens.get("desk-officer") ?? "";
    expect((await fetch(`${server.baseUrl}/api/t/${tenantA.slug}/audit`, { headers: bearer(desk) })).status).toBe(403);
    expect((await fetch(`${server.baseUrl}/api/t/${tenantB.slug}/config`, { headers: bearer(desk) })).status).toBe(404);

    const admin = bearer(tokens.get("district-admin") ?? "");
    const deskId = users.get("desk-officer") ?? "";
    const page = (await (
      await fetch(`${server.baseUrl}/api/t/${tenantA.slug}/audit?action=request.denied&actor=${deskId}&limit=1`, { headers: admin })
    ).json()) as { events: Array<{ action: string; actorUserId: string; target: string; details: { status: number } }>; nextCursor: number | null };
    expect(page.events).toHaveLength(1);
    expect(page.events[0]).toMatchObject({ action: "request.denied", actorUserId: deskId, target: "GET /api/t/:tenant/audit", details: { status: 403 } });

    // The probe of regency B is in B's own chain, not A's.
    const inB = await listAuditEvents(database.handle.db, tenantB.id, { action: "request.denied", actorUserId: deskId });
    expect(inB.events.map((e) => (e.details as { status: number }).status)).toContain(404);

    // Paging: the cursor continues where the page ended.
    const all = (await (await fetch(`${server.baseUrl}/api/t/${tenantA.slug}/audit?limit=500`, { headers: admin })).json()) as { events: Array<{ id: number }> };
    const first = (await (await fetch(`${server.baseUrl}/api/t/${tenantA.slug}/audit?limit=1`, { headers: admin })).json()) as { events: Array<{ id: number }>; nextCursor: number };
    const second = (await (await fetch(`${server.baseUrl}/api/t/${tenantA.slug}/audit?limit=1&cursor=${first.nextCursor}`, { headers: admin })).json()) as { events: Array<{ id: number }> };
    expect([first.events[0]?.id, second.events[0]?.id]).toEqual(all.events.slice(0, 2).map((e) => e.id));
    expect((await fetch(`${server.baseUrl}/api/t/${tenantA.slug}/audit?from=yesterday`, { headers: admin })).status).toBe(400);
  });

  it("rolls back a tenant request's writes when it ends in an error response", async () => {
    // Another probe on a copy of the real app: it writes in the tenant transaction, then fails.
    const app = createNodeApp(database.handle.db);
    app.post("/api/t/:tenant/write-then-fail", async (c) => {
      await appendAuditEvent(c.get("db"), { tenantId: c.get("tenant").id, action: "test.rolled_back", target: c.req.query("kind") ?? null });
      if (c.req.query("kind") === "crash") throw new Error("unexpected");
      throw new ApiError("CONFLICT", { id: "Konflik.", en: "Conflict." });
    });
    const probeServer: ServerType = await new Promise((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
    });
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.map(String).join(" "));
    try {
      const base = `http://127.0.0.1:${(probeServer.address() as AddressInfo).port}`;
      const headers = bearer(tokens.get("district-admin") ?? "");
      expect((await fetch(`${base}/api/t/${tenantA.slug}/write-then-fail?kind=conflict`, { method: "POST", headers })).status).toBe(409);
      expect((await fetch(`${base}/api/t/${tenantA.slug}/write-then-fail?kind=crash`, { method: "POST", headers })).status).toBe(500);
    } finally {
      console.error = original;
      await new Promise<void>((resolve) => probeServer.close(() => resolve()));
    }
    expect((await listAuditEvents(database.handle.db, tenantA.id, { action: "test.rolled_back" })).events).toEqual([]);
    // The unexpected error was logged once, not once per middleware layer.
    expect(logged.filter((line) => line.includes('"message":"unexpected"'))).toHaveLength(1);
  });

  it("runs tenant requests in the regency's row-level security scope: unfiltered queries see only that regency, even interleaved", async () => {
    // A probe added to a copy of the real app, behind the real session and tenant middleware.
    // It queries without any tenant filter; only the database's policies can keep it in line.
    const app = createNodeApp(database.handle.db);
    app.get("/api/t/:tenant/rls-probe", async (c) => {
      const db = c.get("db");
      const [setting] = await db.select({ tenantId: sql<string>`current_setting('app.tenant_id', true)` }).from(sql`(select 1) as one`);
      const rows = await db.select({ tenantId: configVersions.tenantId }).from(configVersions);
      return c.json({ setting: setting?.tenantId, tenants: [...new Set(rows.map((r) => r.tenantId))] });
    });
    const probeServer: ServerType = await new Promise((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
    });
    try {
      const base = `http://127.0.0.1:${(probeServer.address() as AddressInfo).port}`;
      const province = bearer(tokens.get("province-admin") ?? "");
      const requests = Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? tenantA : tenantB)).map(async (tenant) => {
        const body = (await (await fetch(`${base}/api/t/${tenant.slug}/rls-probe`, { headers: province })).json()) as { setting: string; tenants: string[] };
        return { tenant, body };
      });
      for (const { tenant, body } of await Promise.all(requests)) {
        expect(body).toEqual({ setting: tenant.id, tenants: [tenant.id] });
      }
    } finally {
      await new Promise<void>((resolve) => probeServer.close(() => resolve()));
    }
  });
});
