import { serve, type ServerType } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import type { Db } from "@satu-atap/db";
import { createNodeApp } from "../../src/node-app.ts";
import { TEST_NIK_KEYS } from "./nik.ts";
import { generateDocumentSigningKey } from "@satu-atap/documents";
import type { DocumentKeys } from "../../src/document-keys.ts";

/** Document signing keys of one test process. */
const signingKey = generateDocumentSigningKey("test");
export const TEST_DOCUMENT_KEYS: DocumentKeys = { signing: signingKey, verifying: [signingKey] };

export interface TestServer {
  baseUrl: string;
  /** The server's clock: real time until a test sets or advances it (no sleeping in tests). */
  clock: TestClock;
  /** The keys the server signs printed documents with (to check a token it signed). */
  documentKeys: DocumentKeys;
  close(): Promise<void>;
}

/** A clock a test can move: `advanceDays(31)` makes a 30-day letter expire. */
export class TestClock {
  private offsetMs = 0;
  private fixed: Date | null = null;
  /** The current time as the server sees it. */
  now = (): Date => (this.fixed ? new Date(this.fixed) : new Date(Date.now() + this.offsetMs));
  /** Stops the clock at a moment. */
  set(at: Date | string): void {
    this.fixed = new Date(at);
  }
  /** Moves the clock forward (stopped or running). */
  advanceMs(ms: number): void {
    if (this.fixed) this.fixed = new Date(this.fixed.getTime() + ms);
    else this.offsetMs += ms;
  }
  advanceMinutes(minutes: number): void {
    this.advanceMs(minutes * 60_000);
  }
  advanceDays(days: number): void {
    this.advanceMs(days * 86_400_000);
  }
  /** Back to real time. */
  reset(): void {
    this.offsetMs = 0;
    this.fixed = null;
  }
}

/** The real Node app on a real HTTP port (0 = any free one), over the given database. */
export async function startTestServer(db: Db, options: { trustedOrigins?: string[] } = {}): Promise<TestServer> {
  const clock = new TestClock();
  const app = createNodeApp(db, { ...options, nikKeys: TEST_NIK_KEYS, clock: clock.now, documentKeys: TEST_DOCUMENT_KEYS });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    clock,
    documentKeys: TEST_DOCUMENT_KEYS,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
