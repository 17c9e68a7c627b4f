import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { setRoleStatement } from "../app-role.ts";
import type { DbConfig } from "../client.ts";
import * as schema from "../schema/index.ts";
import type { NativeHandle } from "./native.ts";

type PgDbConfig = Extract<DbConfig, { driver: "pg" }>;

/** Opens a node-postgres pool (lazy: no connection until the first query). Node only. */
export async function openPg(config: PgDbConfig): Promise<NativeHandle> {
  const { url, max, role } = config;
  const poolConfig: pg.PoolConfig = { connectionString: url };
  if (max !== undefined) poolConfig.max = max;
  if (role !== undefined) {
    const statement = setRoleStatement(role);
    // pg-pool awaits this before handing out a new connection and ends the
    // connection if it fails, so no query ever runs as the login user.
    poolConfig.onConnect = async (client) => {
      await client.query(statement);
    };
  }
  const pool = new pg.Pool(poolConfig);
  const db = drizzle({ client: pool, schema });
  return { driver: "pg", db, config, close: () => pool.end() };
}
