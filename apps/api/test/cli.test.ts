import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantsDir } from "../src/paths.ts";
import { runScript } from "./support/processes.ts";

const cli = (args: string[], env: Record<string, string | undefined> = {}) => runScript("src/cli/main.ts", args, env);

describe("satu-atap CLI", () => {
  let work: string;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "satu-atap-cli-"));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("config validate accepts the shipped Sragen folder", async () => {
    const result = await cli(["config", "validate", join(tenantsDir, "sragen")]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("valid configuration");
  });

  it("config validate resolves a relative path from where the user typed it", async () => {
    const result = await cli(["config", "validate", "tenants/sragen"], { INIT_CWD: join(tenantsDir, "..") });
    expect(result.code, result.stderr).toBe(0);
  });

  it("config validate lists every problem of a broken copy and exits 1", async () => {
    const broken = join(work, "broken");
    await cp(join(tenantsDir, "sragen"), broken, { recursive: true });
    const servicesFile = join(broken, "services.json");
    const services = JSON.parse(await readFile(servicesFile, "utf8")) as Array<Record<string, unknown>>;
    const first = services[0];
    if (!first) throw new Error("no services");
    first.desk = "no-such-desk";
    first.deliveredBy = ["no-such-agency"];
    await writeFile(servicesFile, JSON.stringify(services));

    const result = await cli(["config", "validate", broken]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("2 problem(s)");
    expect(result.stderr).toContain("/services/0/desk");
    expect(result.stderr).toContain("/services/0/deliveredBy/0");
  });

  it("config validate names unknown fields and wrong types by path", async () => {
    const broken = join(work, "shape");
    await cp(join(tenantsDir, "sragen"), broken, { recursive: true });
    const desksFile = join(broken, "desks.json");
    const desks = JSON.parse(await readFile(desksFile, "utf8")) as Array<Record<string, unknown>>;
    const desk = desks[1];
    if (!desk) throw new Error("no desks");
    desk.colourOfTheDay = "blue";
    desk.order = "first";
    await writeFile(desksFile, JSON.stringify(desks));

    const result = await cli(["config", "validate", broken]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("/desks/1/colourOfTheDay");
    expect(result.stderr).toContain("/desks/1/order");
  });

  it("config validate reports malformed JSON with the file name", async () => {
    const broken = join(work, "malformed");
    await cp(join(tenantsDir, "sragen"), broken, { recursive: true });
    await writeFile(join(broken, "desks.json"), "[ { \"id\": ");
    const result = await cli(["config", "validate", broken]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("desks.json");
  });

  it("db seed then config export prints the published configuration as an export document", async () => {
    const env = { DATA_DIR: join(work, "data"), DATABASE_URL: undefined };
    const seed = await cli(["db", "seed"], env);
    expect(seed.code, seed.stderr).toBe(0);
    expect(seed.stdout).toContain("sragen");

    const again = await cli(["db", "seed"], env);
    expect(again.stdout).toContain("Nothing to seed");

    const exported = await cli(["config", "export", "sragen"], env);
    expect(exported.code, exported.stderr).toBe(0);
    const document = JSON.parse(exported.stdout) as {
      $schema: string;
      format: string;
      formatVersion: number;
      source: { tenant: string; version: number };
      config: { services: unknown[]; desks: unknown[] };
    };
    expect(document).toMatchObject({
      // Where `npm start` serves it (API_PORT, default 8787).
      $schema: expect.stringMatching(/^http:\/\/localhost:\d+\/schemas\/regency-config-export\.json$/),
      format: "satu-atap.regency-config",
      formatVersion: 1,
      source: { tenant: "sragen", version: 1 },
    });
    expect(document.config.services).toHaveLength(18);
    expect(document.config.desks).toHaveLength(4);

    const badVersion = await cli(["config", "export", "sragen", "--version", "latest"], env);
    expect(badVersion.code).toBe(2);
    expect(badVersion.stderr).toContain("--version");

    const missing = await cli(["config", "export", "atlantis"], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("atlantis");
  });

  it("refuses an unknown command with usage", async () => {
    const result = await cli(["frobnicate", "now"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Usage");
  });
});
