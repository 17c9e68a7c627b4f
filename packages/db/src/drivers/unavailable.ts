import type { DbConfig } from "../client.ts";
import type { NativeHandle } from "./native.ts";

// Stands in for the Node-only drivers when bundling for Cloudflare Workers
// (package.json `imports`, conditions `workerd`/`worker`), so PGlite's WASM and
// node-postgres never enter the Worker bundle. Same exports as the real modules.

function unavailable(driver: string): never {
  throw new Error(`the "${driver}" driver is not available in this runtime; use "neon"`);
}

export async function openPglite(_config: Extract<DbConfig, { driver: "pglite" }>): Promise<NativeHandle> {
  return unavailable("pglite");
}

export async function openPg(_config: Extract<DbConfig, { driver: "pg" }>): Promise<NativeHandle> {
  return unavailable("pg");
}
