import { randomBytes } from "node:crypto";
import pg from "pg";

/** A database created for one test run. */
export interface TestDatabase {
  /** Its name, e.g. `satu_atap_test_m4x1k2_9f3a`. */
  name: string;
  /** Connection URL of the new database (same server and user as the admin URL). */
  url: string;
  /** Drops it, disconnecting whoever is still connected. */
  drop(): Promise<void>;
}

/**
 * Creates a fresh, uniquely named database on the server behind `adminUrl`
 * (a superuser URL of a throwaway cluster, e.g. `TEST_DATABASE_URL`), so test
 * runs never share state and can run side by side.
 *
 * @example
 * const testDb = await createTestDatabase(process.env.TEST_DATABASE_URL ?? "");
 * const handle = await createDb({ driver: "pg", url: testDb.url });
 * // … finally: await handle.close(); await testDb.drop();
 */
export async function createTestDatabase(adminUrl: string, prefix = "satu_atap_test"): Promise<TestDatabase> {
  if (!/^[a-z_][a-z0-9_]*$/.test(prefix)) throw new Error(`invalid database name prefix: ${prefix}`);
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  // Name is generated from [a-z0-9_] only, so quoting it as an identifier is safe.
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function withAdmin<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
