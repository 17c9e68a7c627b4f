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
      await withAdmin(adminUrl, async (client) => {
        // pg's pool.end() resolves before its sockets have closed. A forced drop at that moment
        // kills a closing connection, whose client then emits an error nobody listens to (an
        // "unhandled error" that fails a green test run). Wait briefly for them to go; FORCE
        // still removes whatever remains.
        for (let waited = 0; waited < 5_000; waited += 25) {
          const { rows } = await client.query<{ n: number }>("select count(*)::int as n from pg_stat_activity where datname = $1", [name]);
          if ((rows[0]?.n ?? 0) === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      });
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

/** A LOGIN role made for one test run (see {@link createTestLoginRole}). */
export interface TestLoginRole {
  /** Its name, e.g. `satu_atap_test_login_m4x1k2_9f3a`. */
  name: string;
  /** `databaseUrl` with this role as the user: how the application connects. */
  url: string;
  /** Drops the role (drop the databases it was used on first). */
  drop(): Promise<void>;
}

/**
 * Creates a uniquely named LOGIN role that is a member of `memberOf` (the
 * application role by default), the production deployment style in small:
 * the application logs in as it and runs under row-level security. The
 * member-of role must exist: migrate the database first. Roles are
 * cluster-wide; drop it when done.
 *
 * @example
 * const testDb = await createTestDatabase(adminUrl);
 * const owner = await createDb({ driver: "pg", url: testDb.url }); await migrate(owner);
 * const login = await createTestLoginRole(adminUrl, testDb.url);
 * const app = await createDb({ driver: "pg", url: login.url });
 * // … finally: close both, await testDb.drop(); await login.drop();
 */
export async function createTestLoginRole(
  adminUrl: string,
  databaseUrl: string,
  memberOf = "satu_atap_app",
  prefix = "satu_atap_test_login",
): Promise<TestLoginRole> {
  for (const identifier of [memberOf, prefix]) {
    if (!/^[a-z_][a-z0-9_]*$/.test(identifier)) throw new Error(`invalid role identifier: ${identifier}`);
  }
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  // Both names are [a-z0-9_] only, so quoting them as identifiers is safe.
  await withAdmin(adminUrl, (client) => client.query(`CREATE ROLE "${name}" LOGIN IN ROLE "${memberOf}"`));
  const url = new URL(databaseUrl);
  url.username = name;
  url.password = "";
  return {
    name,
    url: url.toString(),
    drop: async () => {
      await withAdmin(adminUrl, (client) => client.query(`DROP ROLE IF EXISTS "${name}"`));
    },
  };
}
