import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import * as schema from "../schema/index.ts";
import type { NativeHandle } from "./native.ts";

/** Opens embedded Postgres; `dataDir` undefined → in memory. Node only. */
export async function openPglite(dataDir: string | undefined): Promise<NativeHandle> {
  // PGlite creates only the last path segment; a fresh checkout may lack the parents.
  if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
  const client = dataDir === undefined ? new PGlite() : new PGlite(dataDir);
  await client.waitReady;
  const db = drizzle({ client, schema });
  return { driver: "pglite", db, close: () => client.close() };
}
