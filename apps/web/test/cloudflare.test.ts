import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { run } from "./e2e/support/processes.ts";

const webDir = fileURLToPath(new URL("../", import.meta.url));
const wrangler = fileURLToPath(new URL("../../../node_modules/.bin/wrangler", import.meta.url));

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * The Cloudflare target: `WEB_ADAPTER=cloudflare npm run build` and `wrangler deploy --dry-run`
 * bundle the web Worker. Server-only values stay on the server: an `API_URL` present at build
 * time is not baked into any file, and the browser's files hold none of the session handling.
 */
describe("the web app on Cloudflare Workers", () => {
  it("bundles with wrangler deploy --dry-run, with nothing server-only in the browser's files", async () => {
    const sentinel = "https://build-time-secret.invalid";
    await run("npm", ["run", "build"], { cwd: webDir, env: { WEB_ADAPTER: "cloudflare", API_URL: sentinel } });
    const outdir = await mkdtemp(join(tmpdir(), "satu-atap-web-worker-"));
    try {
      await run(wrangler, ["deploy", "--dry-run", "--outdir", outdir], {
        cwd: webDir,
        env: { WRANGLER_SEND_METRICS: "false", CI: "true", NO_COLOR: "1" },
      });
      const bundles = (await readdir(outdir)).filter((file) => file.endsWith(".js"));
      expect(bundles.length).toBeGreaterThan(0);
      const worker = (await Promise.all(bundles.map((file) => readFile(join(outdir, file), "utf8")))).join("\n");
      // The app's server code made it into the Worker: session cookie and language cookie.
      expect(worker).toContain("satu_atap_web");
      expect(worker).toContain("satu_atap_locale");
      expect(worker).not.toContain(sentinel);

      const client = join(webDir, ".svelte-kit/cloudflare/_app");
      for (const file of await filesUnder(client)) {
        const text = await readFile(file, "utf8");
        expect(text, file).not.toContain(sentinel);
        expect(text, file).not.toContain("satu_atap_web");
        expect(text, file).not.toMatch(/authorization/i);
      }
    } finally {
      await rm(outdir, { recursive: true, force: true });
    }
  });
});
