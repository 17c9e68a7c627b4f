import { APP_ROLE, assertSafeAppRole, type DbHandle } from "@satu-atap/db";
import { createMigratedDb } from "@satu-atap/db/migrate";
import type { NodeEnv } from "./env.ts";
import { defaultDataDir, fromUserCwd } from "./paths.ts";

type DatabaseEnv = Pick<NodeEnv, "DATABASE_URL" | "MIGRATION_DATABASE_URL" | "DATA_DIR">;

/** Human description of where the data lives, for start-up messages (never prints passwords). */
export function describeDatabase(env: DatabaseEnv): string {
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL);
    return `PostgreSQL at ${url.hostname}:${url.port || "5432"}${url.pathname}`;
  }
  return `embedded PGlite in ${(env.DATA_DIR ? fromUserCwd(env.DATA_DIR) : defaultDataDir)}`;
}

/**
 * Opens the database the Node entry points use, applies pending migrations as the tables'
 * owner, and runs as the application role under row-level security (ADR 0005):
 * - no DATABASE_URL: embedded PGlite in DATA_DIR, switched to `satu_atap_app`;
 * - DATABASE_URL alone: it is the owner; connections `SET ROLE satu_atap_app`;
 * - with MIGRATION_DATABASE_URL (production): that URL migrates, and DATABASE_URL is used
 *   as it is, so it must log in as a member of `satu_atap_app`.
 * Refuses (UnsafeAppRoleError) when the resulting role could bypass row-level security.
 */
export async function openNodeDatabase(env: DatabaseEnv): Promise<DbHandle> {
  const handle = !env.DATABASE_URL
    ? await createMigratedDb({ driver: "pglite", dataDir: env.DATA_DIR ? fromUserCwd(env.DATA_DIR) : defaultDataDir, role: APP_ROLE })
    : env.MIGRATION_DATABASE_URL
      ? await createMigratedDb({ driver: "pg", url: env.DATABASE_URL }, { migrationUrl: env.MIGRATION_DATABASE_URL })
      : await createMigratedDb({ driver: "pg", url: env.DATABASE_URL, role: APP_ROLE });
  try {
    await assertSafeAppRole(handle.db);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}
