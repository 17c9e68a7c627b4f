import { listTenants } from "@satu-atap/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantsDir } from "../src/paths.ts";
import { seedTemplatesIfEmpty } from "../src/services/seed.ts";
import { bearer, createTestUser, sessionToken } from "./support/auth.ts";
import { createTestDatabase, testDrivers, type TestDatabase } from "./support/databases.ts";
import { uniqueSlug } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

interface ErrorBody { error: { code: string; issues?: Array<{ path: string }> } }

describe.each(testDrivers)("cloning the same slug at the same time on %s", (driver) => {
  let database: TestDatabase;
  let server: TestServer;
  let province: Record<string, string>;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const db = database.handle.db;
    await seedTemplatesIfEmpty({ ctx: { db }, input: { tenantsDir } });
    province = bearer(await sessionToken(db, (await createTestUser(db, "province-admin", null)).id));
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  const clone = (slug: string) =>
    fetch(`${server.baseUrl}/api/tenants`, {
      method: "POST",
      headers: { ...province, "content-type": "application/json" },
      body: JSON.stringify({ slug, name: "Kabupaten Wonogiri", regencyCode: "3312", cloneFrom: { tenant: "sragen" } }),
    });

  const outcome = async (response: Response) => {
    if (response.status === 201) return { status: 201, code: "", paths: [] as string[] };
    const { error } = (await response.json()) as ErrorBody;
    return { status: response.status, code: error.code, paths: (error.issues ?? []).map((issue) => issue.path) };
  };

  it("creates the regency once and answers every other request 409 CONFLICT at body/slug, like a sequential duplicate", async () => {
    const slug = uniqueSlug("race");
    // Several at once, so that more than one passes the "slug free?" check before the first commits.
    const answers = await Promise.all(Array.from({ length: 6 }, () => clone(slug).then(outcome)));
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
    expect(answers.filter((answer) => answer.status !== 201)).toEqual(Array.from({ length: 5 }, () => ({ status: 409, code: "CONFLICT", paths: ["body/slug"] })));

    const sequential = await outcome(await clone(slug));
    expect(sequential).toEqual({ status: 409, code: "CONFLICT", paths: ["body/slug"] });
    expect((await listTenants(database.handle.db)).filter((tenant) => tenant.slug === slug)).toHaveLength(1);
  });
});
