import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiDocument } from "../src/openapi-document.ts";
import { seedTemplatesIfEmpty } from "../src/services/seed.ts";
import { tenantsDir } from "../src/paths.ts";
import { createTestDatabase, testDrivers, type TestDatabase } from "./support/databases.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";
import { createOtherRegency } from "./support/factories.ts";
import { bearer, createTestUser, sessionToken } from "./support/auth.ts";

interface Envelope {
  error: { code: string; message: string; messages: { id: string; en: string }; issues?: Array<{ path: string; message: string }>; requestId: string };
}

describe.each(testDrivers)("API over HTTP on %s", (driver) => {
  let database: TestDatabase;
  let server: TestServer;
  let other: Awaited<ReturnType<typeof createOtherRegency>>;
  let token: string;

  // A province admin reads every regency: these tests are about the routes, not about access.
  const get = (path: string) => fetch(`${server.baseUrl}${path}`, { headers: bearer(token) });
  const json = async <T>(path: string, status = 200): Promise<T> => {
    const response = await get(path);
    expect(response.status, `${path} → ${response.status}`).toBe(status);
    return (await response.json()) as T;
  };
  const expectEnvelope = async (path: string, status: number, code: string) => {
    const body = await json<Envelope>(path, status);
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(0);
    expect(body.error.messages.id.length).toBeGreaterThan(0);
    expect(body.error.requestId.length).toBeGreaterThan(0);
    return body;
  };

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const seeded = await seedTemplatesIfEmpty({ ctx: { db: database.handle.db }, input: { tenantsDir } });
    expect(seeded).toContain("sragen");
    other = await createOtherRegency(database.handle.db);
    const admin = await createTestUser(database.handle.db, "province-admin", null);
    token = await sessionToken(database.handle.db, admin.id);
    server = await startTestServer(database.handle.db);
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("answers /health after a real database round trip", async () => {
    expect(await json("/health")).toEqual({ status: "ok", database: "ok" });
  });

  it("serves Sragen's published configuration with everything the unit needs", async () => {
    const body = await json<{ version: number; contentHash: string; config: Record<string, any> }>("/api/t/sragen/config");
    expect(body.version).toBe(1);
    expect(body.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const { config } = body;
    expect(config.desks).toHaveLength(4);
    expect(config.services).toHaveLength(18);
    expect(config.cardProgrammes).toHaveLength(2);
    for (const programme of config.cardProgrammes) {
      expect(programme.tiers).toHaveLength(3);
      for (const tier of programme.tiers) expect(tier.benefits.length).toBeGreaterThan(0);
    }
    expect(config.survey.criteria).toHaveLength(20);
    expect(config.areas.subdistricts).toHaveLength(20);
  });

  it("lists Sragen as a template regency with its version", async () => {
    const { tenants } = await json<{ tenants: Array<{ slug: string; isTemplate: boolean; latestVersion: number | null }> }>("/api/tenants");
    expect(tenants.find((t) => t.slug === "sragen")).toMatchObject({ isTemplate: true, latestVersion: 1 });
    expect(tenants.find((t) => t.slug === other.tenant.slug)).toMatchObject({ isTemplate: false, latestVersion: 1 });
  });

  it("lists published versions with author, note and hash", async () => {
    const { versions } = await json<{ versions: Array<Record<string, unknown>> }>("/api/t/sragen/config/versions");
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ version: 1, publishedBy: "system:seed" });
    expect(versions[0]).not.toHaveProperty("config");
  });

  it("keeps each regency's configuration to itself", async () => {
    const mine = await json<{ tenant: { slug: string }; config: Record<string, any> }>(`/api/t/${other.tenant.slug}/config`);
    expect(mine.tenant.slug).toBe(other.tenant.slug);
    expect(mine.config.services).toHaveLength(17);
    expect(mine.config.meta.name.id).toBe("Kabupaten Uji");
    const sragen = await json<{ config: Record<string, any> }>("/api/t/sragen/config");
    expect(sragen.config.services).toHaveLength(18);
  });

  it("answers an unknown or malformed regency with the same 404", async () => {
    await expectEnvelope("/api/t/atlantis/config", 404, "TENANT_NOT_FOUND");
    await expectEnvelope("/api/t/Bad%20Slug!/config", 404, "TENANT_NOT_FOUND");
    await expectEnvelope("/api/t/atlantis/config/versions", 404, "TENANT_NOT_FOUND");
  });

  it("refuses a malformed version with the field named, and a missing one with 404", async () => {
    const bad = await expectEnvelope("/api/t/sragen/config?version=abc", 400, "VALIDATION_FAILED");
    expect(bad.error.issues?.[0]?.path).toBe("query/version");
    await expectEnvelope("/api/t/sragen/config?version=99", 404, "VERSION_NOT_FOUND");
    const exact = await json<{ version: number }>("/api/t/sragen/config?version=1");
    expect(exact.version).toBe(1);
  });

  it("answers unknown routes with the envelope", async () => {
    await expectEnvelope("/api/nothing-here", 404, "NOT_FOUND");
  });

  it("makes the same OpenAPI document in-process (no database, no server) as it serves", async () => {
    // The web app generates its typed client from openApiDocument(): it must be the served one.
    expect(await openApiDocument()).toEqual(await json("/openapi.json"));
  });

  it("publishes an OpenAPI 3.1 document where every operation declares its errors", async () => {
    const doc = await json<{ openapi: string; paths: Record<string, Record<string, { responses: Record<string, any> }>> }>("/openapi.json");
    expect(doc.openapi).toBe("3.1.0");
    for (const path of ["/health", "/api/tenants", "/api/t/{tenant}/config", "/api/t/{tenant}/config/versions"]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const statuses = Object.keys(operation.responses);
        // A success answer: 200, or 201 for an operation that creates something.
        expect(statuses.filter((s) => s === "200" || s === "201"), `${method} ${path}`).toHaveLength(1);
        expect(statuses, `${method} ${path}`).toContain("500");
        for (const status of statuses.filter((s) => Number(s) >= 400)) {
          expect(JSON.stringify(operation.responses[status]), `${method} ${path} ${status}`).toContain("ErrorEnvelope");
        }
      }
    }
  });

  it("renders the API reference page", async () => {
    const response = await get("/docs");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("/openapi.json");
    expect(html).toContain("swagger-ui-bundle.js");
    // Served locally: offices with patchy connectivity still get the reference.
    const script = await get("/docs/assets/swagger-ui-bundle.js");
    expect(script.status).toBe(200);
    expect((await script.text()).length).toBeGreaterThan(100_000);
  });
});
