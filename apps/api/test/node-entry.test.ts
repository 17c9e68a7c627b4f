import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase as createServerDatabase } from "@satu-atap/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startScript } from "./support/processes.ts";

/**
 * `npm start` as a new user runs it: the Node entry on an empty embedded
 * database seeds the templates, creates a demo province admin and prints its
 * credentials once, prints its URLs, and keeps its data across restarts.
 */
describe("the Node entry point (npm start)", () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "satu-atap-start-"));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  const ready = /regencies\s+http:\/\/localhost:\d+\/api\/tenants/;
  const start = (env: Record<string, string | undefined> = {}) =>
    startScript("src/node.ts", { DATA_DIR: dataDir, API_PORT: "0", DATABASE_URL: undefined, NODE_ENV: undefined, ...env }, ready);
  const baseUrlOf = (output: string) => {
    const match = /listening on (http:\/\/localhost:\d+)/.exec(output);
    if (!match?.[1]) throw new Error(`no URL in output:\n${output}`);
    return match[1];
  };
  const credentialsOf = (output: string) => {
    const email = /email\s+(\S+@\S+)/.exec(output)?.[1];
    const password = /password\s+(\S+)/.exec(output)?.[1];
    if (!email || !password) throw new Error(`no demo credentials in output:\n${output}`);
    return { email, password };
  };

  it("seeds Sragen and a demo admin on first start, who can sign in; keeps the data after a restart", async () => {
    let credentials: { email: string; password: string };
    const first = await start();
    try {
      expect(first.output()).toContain("Seeded template regency 'sragen'");
      expect(first.output()).toMatch(/\/docs/);
      credentials = credentialsOf(first.output());
      expect(credentials.email).toBe("admin@satu-atap.local");
      const base = baseUrlOf(first.output());
      expect((await fetch(`${base}/health`)).status).toBe(200);
    } finally {
      expect(await first.stop()).toBe(0);
    }

    const second = await start();
    try {
      expect(second.output()).not.toContain("Seeded template regency");
      expect(second.output()).not.toContain("demo province admin");
      const base = baseUrlOf(second.output());
      expect((await fetch(`${base}/api/t/sragen/config/versions`)).status).toBe(401);
      const login = await fetch(`${base}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(credentials),
      });
      expect(login.status).toBe(200);
      const { token } = (await login.json()) as { token: string };
      const response = await fetch(`${base}/api/t/sragen/config/versions`, { headers: { authorization: `Bearer ${token}` } });
      const { versions } = (await response.json()) as { versions: unknown[] };
      expect(versions).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });

  it("creates no demo account in production mode", async () => {
    const productionDir = await mkdtemp(join(tmpdir(), "satu-atap-start-prod-"));
    try {
      const server = await startScript("src/node.ts", { DATA_DIR: productionDir, API_PORT: "0", DATABASE_URL: undefined, NODE_ENV: "production" }, ready);
      try {
        expect(server.output()).toContain("Seeded template regency 'sragen'");
        expect(server.output()).not.toMatch(/demo|password/i);
      } finally {
        await server.stop();
      }
    } finally {
      await rm(productionDir, { recursive: true, force: true });
    }
  });

  it("refuses to start with an invalid environment, naming the variable", async () => {
    await expect(startScript("src/node.ts", { DATA_DIR: dataDir, API_PORT: "not-a-port" }, /never/)).rejects.toThrow(/API_PORT/);
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)("refuses to start when DATABASE_URL logs in as a superuser (row-level security would not apply)", async () => {
    const database = await createServerDatabase(process.env.TEST_DATABASE_URL ?? "", "satu_api_unsafe");
    try {
      // With MIGRATION_DATABASE_URL, DATABASE_URL is used as it is: here, the superuser.
      const attempt = startScript("src/node.ts", { DATABASE_URL: database.url, MIGRATION_DATABASE_URL: database.url, API_PORT: "0" }, ready);
      await expect(attempt).rejects.toThrow(/Refusing to start: refusing to run as database role "postgres": it is a superuser/);
    } finally {
      await database.drop();
    }
  });
});
