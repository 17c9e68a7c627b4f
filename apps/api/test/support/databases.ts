import { createDb, type DbHandle } from "@satu-atap/db";
import { migrate } from "@satu-atap/db/migrate";
import { createTestDatabase as createServerDatabase } from "@satu-atap/db/testing";

/** The drivers the API suite runs on: embedded always, PostgreSQL when CI provides a server. */
export const testDrivers = process.env.TEST_DATABASE_URL ? (["pglite", "pg"] as const) : (["pglite"] as const);
export type TestDriver = (typeof testDrivers)[number];

export interface TestDatabase {
  handle: DbHandle;
  drop(): Promise<void>;
}

/** A new, empty, migrated database: in-memory PGlite, or a uniquely named database on the test server. */
export async function createTestDatabase(driver: TestDriver): Promise<TestDatabase> {
  if (driver === "pglite") {
    const handle = await createDb({ driver: "pglite" });
    await migrate(handle);
    return { handle, drop: () => handle.close() };
  }
  const server = await createServerDatabase(process.env.TEST_DATABASE_URL ?? "", "satu_api_test");
  const handle = await createDb({ driver: "pg", url: server.url });
  await migrate(handle);
  return {
    handle,
    async drop() {
      await handle.close();
      await server.drop();
    },
  };
}
