import { Client, Pool, type neonConfig } from "@neondatabase/serverless";
import { drizzle } from "drizzle-orm/neon-serverless";
import { setRoleStatement } from "../app-role.ts";
import type { DbConfig } from "../client.ts";
import * as schema from "../schema/index.ts";
import type { NativeHandle } from "./native.ts";

type NeonDbConfig = Extract<DbConfig, { driver: "neon" }>;
type WebSocketConstructor = (typeof neonConfig)["webSocketConstructor"];
// The Neon pool is a port of pg-pool and honours `onConnect` (awaited before a
// new connection is handed out; a failure ends it), but its types omit it.
type NeonPoolConfig = ConstructorParameters<typeof Pool>[0] & { onConnect?: (client: Client) => Promise<void> };

/**
 * Opens a Neon serverless pool (WebSockets; interactive transactions work).
 * Options are set per client, never on the global `neonConfig`, so two handles
 * with different settings (e.g. a test proxy and a real Neon) do not interfere.
 */
export async function openNeon(config: NeonDbConfig): Promise<NativeHandle> {
  const webSocket = webSocketConstructorOf(config.webSocketConstructor);

  class ConfiguredClient extends Client {
    constructor(clientConfig?: ConstructorParameters<typeof Client>[0]) {
      super(clientConfig);
      const options = this.neonConfig;
      if (webSocket !== undefined) options.webSocketConstructor = webSocket;
      if (config.wsProxy !== undefined) options.wsProxy = config.wsProxy;
      if (config.useSecureWebSocket !== undefined) options.useSecureWebSocket = config.useSecureWebSocket;
      if (config.pipelineConnect !== undefined) options.pipelineConnect = config.pipelineConnect;
    }
  }

  const poolConfig: NeonPoolConfig = { connectionString: config.url };
  if (config.role !== undefined) {
    const statement = setRoleStatement(config.role);
    poolConfig.onConnect = async (client) => {
      await client.query(statement);
    };
  }
  const pool = new Pool(poolConfig);
  // NeonPool assigns `Client` as a class field after construction, so a
  // `Client` constructor option would be overwritten; replace it afterwards.
  pool.Client = ConfiguredClient;
  const db = drizzle({ client: pool, schema });
  return { driver: "neon", db, config, close: () => pool.end() };
}

function webSocketConstructorOf(value: unknown): WebSocketConstructor {
  if (value === undefined) {
    if (!("WebSocket" in globalThis)) {
      throw new Error(
        'no global WebSocket in this runtime: pass createDb({ driver: "neon", webSocketConstructor: ws, … })',
      );
    }
    return undefined; // the driver falls back to the global WebSocket
  }
  if (typeof value !== "function") throw new TypeError("webSocketConstructor must be a constructor");
  // Typed `unknown` in DbConfig so callers need no DOM/ws types; checked above.
  return value as WebSocketConstructor;
}
