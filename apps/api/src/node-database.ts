import { createDb, type DbHandle } from "@satu-atap/db";
import { migrate } from "@satu-atap/db/migrate";
import type { NodeEnv } from "./env.ts";
import { defaultDataDir, fromUserCwd } from "./paths.ts";

/** Human description of where the data lives, for start-up messages (never prints passwords). */
export function describeDatabase(env: Pick<NodeEnv, "DATABASE_URL" | "DATA_DIR">): string {
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL);
    return `PostgreSQL at ${url.hostname}:${url.port || "5432"}${url.pathname}`;
  }
  return `embedded PGlite in ${(env.DATA_DIR ? fromUserCwd(env.DATA_DIR) : defaultDataDir)}`;
}

/**
 * Opens the database the Node entry points use: `DATABASE_URL` when set, else
 * embedded PGlite in `DATA_DIR` (default `.data/` at the repository root), and
 * applies pending migrations.
 */
export async function openNodeDatabase(env: Pick<NodeEnv, "DATABASE_URL" | "DATA_DIR">): Promise<DbHandle> {
  const handle = env.DATABASE_URL
    ? await createDb({ driver: "pg", url: env.DATABASE_URL })
    : await createDb({ driver: "pglite", dataDir: (env.DATA_DIR ? fromUserCwd(env.DATA_DIR) : defaultDataDir) });
  await migrate(handle);
  return handle;
}
