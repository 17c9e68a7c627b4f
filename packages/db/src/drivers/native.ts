import type { NeonDatabase } from "drizzle-orm/neon-serverless";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { DbConfig, DbHandle } from "../client.ts";
import type * as schema from "../schema/index.ts";

/**
 * A database with its concrete drizzle type. The public `DbHandle` only shows
 * the common `Db` supertype; the migrator needs the concrete one to call the
 * matching drizzle migrator, so it is kept here, keyed by handle.
 */
export type NativeHandle = (
  | {
      driver: "pglite";
      db: PgliteDatabase<typeof schema>;
      /**
       * Switches the single connection to `role` (`SET ROLE`), or back to the
       * session user (`RESET ROLE`) with undefined. The migrator uses it to run
       * as the owner between application work.
       */
      setRole(role: string | undefined): Promise<void>;
      /** The role set by {@link setRole} or the config, if any. */
      currentRole(): string | undefined;
    }
  | { driver: "pg"; db: NodePgDatabase<typeof schema> }
  | { driver: "neon"; db: NeonDatabase<typeof schema> }
) & {
  /** The config it was opened with, so the migrator can open an owner twin. */
  config: DbConfig;
  close(): Promise<void>;
};

// A WeakMap holds no connection and lets closed handles be collected.
const natives = new WeakMap<DbHandle, NativeHandle>();

export function registerNative(handle: DbHandle, native: NativeHandle): void {
  natives.set(handle, native);
}

export function nativeOf(handle: DbHandle): NativeHandle {
  const native = natives.get(handle);
  if (native === undefined) {
    throw new Error("not a handle made by createDb(): cannot find its driver");
  }
  return native;
}
