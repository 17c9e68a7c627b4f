import { APP_ROLE, createDb, type Db, type DbHandle } from "@satu-atap/db";
import { sql } from "drizzle-orm";
import { createMigratedDb, migrate } from "@satu-atap/db/migrate";
import { createTestDatabase as createServerDatabase, createTestLoginRole } from "@satu-atap/db/testing";

/** The drivers the API suite runs on: embedded always, PostgreSQL when CI provides a server. */
export const testDrivers = process.env.TEST_DATABASE_URL ? (["pglite", "pg"] as const) : (["pglite"] as const);
export type TestDriver = (typeof testDrivers)[number];

export interface TestDatabase {
  /** Opened as the application role, as the API runs: row-level security applies. */
  handle: DbHandle;
  /**
   * Runs `fn` as the tables' owner, for what the application may not do (tampering with
   * the audit trail). PGlite: the same single connection, with the role reset meanwhile.
   */
  asOwner<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  drop(): Promise<void>;
}

/**
 * A new, empty, migrated database opened as the application role: in-memory PGlite
 * switched to `satu_atap_app`, or a uniquely named database on the test server reached
 * through a LOGIN role that is a member of it (the production style, so RLS is real).
 */
export async function createTestDatabase(driver: TestDriver): Promise<TestDatabase> {
  if (driver === "pglite") {
    const handle = await createMigratedDb({ driver: "pglite", role: APP_ROLE });
    return {
      handle,
      async asOwner(fn) {
        // PGlite's one connection: leave the app role for the owner's session user and come back.
        await handle.db.execute(sql.raw("reset role"));
        try {
          return await fn(handle.db);
        } finally {
          await handle.db.execute(sql.raw(`set role ${APP_ROLE}`));
        }
      },
      drop: () => handle.close(),
    };
  }
  const adminUrl = process.env.TEST_DATABASE_URL ?? "";
  const server = await createServerDatabase(adminUrl, "satu_api_test");
  const owner = await createDb({ driver: "pg", url: server.url });
  await migrate(owner);
  const login = await createTestLoginRole(adminUrl, server.url);
  const handle = await createDb({ driver: "pg", url: login.url });
  return {
    handle,
    asOwner: (fn) => fn(owner.db),
    async drop() {
      await handle.close();
      // pg's pool.end() resolves before its sockets have closed; a forced DROP DATABASE
      // would then kill a closing connection and surface as an uncaught error.
      await waitForOtherConnectionsToClose(owner.db);
      await owner.close();
      await server.drop();
      await login.drop();
    },
  };
}

/** Waits until no other session is connected to the database `db` is in (before a forced drop). */
export async function waitForOtherConnectionsToClose(db: Db, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(sql`pg_stat_activity`)
      .where(sql`datname = current_database() and pid <> pg_backend_pid()`);
    if ((row?.n ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
