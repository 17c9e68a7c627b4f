import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { setRoleStatement } from "../app-role.ts";
import type { DbConfig } from "../client.ts";
import * as schema from "../schema/index.ts";
import type { NativeHandle } from "./native.ts";

type PgliteDbConfig = Extract<DbConfig, { driver: "pglite" }>;

/**
 * Opens embedded Postgres; `dataDir` undefined → in memory. Node only.
 * PGlite has one connection, and its session user is a superuser, so the
 * application role is taken with `SET ROLE` on that connection.
 */
export async function openPglite(config: PgliteDbConfig): Promise<NativeHandle> {
  const { dataDir } = config;
  // PGlite creates only the last path segment; a fresh checkout may lack the parents.
  if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
  const client = dataDir === undefined ? new PGlite() : new PGlite(dataDir);
  await client.waitReady;
  let role: string | undefined;
  const setRole = async (next: string | undefined): Promise<void> => {
    if (next === undefined) {
      await client.exec("RESET ROLE");
    } else {
      const found = await client.query("select 1 from pg_roles where rolname = $1", [next]);
      if (found.rows.length === 0) {
        throw new Error(`role "${next}" does not exist yet: migrate first (createMigratedDb from @satu-atap/db/migrate)`);
      }
      await client.exec(setRoleStatement(next));
    }
    role = next;
  };
  if (config.role !== undefined) {
    try {
      await setRole(config.role);
    } catch (error) {
      await client.close();
      throw error;
    }
  }
  const db = drizzle({ client, schema });
  return { driver: "pglite", db, config, setRole, currentRole: () => role, close: () => client.close() };
}
