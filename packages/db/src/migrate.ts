import { fileURLToPath } from "node:url";
import { migrate as migrateNeon } from "drizzle-orm/neon-serverless/migrator";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { DbHandle } from "./client.ts";
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
    case "pglite":
      return migratePglite(native.db, config);
    case "pg":
      return migratePg(native.db, config);
    case "neon":
      return migrateNeon(native.db, config);
  }
}
