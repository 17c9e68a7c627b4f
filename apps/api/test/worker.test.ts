import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createDb, findTenantBySlug } from "@satu-atap/db";
import { migrate } from "@satu-atap/db/migrate";
import { createTestDatabase, createTestLoginRole, startWsProxy } from "@satu-atap/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantsDir } from "../src/paths.ts";
import { seedMissingTemplates } from "../src/services/seed.ts";
import { runCommand, startCommand, type RunningProcess } from "./support/processes.ts";
import { createTestUser, TEST_PASSWORD } from "./support/auth.ts";

const apiDir = fileURLToPath(new URL("../", import.meta.url));
const wrangler = fileURLToPath(new URL("../../../node_modules/.bin/wrangler", import.meta.url));
// No telemetry or prompts: CI has no network and no terminal.
const wranglerEnv = { WRANGLER_SEND_METRICS: "false", CI: "true", NO_COLOR: "1" };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

describe("the Cloudflare Workers entry point", () => {
  it("bundles with `wrangler deploy --dry-run`, without the Node-only drivers", async () => {
    const outdir = await mkdtemp(join(tmpdir(), "satu-atap-worker-"));
    try {
      const result = await runCommand(wrangler, ["deploy", "--dry-run", "--outdir", outdir], { cwd: apiDir, env: wranglerEnv });
      expect(result.code, result.stdout + result.stderr).toBe(0);
      const files = await readdir(outdir);
      const bundle = files.find((file) => file.endsWith(".js"));
      expect(bundle).toBeDefined();
      const code = await readFile(join(outdir, bundle ?? ""), "utf8");
      expect(code).toContain("/api/t/:tenant/*");
      // PGlite's WASM build and node-postgres must not ride along to the edge.
      expect(code).not.toMatch(/node_modules\/@electric-sql\/pglite|node_modules\/pg\/lib/);
    } finally {
      await rm(outdir, { recursive: true, force: true });
    }
  });

  describe.skipIf(!process.env.TEST_DATABASE_URL)("under `wrangler dev` on the Neon driver against PostgreSQL", () => {
    let drop: () => Promise<void> = async () => {};
    let stopProxy: () => Promise<void> = async () => {};
    let worker: RunningProcess | undefined;
    let baseUrl = "";
    let persistDir = "";
    let email = "";
    let token = "";
    const authorized = () => ({ authorization: `Bearer ${token}` });

    beforeAll(async () => {
      const adminUrl = process.env.TEST_DATABASE_URL ?? "";
      const database = await createTestDatabase(adminUrl, "satu_worker_test");
      const owner = await createDb({ driver: "pg", url: database.url });
      await migrate(owner);
      await owner.close();
      // The Worker logs in as a member of the application role, as production should.
      const login = await createTestLoginRole(adminUrl, database.url);
      drop = async () => {
        await database.drop();
        await login.drop();
      };
      const handle = await createDb({ driver: "pg", url: login.url });
      await seedMissingTemplates({ ctx: { db: handle.db }, input: { tenantsDir } });
      const sragen = await findTenantBySlug(handle.db, "sragen");
      if (!sragen) throw new Error("sragen not seeded");
      // Hashed with argon2id on Node; the Worker verifies it in pure JS (about 175 ms).
      email = (await createTestUser(handle.db, "district-admin", sragen.id)).email;
      await handle.close();

      const proxy = await startWsProxy();
      stopProxy = proxy.close;
      const port = await freePort();
      const inspectorPort = await freePort();
      persistDir = await mkdtemp(join(tmpdir(), "satu-atap-wrangler-"));
      worker = await startCommand(
        wrangler,
        [
          "dev",
          "--ip", "127.0.0.1",
          "--port", String(port),
          "--inspector-port", String(inspectorPort),
          "--show-interactive-dev-session=false",
          "--persist-to", persistDir,
          "--var", `DATABASE_URL:${login.url}`,
          "--var", `NEON_LOCAL_PROXY:${proxy.wsProxy}`,
        ],
        { cwd: apiDir, env: wranglerEnv },
        /Ready on/,
      );
      baseUrl = `http://127.0.0.1:${port}`;
    });
    afterAll(async () => {
      await worker?.stop();
      await stopProxy();
      await drop();
      if (persistDir) await rm(persistDir, { recursive: true, force: true });
    });

    it("answers /health through the Neon driver", async () => {
      const response = await fetch(`${baseUrl}/health`);
      expect(response.status).toBe(200);
    });

    it("signs in through the Worker and returns a bearer token", async () => {
      const response = await fetch(`${baseUrl}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password: TEST_PASSWORD }),
      });
      expect(response.status).toBe(200);
      token = ((await response.json()) as { token: string }).token;
      expect(token).toMatch(/^[a-z2-7]{32}$/);
      expect((await fetch(`${baseUrl}/api/t/sragen/config`)).status).toBe(401);
    });

    it("reads Sragen's configuration", async () => {
      const response = await fetch(`${baseUrl}/api/t/sragen/config`, { headers: authorized() });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { version: number; config: { services: unknown[]; desks: unknown[] } };
      expect(body.version).toBe(1);
      expect(body.config.services).toHaveLength(18);
      expect(body.config.desks).toHaveLength(4);
    });

    it("answers an unknown regency with the error envelope", async () => {
      const response = await fetch(`${baseUrl}/api/t/atlantis/config`, { headers: authorized() });
      expect(response.status).toBe(404);
      const body = (await response.json()) as { error: { code: string } };
      expect(body.error.code).toBe("TENANT_NOT_FOUND");
    });
  });
});
