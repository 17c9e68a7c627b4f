import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startScript } from "./support/processes.ts";

/**
 * `npm start` as a new user runs it: the Node entry on an empty embedded
 * database seeds the templates, prints its URLs, and keeps its data across restarts.
 */
describe("the Node entry point (npm start)", () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "satu-atap-start-"));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  const start = () =>
    startScript("src/node.ts", { DATA_DIR: dataDir, API_PORT: "0", DATABASE_URL: undefined }, /regencies\s+http:\/\/localhost:\d+\/api\/tenants/);
  const baseUrlOf = (output: string) => {
    const match = /listening on (http:\/\/localhost:\d+)/.exec(output);
    if (!match?.[1]) throw new Error(`no URL in output:\n${output}`);
    return match[1];
  };

  it("seeds Sragen on first start, prints its URLs, and keeps the data after a restart", async () => {
    const first = await start();
    try {
      expect(first.output()).toContain("Seeded template regency 'sragen'");
      expect(first.output()).toMatch(/\/docs/);
      const base = baseUrlOf(first.output());
      expect((await fetch(`${base}/health`)).status).toBe(200);
    } finally {
      expect(await first.stop()).toBe(0);
    }

    const second = await start();
    try {
      expect(second.output()).not.toContain("Seeded template regency");
      const base = baseUrlOf(second.output());
      const { versions } = (await (await fetch(`${base}/api/t/sragen/config/versions`)).json()) as { versions: unknown[] };
      expect(versions).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });

  it("refuses to start with an invalid environment, naming the variable", async () => {
    await expect(startScript("src/node.ts", { DATA_DIR: dataDir, API_PORT: "not-a-port" }, /never/)).rejects.toThrow(/API_PORT/);
  });
});
