import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { setRoleStatement } from "./app-role.ts";
import { registerNative, type NativeHandle } from "./drivers/native.ts";
import type * as schema from "./schema/index.ts";

/**
 * A database usable by every query function: the common supertype of the
 * PGlite, node-postgres and Neon drizzle databases. Transactions (`tx`) are
 * assignable too, so a query function can run inside a caller's transaction.
 *
 * @example
 * async function countTenants(db: Db) { return (await db.select().from(tenants)).length; }
 */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/**
 * How to reach the database. One of three drivers:
 * - `pglite`: embedded Postgres in WASM. `dataDir` undefined → in memory;
 *   a directory is created on first run and reused afterwards.
 * - `pg`: node-postgres pool (Node only).
 * - `neon`: `@neondatabase/serverless` pool over WebSockets (Workers; Node with `ws`).
 *   On Node < 22 there is no global `WebSocket`: pass `webSocketConstructor: ws`.
 *   `wsProxy`, `useSecureWebSocket` and `pipelineConnect` reach a non-Neon
 *   Postgres through a local WebSocket proxy (see `@satu-atap/db/testing`).
 *
 * @example
 * const config: DbConfig = { driver: "pg", url: "postgres://localhost/satu", max: 5 };
 */
export type DbConfig = (
  | { driver: "pglite"; dataDir?: string }
  | { driver: "pg"; url: string; max?: number }
  | {
      driver: "neon";
      url: string;
      webSocketConstructor?: unknown;
      pipelineConnect?: false;
      wsProxy?: string | ((host: string, port: number | string) => string);
      useSecureWebSocket?: boolean;
    }
) & {
  /**
   * A role every connection switches to (`SET ROLE`) before it is used, e.g.
   * `APP_ROLE`: the "SET ROLE" deployment style, where the URL's user is
   * the owner and the application still runs as the non-owner role (ADR 0005).
   * pg and Neon: in the pool's `onConnect` hook, so a failing `SET ROLE` ends
   * the connection and fails the query (fail closed). PGlite: on its single
   * connection right after opening; the role must exist already (use
   * `createMigratedDb` from `@satu-atap/db/migrate` on a fresh database).
   * Leave it out when the URL already logs in as the application role.
   */
  role?: string;
};

/**
 * An open database: the drizzle `db`, which driver it uses, and `close()`,
 * which releases the pool / PGlite instance (call it once, when done).
 */
export interface DbHandle {
  db: Db;
  driver: DbConfig["driver"];
  close(): Promise<void>;
}

/**
 * Opens a database with the chosen driver. Each driver's code is loaded on
 * demand, so a Worker bundle that only asks for `neon` never evaluates PGlite
 * or node-postgres (and the package's `imports` map swaps them for stubs under
 * the `workerd`/`worker` conditions, so they are not even bundled).
 *
 * @example
 * const handle = await createDb({ driver: "pglite" });
 * try { await listTenants(handle.db); } finally { await handle.close(); }
 *
 * @example
 * // Cloudflare Worker, per request (DATABASE_URL logs in as a member of satu_atap_app):
 * const handle = await createDb({ driver: "neon", url: env.DATABASE_URL });
 * ctx.waitUntil(handle.close());
 *
 * @example
 * // Owner URL, queries as the application role (SET ROLE on every new connection):
 * const handle = await createDb({ driver: "pg", url: ownerUrl, role: APP_ROLE });
 */
export async function createDb(config: DbConfig): Promise<DbHandle> {
  // Checked up front so a bad name fails here, not on the first query.
  if (config.role !== undefined) setRoleStatement(config.role);
  const native = await openNative(config);
  const handle: DbHandle = { db: native.db, driver: native.driver, close: native.close };
  registerNative(handle, native);
  return handle;
}

async function openNative(config: DbConfig): Promise<NativeHandle> {
  switch (config.driver) {
    case "pglite": {
      const { openPglite } = await import("#drivers/pglite");
      return openPglite(config);
    }
    case "pg": {
      const { openPg } = await import("#drivers/pg");
      return openPg(config);
    }
    case "neon": {
      const { openNeon } = await import("./drivers/neon.ts");
      return openNeon(config);
    }
  }
}
