import { serve, type ServerType } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import type { Db } from "@satu-atap/db";
import { createNodeApp } from "../../src/node-app.ts";
import { TEST_NIK_KEYS } from "./nik.ts";

export interface TestServer {
  baseUrl: string;
  close(): Promise<void>;
}

/** The real Node app on a real HTTP port (0 = any free one), over the given database. */
export async function startTestServer(db: Db, options: { trustedOrigins?: string[] } = {}): Promise<TestServer> {
  const app = createNodeApp(db, { ...options, nikKeys: TEST_NIK_KEYS });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
