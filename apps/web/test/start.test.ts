import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { freePort, startProcess } from "./e2e/support/processes.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const tsx = fileURLToPath(new URL("../../../node_modules/.bin/tsx", import.meta.url));

/**
 * The README's quick start: `npm start` (scripts/start.ts) starts the API and the web app, says
 * where to go, and the demo admin it prints can sign in on the web app; Ctrl-C stops both.
 */
describe("npm start", () => {
  it("runs the API and the web app together, where signing in works, and stops both on Ctrl-C", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "satu-atap-start-web-"));
    const [apiPort, webPort] = [await freePort(), await freePort()];
    const started = await startProcess(
      tsx,
      ["scripts/start.ts"],
      { cwd: root, env: { DATA_DIR: dataDir, API_PORT: String(apiPort), WEB_PORT: String(webPort), DATABASE_URL: undefined, API_URL: undefined, NODE_ENV: undefined } },
      /Press Ctrl-C to stop both/,
      150_000,
    );
    try {
      const output = started.output();
      const webUrl = `http://localhost:${webPort}`;
      expect(output).toContain(`web app  ${webUrl}`);
      expect(output).toContain(`API      http://localhost:${apiPort}`);
      const email = /email\s+(\S+@\S+)/.exec(output)?.[1];
      const password = /password\s+(\S+)/.exec(output)?.[1];
      expect(email, output).toBe("admin@satu-atap.local");

      expect((await fetch(webUrl, { redirect: "manual" })).headers.get("location")).toBe("/login");
      const login = await fetch(`${webUrl}/login`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: webUrl, accept: "text/html" },
        body: new URLSearchParams({ email: email ?? "", password: password ?? "" }),
      });
      expect(login.status).toBe(303);
      const cookie = login.headers.get("set-cookie")?.split(";")[0] ?? "";
      expect(cookie).toMatch(/^satu_atap_web=[a-z2-7]{32}$/);
      const province = await fetch(`${webUrl}/province`, { headers: { cookie } });
      expect(province.status).toBe(200);
      expect(await province.text()).toContain("Kabupaten Sragen");
    } finally {
      started.child.kill("SIGINT");
      const code = await new Promise<number | null>((resolve) => {
        if (started.child.exitCode !== null) resolve(started.child.exitCode);
        else started.child.once("exit", (exitCode) => resolve(exitCode));
      });
      await rm(dataDir, { recursive: true, force: true });
      expect(code).toBe(0);
    }
    // Both servers are gone with it.
    await expect(fetch(`http://localhost:${apiPort}/health`)).rejects.toThrow();
    await expect(fetch(`http://localhost:${webPort}/`)).rejects.toThrow();
  });
});
