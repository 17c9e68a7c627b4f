import { Client, Pool, type neonConfig } from "@neondatabase/serverless";
import { drizzle } from "drizzle-orm/neon-serverless";
import type { DbConfig } from "../client.ts";
import * as schema from "../schema/index.ts";
import type { NativeHandle } from "./native.ts";

type NeonDbConfig = Extract<DbConfig, { driver: "neon" }>;
type WebSocketConstructor = (typeof neonConfig)["webSocketConstructor"];

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

  const pool = new Pool({ connectionString: config.url });
  // NeonPool assigns `Client` as a class field after construction, so a
  // `Client` constructor option would be overwritten; replace it afterwards.
  pool.Client = ConfiguredClient;
  const db = drizzle({ client: pool, schema });
  return { driver: "neon", db, close: () => pool.end() };
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
