import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import * as schema from "../schema/index.ts";
import type { NativeHandle } from "./native.ts";

/** Opens a node-postgres pool (lazy: no connection until the first query). Node only. */
export async function openPg(url: string, max: number | undefined): Promise<NativeHandle> {
  const pool = new pg.Pool(max === undefined ? { connectionString: url } : { connectionString: url, max });
  const db = drizzle({ client: pool, schema });
  return { driver: "pg", db, close: () => pool.end() };
}
