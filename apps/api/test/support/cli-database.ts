import { APP_ROLE, createDb, type Db } from "@satu-atap/db";
import { createMigratedDb, migrate } from "@satu-atap/db/migrate";
import { createTestDatabase as createServerDatabase, createTestLoginRole } from "@satu-atap/db/testing";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testDrivers, waitForOtherConnectionsToClose } from "./databases.ts";

type Env = Record<string, string | undefined>;

/** Where the CLI finds the database, and how the test gets in as the app and as the owner. */
export interface CliDatabase {
  env: Env;
  withApp<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  withOwner<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  drop(): Promise<void>;
}

/**
 * A database the CLI (a subprocess) and the test share: a PGlite folder opened by one
 * process at a time, or a PostgreSQL database reached through a login role.
 */
export async function cliDatabase(driver: (typeof testDrivers)[number]): Promise<CliDatabase> {
  if (driver === "pglite") {
    // PGlite in a folder: one process at a time, so each step opens and closes it.
    const dataDir = await mkdtemp(join(tmpdir(), "satu-atap-cli-"));
    const open = async <T>(role: string | undefined, fn: (db: Db) => Promise<T>) => {
      const handle = await createMigratedDb({ driver: "pglite", dataDir, ...(role ? { role } : {}) });
      try {
        return await fn(handle.db);
      } finally {
        await handle.close();
      }
    };
    return {
      env: { DATA_DIR: dataDir, DATABASE_URL: undefined, MIGRATION_DATABASE_URL: undefined },
      withApp: (fn) => open(APP_ROLE, fn),
      withOwner: (fn) => open(undefined, fn),
      drop: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  // PostgreSQL as production runs it: a login role for the app, the owner for migrations.
  const adminUrl = process.env.TEST_DATABASE_URL ?? "";
  const server = await createServerDatabase(adminUrl, "satu_api_cli");
  const owner = await createDb({ driver: "pg", url: server.url });
  await migrate(owner);
  const login = await createTestLoginRole(adminUrl, server.url);
  const app = await createDb({ driver: "pg", url: login.url });
  return {
    env: { DATABASE_URL: login.url, MIGRATION_DATABASE_URL: server.url, DATA_DIR: undefined },
    withApp: (fn) => fn(app.db),
    withOwner: (fn) => fn(owner.db),
    async drop() {
      await app.close();
      await waitForOtherConnectionsToClose(owner.db);
      await owner.close();
      await server.drop();
      await login.drop();
    },
  };
}

