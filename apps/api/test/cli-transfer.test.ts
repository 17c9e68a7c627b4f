import { contentHash, diffConfigs } from "@satu-atap/config";
import { findTenantBySlug, listAuditEvents, type AuditEvent } from "@satu-atap/db";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantsDir } from "../src/paths.ts";
import { seedMissingTemplates } from "../src/services/seed.ts";
import { bearer, createTestUser, sessionToken } from "./support/auth.ts";
import { cliDatabase, type CliDatabase } from "./support/cli-database.ts";
import { testDrivers } from "./support/databases.ts";
import { runScript } from "./support/processes.ts";
import { startTestServer } from "./support/test-server.ts";

interface ExportDocument {
  format: string;
  source: { tenant: string; version: number | "draft"; contentHash: string };
  config: Record<string, unknown> & { meta: Record<string, unknown>; desks: Array<Record<string, unknown>> };
}

describe.each(testDrivers)("satu-atap CLI: tenant clone, config import and export on %s", (driver) => {
  let database: CliDatabase;
  let work: string;
  const cli = (args: string[]) => runScript("src/cli/main.ts", args, database.env);

  const exportOf = async (slug: string, ...options: string[]) => {
    const result = await cli(["config", "export", slug, ...options]);
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as ExportDocument;
  };
  const fileWith = async (name: string, content: unknown) => {
    const path = join(work, name);
    await writeFile(path, typeof content === "string" ? content : JSON.stringify(content));
    return path;
  };
  const auditOf = (slug: string, action: string) =>
    database.withApp(async (db) => {
      const tenant = await findTenantBySlug(db, slug);
      if (!tenant) throw new Error(`no ${slug}`);
      return (await listAuditEvents(db, tenant.id, { action })).events;
    });

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "satu-atap-cli-transfer-"));
    database = await cliDatabase(driver);
    await database.withApp((db) => seedMissingTemplates({ ctx: { db }, input: { tenantsDir } }));
  });
  afterAll(async () => {
    await database?.drop();
    await rm(work, { recursive: true, force: true });
  });

  it("tenant clone creates a regency from the template, visible in GET /api/tenants, audited as system:cli", async () => {
    const result = await cli(["tenant", "clone", "sragen", "wonogiri", "--name", "Kabupaten Wonogiri", "--code", "3312"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("Created wonogiri (Kabupaten Wonogiri, 3312), cloned from sragen version 1; status onboarding.");
    expect(result.stdout).toMatch(/Draft revision 1: \d+ problem\(s\) to fix before publishing \(.*area_code_mismatch ×\d+/);

    const listed = await database.withApp(async (db) => {
      const province = bearer(await sessionToken(db, (await createTestUser(db, "province-admin", null)).id));
      const server = await startTestServer(db);
      try {
        return (await (await fetch(`${server.baseUrl}/api/tenants`, { headers: province })).json()) as { tenants: Array<Record<string, unknown>> };
      } finally {
        await server.close();
      }
    });
    expect(listed.tenants.find((tenant) => tenant.slug === "wonogiri")).toMatchObject({
      name: "Kabupaten Wonogiri",
      regencyCode: "3312",
      status: "onboarding",
      clonedFrom: { tenant: "sragen", version: 1 },
    });

    const [event] = await auditOf("wonogiri", "tenant.clone");
    expect(event).toMatchObject({ actorUserId: null, details: { actor: "system:cli" } });
    expect(event?.requestId).toMatch(/^cli-/);
  });

  it("tenant clone refuses a taken slug, an unknown template and bad arguments, creating nothing", async () => {
    const taken = await cli(["tenant", "clone", "sragen", "wonogiri", "--name", "Kabupaten Wonogiri", "--code", "3312"]);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain("The slug wonogiri is already taken.");
    const unknown = await cli(["tenant", "clone", "atlantis", "klaten", "--name", "Kabupaten Klaten", "--code", "3310"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("atlantis");
    const bad = await cli(["tenant", "clone", "sragen", "Klaten!", "--code", "33"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("<slug> 'Klaten!'");
    expect(bad.stderr).toContain("--name");
    expect(bad.stderr).toContain("--code '33'");
    expect(await database.withApp((db) => findTenantBySlug(db, "klaten"))).toBeUndefined();
  });

  it("tenant clone records the user named by --actor, who must hold tenant:create", async () => {
    const { province, district } = await database.withApp(async (db) => {
      const sragen = await findTenantBySlug(db, "sragen");
      return {
        province: await createTestUser(db, "province-admin", null),
        district: await createTestUser(db, "district-admin", sragen?.id ?? null),
      };
    });
    const refused = await cli(["tenant", "clone", "sragen", "klaten", "--name", "Kabupaten Klaten", "--code", "3310", "--actor", district.email]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("does not hold tenant:create");
    const done = await cli(["tenant", "clone", "sragen", "klaten", "--name", "Kabupaten Klaten", "--code", "3310", "--actor", province.email]);
    expect(done.code, done.stderr).toBe(0);
    const [event] = await auditOf("klaten", "tenant.clone");
    expect(event).toMatchObject({ actorUserId: province.id, actorRole: "province-admin" });
  });

  it("config import then config export: another regency's configuration round-trips into the draft, keeping the target's identity", async () => {
    const sragen = await exportOf("sragen");
    const before = await exportOf("wonogiri", "--version", "draft");
    const file = await fileWith("sragen-v1.json", sragen);

    const result = await cli(["config", "import", "wonogiri", file]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Imported ${file} (sragen version 1) into wonogiri's draft: revision 2.`);
    expect(result.stdout).toContain("Kept wonogiri's own /meta/name, /meta/regencyCode, /areas (the file had others).");
    // The clone still has the template's sub-districts under its own regency code.
    expect(result.stdout).toMatch(/\d+ problem\(s\) left before it can be published:\n/);
    expect(result.stdout).toContain("  /areas/subdistricts/0/code  ");

    const after = await exportOf("wonogiri", "--version", "draft");
    expect(after.source).toMatchObject({ tenant: "wonogiri", version: "draft" });
    const changes = diffConfigs(sragen.config, after.config, { withoutLabels: true });
    expect(changes.filter((change) => !/^\/(meta\/name|meta\/regencyCode|areas)(\/|$)/.test(change.path))).toEqual([]);
    expect(after.config.meta.name).toEqual(before.config.meta.name);

    // The regency's own draft back in: nothing changes but the revision.
    const again = await cli(["config", "import", "wonogiri", await fileWith("wonogiri-draft.json", after)]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).not.toContain("Kept");
    expect((await exportOf("wonogiri", "--version", "draft")).source.contentHash).toBe(after.source.contentHash);

    const events = await auditOf("wonogiri", "config.import");
    expect(events).toHaveLength(2);
    const first = events.find((event: AuditEvent) => (event.after as { revision: number }).revision === 2);
    expect(first).toMatchObject({
      actorUserId: null,
      target: "config_draft",
      before: { revision: 1, contentHash: before.source.contentHash },
      after: { revision: 2, contentHash: await contentHash(after.config) },
      details: { actor: "system:cli", source: sragen.source, editedSinceExport: false },
    });
    const exports = await auditOf("wonogiri", "config.export");
    expect(exports.length).toBeGreaterThanOrEqual(3);
    expect(exports[0]).toMatchObject({ actorUserId: null, target: "config_draft", details: { actor: "system:cli", version: "draft" } });
    const verify = await cli(["audit", "verify", "wonogiri"]);
    expect(verify.code, verify.stderr).toBe(0);
  });

  it("config import lists every problem of a configuration not shaped like one, exits 1 and saves nothing", async () => {
    const before = await exportOf("wonogiri", "--version", "draft");
    const broken = structuredClone(before);
    const [first, second] = broken.config.desks;
    if (!first || !second) throw new Error("no desks");
    first.colourOfTheDay = "blue";
    second.order = "first";
    const result = await cli(["config", "import", "wonogiri", await fileWith("broken.json", broken)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("nothing was saved");
    expect(result.stderr).toContain("/config/desks/0/colourOfTheDay");
    expect(result.stderr).toContain("/config/desks/1/order");
    expect((await exportOf("wonogiri", "--version", "draft")).source.contentHash).toBe(before.source.contentHash);
  });

  it("config import refuses another format, a newer format version, a bare configuration and a file that is not JSON", async () => {
    const before = await exportOf("wonogiri", "--version", "draft");
    const cases: Array<[string, unknown, RegExp]> = [
      ["other.json", { ...before, format: "something-else" }, /\/format {2}Not a Satu Atap configuration export/],
      ["newer.json", { ...before, formatVersion: 2 }, /\/formatVersion {2}Format version 2 was written by a newer Satu Atap/],
      ["bare.json", before.config, /\/format {2}Missing: this looks like a bare configuration/],
      ["text.json", "{ not json", /text\.json is not JSON/],
    ];
    for (const [name, content, message] of cases) {
      const result = await cli(["config", "import", "wonogiri", await fileWith(name, content)]);
      expect(result.code, name).toBe(1);
      expect(result.stderr, name).toMatch(message);
    }
    const usage = await cli(["config", "import", "wonogiri"]);
    expect(usage.code).toBe(2);
    const nobody = await cli(["config", "import", "wonogiri", await fileWith("ok.json", before), "--actor", "nobody@test.local"]);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toContain("no user 'nobody@test.local'");
    expect((await exportOf("wonogiri", "--version", "draft")).source.contentHash).toBe(before.source.contentHash);
  });
});
