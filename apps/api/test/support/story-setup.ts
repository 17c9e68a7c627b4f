import { findTenantBySlug, type Tenant } from "@satu-atap/db";
import { afterAll, beforeAll } from "vitest";
import { tenantsDir } from "../../src/paths.ts";
import { seedTemplatesIfEmpty } from "../../src/services/seed.ts";
import { bearer, createTestUser, sessionToken } from "./auth.ts";
import { createTestDatabase, type TestDatabase, type TestDriver } from "./databases.ts";
import { createOtherRegency } from "./factories.ts";
import { replicationHelpers } from "./replication.ts";
import { startTestServer, type TestServer } from "./test-server.ts";

/** What a regency story runs against, filled in by `beforeAll`. */
export interface Story {
  database: TestDatabase;
  server: TestServer;
  /** A regency without lineage (not cloned from the template). */
  other: Tenant;
  /** Bearer headers of a province admin. */
  province: Record<string, string>;
  /** Bearer headers of Sragen's (the template's) district admin. */
  sragenAdmin: Record<string, string>;
  /** Bearer headers of the other regency's district admin. */
  otherAdmin: Record<string, string>;
}

/**
 * The set-up the regency stories share, registered as the describe block's `beforeAll` and
 * `afterAll`: a test database of `driver` seeded with the templates, a regency without lineage,
 * a province admin, Sragen's and the other regency's district admins, and the API on a real
 * port. Answers `story` (its fields are set once `beforeAll` has run) and the replication
 * helpers over it.
 */
export function storySetup(driver: TestDriver) {
  const story = {} as Story;

  beforeAll(async () => {
    story.database = await createTestDatabase(driver);
    const db = story.database.handle.db;
    await seedTemplatesIfEmpty({ ctx: { db }, input: { tenantsDir } });
    story.other = (await createOtherRegency(db)).tenant;
    const signedIn = async (role: "province-admin" | "district-admin", tenantId: string | null) =>
      bearer(await sessionToken(db, (await createTestUser(db, role, tenantId)).id));
    story.province = await signedIn("province-admin", null);
    const sragen = await findTenantBySlug(db, "sragen");
    if (!sragen) throw new Error("sragen missing");
    story.sragenAdmin = await signedIn("district-admin", sragen.id);
    story.otherAdmin = await signedIn("district-admin", story.other.id);
    story.server = await startTestServer(db);
  });
  afterAll(async () => {
    await story.server?.close();
    await story.database?.drop();
  });

  const helpers = replicationHelpers({
    baseUrl: () => story.server.baseUrl,
    db: () => story.database.handle.db,
    province: () => story.province,
  });
  return { story, ...helpers };
}
