import { fileURLToPath } from "node:url";
import { migrate as migrateNeon } from "drizzle-orm/neon-serverless/migrator";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { createDb, type DbConfig, type DbHandle } from "./client.ts";
import { nativeOf } from "./drivers/native.ts";

/**
 * The committed migrations (`packages/db/drizzle`), found from this file rather
 * than the working directory, so the API, the CLI and tests all apply the same
 * folder wherever they run from.
 */
export const migrationsFolder: string = fileURLToPath(new URL("../drizzle", import.meta.url));

/**
 * Applies the committed migrations that have not run yet (Node only: reads the
 * folder from disk). Idempotent; drizzle records applied ones in
 * `drizzle.__drizzle_migrations`.
 *
 * Migrations run as the login user of the handle's URL (the owner), never as
 * the handle's `role`: on PGlite the single connection does `RESET ROLE` for
 * the migration and takes the role back afterwards (do not run queries on the
 * handle meanwhile); on pg/Neon a short-lived pool without the role is used.
 * A handle that logs in as the application role itself cannot migrate: use
 * {@link createMigratedDb} with `migrationUrl`.
 *
 * @example
 * import { createDb } from "@satu-atap/db";
 * import { migrate } from "@satu-atap/db/migrate";
 * const handle = await createDb({ driver: "pglite", dataDir: ".data/pglite" });
 * await migrate(handle);
 */
export async function migrate(handle: DbHandle): Promise<void> {
  const native = nativeOf(handle);
  const config = { migrationsFolder };
  switch (native.driver) {
    case "pglite": {
      const role = native.currentRole();
      if (role === undefined) return migratePglite(native.db, config);
      await native.setRole(undefined);
      try {
        return await migratePglite(native.db, config);
      } finally {
        await native.setRole(role);
      }
    }
    case "pg":
    case "neon": {
      if (native.config.role !== undefined) return migrateWith({ ...native.config, role: undefined });
      return native.driver === "pg" ? migratePg(native.db, config) : migrateNeon(native.db, config);
    }
  }
}

/**
 * Migrates, then opens the database the application serves requests with,
 * for both deployment styles (ADR 0005):
 * - SET ROLE: `config.url` is the owner and `config.role` is `APP_ROLE`;
 *   migrations run as the owner, queries as the role. The only way on PGlite,
 *   where the role must be taken after the migrations have created it.
 * - LOGIN role: `config.url` logs in as a member of `APP_ROLE` (no `role`),
 *   and `migrationUrl` is the owner's URL, used only for migrating.
 * Without either, it migrates and runs as the URL's user (owner), as before.
 *
 * @example
 * const app = await createMigratedDb({ driver: "pglite", dataDir, role: APP_ROLE });
 * await assertSafeAppRole(app.db);
 *
 * @example
 * const app = await createMigratedDb(
 *   { driver: "pg", url: env.DATABASE_URL },          // satu_atap_app_login
 *   { migrationUrl: env.MIGRATION_DATABASE_URL },     // the tables' owner
 * );
 */
export async function createMigratedDb(config: DbConfig, options: { migrationUrl?: string } = {}): Promise<DbHandle> {
  if (config.driver === "pglite") {
    if (options.migrationUrl !== undefined) throw new Error("migrationUrl does not apply to PGlite");
    const handle = await createDb({ ...config, role: undefined });
    try {
      await migrate(handle);
      if (config.role !== undefined) {
        const native = nativeOf(handle);
        if (native.driver === "pglite") await native.setRole(config.role);
      }
    } catch (error) {
      await handle.close();
      throw error;
    }
    return handle;
  }
  await migrateWith({ ...config, url: options.migrationUrl ?? config.url, role: undefined });
  return createDb(config);
}

// Opens a short-lived handle just for migrating, and always closes it.
async function migrateWith(config: DbConfig): Promise<void> {
  const owner = await createDb(config);
  try {
    await migrate(owner);
  } finally {
    await owner.close();
  }
}
