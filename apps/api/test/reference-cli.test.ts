import { countReferenceData, findReferencePerson, findTenantBySlug, listAuditEvents, withTenant } from "@satu-atap/db";
import { createNodeNikCrypto } from "@satu-atap/nik/node";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantsDir } from "../src/paths.ts";
import { seedMissingTemplates } from "../src/services/seed.ts";
import { cliDatabase, type CliDatabase } from "./support/cli-database.ts";
import { testDrivers } from "./support/databases.ts";
import { TEST_NIK_ENV, TEST_NIK_KEYS } from "./support/nik.ts";
import { runScript } from "./support/processes.ts";

const CSV = [
  "nik,kk,name,address,village_code,category,household_size",
  "3314015507900001,3314010101100001,Siti Aminah,Krajan,33.14.01.2001,Desil 1,4",
  "3314013202900004,,Born 32 February,Krajan,33.14.01.2001,Desil 2,3",
  "3314011203850002,,Budi Santoso,Krajan,3314012002,Desil 2,5",
].join("\n");

describe.each(testDrivers)("satu-atap CLI: reference import on %s", (driver) => {
  let database: CliDatabase;
  let work: string;
  const cli = (args: string[], env: Record<string, string | undefined> = TEST_NIK_ENV) => runScript("src/cli/main.ts", args, { ...database.env, ...env });
  const sragen = async () => database.withApp(async (db) => {
    const tenant = await findTenantBySlug(db, "sragen");
    if (!tenant) throw new Error("no sragen");
    return tenant;
  });

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "satu-atap-cli-reference-"));
    database = await cliDatabase(driver);
    await database.withApp((db) => seedMissingTemplates({ ctx: { db }, input: { tenantsDir } }));
  }, 120_000);
  afterAll(async () => {
    await database?.drop();
    await rm(work, { recursive: true, force: true });
  });

  it("imports a file with a progress bar on stderr and lists the refused lines; the people are found by NIK with the same keys", async () => {
    const file = join(work, "dtks-2023.csv");
    await writeFile(file, CSV);
    const result = await cli(["reference", "import", "sragen", file, "--source", "DTKS", "--year", "2023"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/\] 100%  3 lines  \d+ rows\/s  added 2  duplicate 0  refused 1/);
    expect(result.stdout).toMatch(/Imported dtks-2023\.csv into sragen as DTKS 2023 \(import [0-9a-f-]{36}\): 3 lines, 2 added, 0 already there, 1 refused/);
    expect(result.stdout).toContain("line 3  NIK_BIRTH_DATE");
    expect(result.stdout + result.stderr).not.toContain("3314015507900001");

    const again = await cli(["reference", "import", "sragen", file, "--source", "DTKS", "--year", "2023"]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain("3 lines, 0 added, 2 already there, 1 refused");

    const tenant = await sragen();
    const nikCrypto = await createNodeNikCrypto(TEST_NIK_KEYS);
    const [nikHmac] = await nikCrypto.hmac("nik", ["3314015507900001"]);
    const { counts, person, events } = await database.withApp((db) =>
      withTenant(db, tenant.id, async (tx) => ({
        counts: await countReferenceData(tx, tenant.id),
        person: await findReferencePerson(tx, tenant.id, { nikHmac: nikHmac as Uint8Array }),
        events: (await listAuditEvents(tx, tenant.id, { action: "reference.import_done" })).events,
      })),
    );
    expect(counts).toEqual({ persons: 2, appearances: 2 });
    expect(person?.person.nikMasked).toBe("3314xxxxxxxxxxxx");
    expect(person?.appearances.map((a) => [a.source, a.year, a.name])).toEqual([["DTKS", 2023, "Siti Aminah"]]);
    expect(events).toHaveLength(2);
    expect(events[0]?.details).toMatchObject({ actor: "system:cli", source: "DTKS", year: 2023, accepted: 0, duplicate: 2, rejected: 1 });
  });

  it("refuses a missing --year, an unknown regency and a file without the header, changing nothing", async () => {
    const file = join(work, "bad.csv");
    await writeFile(file, "nik,name\n3314015507900001,Siti\n");
    const usage = await cli(["reference", "import", "sragen", file, "--source", "DTKS"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("Usage: reference import");
    const unknown = await cli(["reference", "import", "atlantis", file, "--source", "DTKS", "--year", "2023"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("No regency 'atlantis'.");
    const header = await cli(["reference", "import", "sragen", file, "--source", "DTKS", "--year", "2024"]);
    expect(header.code).toBe(1);
    expect(header.stderr).toContain("Column village_code is missing.");
  });
});
