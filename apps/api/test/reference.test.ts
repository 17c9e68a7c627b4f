import { countReferenceData, createReferenceImport, listAuditEvents, withTenant, type Tenant } from "@satu-atap/db";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importReferenceList } from "../src/services/reference-import.ts";
import { createNodeNikCrypto } from "@satu-atap/nik/node";
import { bearer, createTestUser, sessionToken } from "./support/auth.ts";
import { createTestDatabase, testDrivers, type TestDatabase } from "./support/databases.ts";
import { createOtherRegency } from "./support/factories.ts";
import { TEST_NIK_KEYS } from "./support/nik.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

const HEADER = "nik,kk,name,address,village_code,category,household_size";
const SITI = "3314015507900001"; // a woman: day 55 − 40 = 15 July '90
const BUDI = "3314011203850002"; // a man: 12 March '85
const ANI = "3314016902920003"; // a woman born 29 February '92 (a leap year)

/** The file of the first import: three good lines and one of every kind of bad line. */
const DTKS_2023 = [
  HEADER,
  `${SITI},3314010101100001,Siti Aminah,"Dukuh Krajan RT 01/02, Kalijambe",33.14.01.2001,Desil 1,4`, // line 2
  `331401550790001,3314010101100001,Short Nik,Krajan,33.14.01.2001,Desil 1,4`, // 3: 15 digits
  `3314013202900004,,Born 32 February,Krajan,33.14.01.2001,Desil 2,3`, // 4: impossible date
  `3314017202900005,,Woman Born On The 32nd,Krajan,33.14.01.2001,Desil 2,3`, // 5: women's day 72 − 40 = 32
  `${BUDI},,Budi Santoso,Krajan,3314012002,Desil 2,5`, // 6: village code without dots
  `3314011203850006,,Nowhere,Krajan,33.99.01.2001,Desil 3,2`, // 7: unknown village
  `${SITI},,Siti Again,Krajan,33.14.01.2001,Desil 1,4`, // 8: duplicate of line 2
  `${ANI},,Ani Lestari,Krajan,33.14.01.2003,,0`, // 9: household size 0
  `${ANI},,Ani Lestari,Krajan,33.14.01.2003,,2`, // 10: good (line 9 was refused, so no duplicate)
].join("\n");

const EXPECTED_ERRORS = [
  { line: 3, code: "NIK_FORMAT" },
  { line: 4, code: "NIK_BIRTH_DATE" },
  { line: 5, code: "NIK_BIRTH_DATE" },
  { line: 7, code: "VILLAGE_UNKNOWN" },
  { line: 8, code: "DUPLICATE_NIK" },
  { line: 9, code: "HOUSEHOLD_SIZE" },
];

const ALL_NIKS = [SITI, BUDI, ANI, "3314013202900004", "3314017202900005", "3314011203850006", "3314010101100001"];

interface ImportBody {
  id: string;
  status: string;
  totalRows: number;
  acceptedRows: number;
  duplicateRows: number;
  rejectedRows: number;
  committedLine: number;
  fileHash: string | null;
}
interface PersonBody {
  id: number;
  nikMasked: string;
  appearances: Array<{ source: string; year: number; name: string; villageCode: string; householdSize: number; line: number }>;
}

describe.each(testDrivers)("reference poverty lists over HTTP on %s", (driver) => {
  let database: TestDatabase;
  let server: TestServer;
  let tenant: Tenant;
  let other: Tenant;
  let admin: Record<string, string>;
  let desk: Record<string, string>;
  let field: Record<string, string>;
  let otherAdmin: Record<string, string>;
  let deskUserId: string;

  const api = (path: string, init: RequestInit = {}) => fetch(`${server.baseUrl}${path}`, init);
  const importCsv = (slug: string, headers: Record<string, string>, csv: string, query: string) =>
    api(`/api/t/${slug}/reference-imports?${query}`, { method: "POST", headers: { ...headers, "content-type": "text/csv" }, body: csv });
  const countIn = (t: Tenant) => withTenant(database.handle.db, t.id, (tx) => countReferenceData(tx, t.id));
  const counts = () => countIn(tenant);

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const db = database.handle.db;
    tenant = (await createOtherRegency(db, { name: "Kabupaten Rujukan" })).tenant;
    other = (await createOtherRegency(db, { name: "Kabupaten Lain" })).tenant;
    admin = bearer(await sessionToken(db, (await createTestUser(db, "district-admin", tenant.id)).id));
    const deskUser = await createTestUser(db, "desk-officer", tenant.id);
    deskUserId = deskUser.id;
    desk = bearer(await sessionToken(db, deskUser.id));
    field = bearer(await sessionToken(db, (await createTestUser(db, "field-verifier", tenant.id)).id));
    otherAdmin = bearer(await sessionToken(db, (await createTestUser(db, "district-admin", other.id)).id));
    server = await startTestServer(db);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  let firstImport: ImportBody;

  it("imports the good lines and reports every bad line with its line number and reason, without aborting", async () => {
    const response = await importCsv(tenant.slug, admin, DTKS_2023, "source=DTKS&year=2023&fileName=dtks-2023.csv");
    expect(response.status).toBe(201);
    firstImport = (await response.json()) as ImportBody;
    expect(firstImport).toMatchObject({ status: "done", totalRows: 9, acceptedRows: 3, duplicateRows: 0, rejectedRows: 6, committedLine: 10 });
    expect(firstImport.fileHash).toMatch(/^sha256:[0-9a-f]{64}$/);

    const errors = (await (await api(`/api/t/${tenant.slug}/reference-imports/${firstImport.id}/errors`, { headers: admin })).json()) as {
      errors: Array<{ line: number; code: string; message: string }>;
      nextAfterLine: number | null;
    };
    expect(errors.errors.map(({ line, code }) => ({ line, code }))).toEqual(EXPECTED_ERRORS);
    expect(errors.errors.find((e) => e.line === 8)?.message).toContain("line 2");
    expect(errors.nextAfterLine).toBeNull();
    // Paging by line.
    const page = (await (await api(`/api/t/${tenant.slug}/reference-imports/${firstImport.id}/errors?limit=2&afterLine=4`, { headers: admin })).json()) as {
      errors: Array<{ line: number }>;
      nextAfterLine: number | null;
    };
    expect(page.errors.map((e) => e.line)).toEqual([5, 7]);
    expect(page.nextAfterLine).toBe(7);
    expect(await counts()).toEqual({ persons: 3, appearances: 3 });
  });

  it("changes nothing when the same file is imported again: every good line is a duplicate", async () => {
    const before = await counts();
    const response = await importCsv(tenant.slug, admin, DTKS_2023, "source=DTKS&year=2023");
    expect(response.status).toBe(201);
    const again = (await response.json()) as ImportBody;
    expect(again).toMatchObject({ status: "done", totalRows: 9, acceptedRows: 0, duplicateRows: 3, rejectedRows: 6 });
    expect(again.fileHash).toBe(firstImport.fileHash);
    expect(await counts()).toEqual(before);
  });

  it("refuses a file without the reference list header (400, nothing stored) and a body that is not CSV (415)", async () => {
    const before = (await (await api(`/api/t/${tenant.slug}/reference-imports`, { headers: admin })).json()) as { imports: unknown[] };
    const bad = await importCsv(tenant.slug, admin, "nik,name\n3314015507900001,Siti\n", "source=DTKS&year=2023");
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { code: string; issues: Array<{ message: string }>; messages: { id: string; en: string } } };
    expect(body.error.code).toBe("CSV_HEADER_INVALID");
    expect(body.error.issues.map((i) => i.message)).toContain("Column village_code is missing.");
    expect(body.error.messages.id).toMatch(/kepala kolom/);
    const json = await api(`/api/t/${tenant.slug}/reference-imports?source=DTKS&year=2023`, { method: "POST", headers: { ...admin, "content-type": "application/json" }, body: "{}" });
    expect(json.status).toBe(415);
    const noYear = await importCsv(tenant.slug, admin, DTKS_2023, "source=DTKS&year=1066");
    expect(noYear.status).toBe(400);
    const after = (await (await api(`/api/t/${tenant.slug}/reference-imports`, { headers: admin })).json()) as { imports: unknown[] };
    expect(after.imports).toHaveLength(before.imports.length);
  });

  it("keeps a person's match history across lists and years, and shows the NIK masked", async () => {
    const ppls = [HEADER, `${SITI},3314010101100001,Siti Aminah,Krajan,33.14.01.2001,Sangat miskin,5`, `${BUDI},,Budi Santoso,Krajan,33.14.01.2002,Miskin,5`].join("\r\n");
    const response = await importCsv(tenant.slug, admin, ppls, "source=PPLS&year=2011");
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ acceptedRows: 2, duplicateRows: 0, rejectedRows: 0 });
    expect(await counts()).toEqual({ persons: 3, appearances: 5 });

    const found = await api(`/api/t/${tenant.slug}/reference-persons?nik=${SITI}`, { headers: desk });
    expect(found.status).toBe(200);
    expect(found.headers.get("cache-control")).toBe("no-store");
    const person = (await found.json()) as PersonBody;
    expect(person.nikMasked).toBe("3314xxxxxxxxxxxx");
    expect(person.appearances.map((a) => [a.source, a.year, a.householdSize, a.line])).toEqual([
      ["PPLS", 2011, 5, 2],
      ["DTKS", 2023, 4, 2],
    ]);
    // The district admin may look people up too (to check an import), the field may not.
    expect((await api(`/api/t/${tenant.slug}/reference-persons?nik=${BUDI}`, { headers: admin })).status).toBe(200);
    expect((await api(`/api/t/${tenant.slug}/reference-persons?nik=${BUDI}`, { headers: field })).status).toBe(403);
  });

  it("answers a malformed NIK with 400 NIK_INVALID and its reason, and an unknown one with 404", async () => {
    const cases: Array<[string, string]> = [
      ["33140155079", "NIK_FORMAT"],
      ["3314013202900001", "NIK_BIRTH_DATE"],
      ["3314017202900001", "NIK_BIRTH_DATE"],
    ];
    for (const [nik, problem] of cases) {
      const response = await api(`/api/t/${tenant.slug}/reference-persons?nik=${nik}`, { headers: desk });
      expect(response.status, nik).toBe(400);
      const body = (await response.json()) as { error: { code: string; issues: Array<{ path: string; message: string }> } };
      expect(body.error.code).toBe("NIK_INVALID");
      expect(body.error.issues[0]).toMatchObject({ path: "query/nik" });
      expect(body.error.issues[0]?.message).toContain(problem);
    }
    const unknown = await api(`/api/t/${tenant.slug}/reference-persons?nik=3314011203850099`, { headers: desk });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
  });

  it("reveals a full NIK only to a holder of nik:reveal, and audits each reveal with the masked NIK only", async () => {
    const person = (await (await api(`/api/t/${tenant.slug}/reference-persons?nik=${SITI}`, { headers: desk })).json()) as PersonBody;
    const refused = await api(`/api/t/${tenant.slug}/reference-persons/${person.id}/reveal`, { method: "POST", headers: admin });
    expect(refused.status).toBe(403);
    const revealed = await api(`/api/t/${tenant.slug}/reference-persons/${person.id}/reveal`, {
      method: "POST",
      headers: { ...desk, "content-type": "application/json" },
      body: JSON.stringify({ reason: "Pendaftaran layanan" }),
    });
    expect(revealed.status).toBe(200);
    expect(revealed.headers.get("cache-control")).toBe("no-store");
    expect(await revealed.json()).toEqual({ id: person.id, nik: SITI, nikMasked: "3314xxxxxxxxxxxx" });

    const events = await listAuditEvents(database.handle.db, tenant.id, { action: "nik.reveal" });
    expect(events.events).toHaveLength(1);
    expect(events.events[0]).toMatchObject({
      actorUserId: deskUserId,
      target: `reference_person:${person.id}`,
      details: { nikMasked: "3314xxxxxxxxxxxx", reason: "Pendaftaran layanan" },
    });
    expect((await api(`/api/t/${tenant.slug}/reference-persons/999999999/reveal`, { method: "POST", headers: desk })).status).toBe(404);
  });

  it("shows no full NIK in any list, error report or audit event", async () => {
    const bodies = [
      await (await api(`/api/t/${tenant.slug}/reference-imports`, { headers: admin })).text(),
      await (await api(`/api/t/${tenant.slug}/reference-imports/${firstImport.id}`, { headers: admin })).text(),
      await (await api(`/api/t/${tenant.slug}/reference-imports/${firstImport.id}/errors`, { headers: admin })).text(),
      await (await api(`/api/t/${tenant.slug}/reference-persons?nik=${BUDI}`, { headers: desk })).text(),
      await (await api(`/api/t/${tenant.slug}/audit?limit=500`, { headers: admin })).text(),
    ];
    for (const body of bodies) for (const nik of ALL_NIKS) expect(body).not.toContain(nik);
    const audit = (await listAuditEvents(database.handle.db, tenant.id, { limit: 500 })).events.map((e) => e.action);
    expect(audit).toEqual(expect.arrayContaining(["reference.import", "reference.import_done", "nik.reveal"]));
  });

  it("keeps regencies apart: another regency's member gets 404, and one regency's ids mean nothing in another", async () => {
    const person = (await (await api(`/api/t/${tenant.slug}/reference-persons?nik=${SITI}`, { headers: desk })).json()) as PersonBody;
    for (const path of [
      `/api/t/${tenant.slug}/reference-imports`,
      `/api/t/${tenant.slug}/reference-imports/${firstImport.id}`,
      `/api/t/${tenant.slug}/reference-imports/${firstImport.id}/errors`,
    ]) {
      const response = await api(path, { headers: otherAdmin });
      expect(response.status, path).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("TENANT_NOT_FOUND");
    }
    expect((await importCsv(tenant.slug, otherAdmin, DTKS_2023, "source=DTKS&year=2023")).status).toBe(404);
    // The other regency's own URLs: the first regency's import and people are not there.
    expect((await api(`/api/t/${other.slug}/reference-imports/${firstImport.id}`, { headers: otherAdmin })).status).toBe(404);
    expect((await api(`/api/t/${other.slug}/reference-imports/${firstImport.id}/errors`, { headers: otherAdmin })).status).toBe(404);
    expect((await api(`/api/t/${other.slug}/reference-persons?nik=${SITI}`, { headers: otherAdmin })).status).toBe(404);
    const otherDesk = bearer(await sessionToken(database.handle.db, (await createTestUser(database.handle.db, "desk-officer", other.id)).id));
    expect((await api(`/api/t/${other.slug}/reference-persons/${person.id}/reveal`, { method: "POST", headers: otherDesk })).status).toBe(404);
    expect(await countIn(other)).toEqual({ persons: 0, appearances: 0 });
  });

  it("commits batch by batch: status and error report are readable while an import runs, and an interrupted import resumes from its last committed batch", async () => {
    const nikCrypto = await createNodeNikCrypto(TEST_NIK_KEYS);
    const lines = [HEADER];
    for (let i = 1; i <= 30; i++) {
      const serial = String(i).padStart(4, "0");
      lines.push(i % 10 === 0 ? `3314019902900${serial.slice(1)},,Bad Date ${i},Krajan,33.14.01.2001,Desil 1,3` : `331401${i % 2 ? "1" : "5"}10785${serial},,Person ${i},Krajan,33.14.01.2001,Desil 1,3`);
    }
    const file = new TextEncoder().encode(`${lines.join("\n")}\n`);
    const actor = { userId: "system:cli", role: null, requestId: "test" };
    const ctx = { db: database.handle.db, tenant, nikCrypto };
    const seen: Array<{ status: number; body: ImportBody; errors: number }> = [];
    let importId = "";

    // A body that fails after two batches of 8 lines, checking the status over HTTP after each batch.
    async function* interrupted() {
      yield file.subarray(0, file.indexOf(10) + 1); // header
      let start = file.indexOf(10) + 1;
      for (let sent = 0; sent < 20; sent++) {
        const end = file.indexOf(10, start) + 1;
        yield file.subarray(start, end);
        start = end;
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      throw new Error("connection lost");
    }
    await expect(
      importReferenceList({
        ctx,
        input: {
          actor,
          source: "DTSEN",
          year: 2025,
          fileName: "dtsen.csv",
          body: interrupted(),
          batchSize: 8,
          onProgress: (progress) => {
            importId = progress.importId;
          },
        },
      }),
    ).rejects.toThrow("connection lost");
    const failed = (await (await api(`/api/t/${tenant.slug}/reference-imports/${importId}`, { headers: admin })).json()) as ImportBody & { failure: string };
    expect(failed).toMatchObject({ status: "failed", totalRows: 16, committedLine: 17, failure: "connection lost" });
    expect(failed.acceptedRows + failed.rejectedRows).toBe(16);

    // Resumed with the whole file: lines up to 17 are skipped, the rest go in; status polled between batches.
    async function* whole() {
      yield file;
    }
    const done = await importReferenceList({
      ctx,
      input: {
        actor,
        source: "DTSEN",
        year: 2025,
        fileName: "dtsen.csv",
        body: whole(),
        resume: importId,
        batchSize: 4,
        onProgress: () => {
          // Synchronous callbacks cannot await: record a promise and check it afterwards.
          void api(`/api/t/${tenant.slug}/reference-imports/${importId}`, { headers: admin }).then(async (response) => {
            const errors = (await (await api(`/api/t/${tenant.slug}/reference-imports/${importId}/errors`, { headers: admin })).json()) as { errors: unknown[] };
            seen.push({ status: response.status, body: (await response.json()) as ImportBody, errors: errors.errors.length });
          });
        },
      },
    });
    expect(done).toMatchObject({ status: "done", totalRows: 30, acceptedRows: 27, duplicateRows: 0, rejectedRows: 3, committedLine: 31 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((s) => s.status === 200)).toBe(true);
    const errors = (await (await api(`/api/t/${tenant.slug}/reference-imports/${importId}/errors`, { headers: admin })).json()) as { errors: Array<{ line: number; code: string }> };
    expect(errors.errors).toEqual([
      { line: 11, code: "NIK_BIRTH_DATE", message: expect.any(String) },
      { line: 21, code: "NIK_BIRTH_DATE", message: expect.any(String) },
      { line: 31, code: "NIK_BIRTH_DATE", message: expect.any(String) },
    ]);
  });

  it("stores names and addresses exactly as written, with quotes, backslashes, tabs and line breaks", async () => {
    const nik = "3314016507010007";
    const name = 'Sri "Tab\tNama" \\N';
    const address = "Dukuh Krajan\\RT 01\nRW 02, \\x00\r\nKalijambe";
    const csv = [HEADER, `${nik},,"${name.replaceAll('"', '""')}","${address}",33.14.01.2001,\\N,1`].join("\n");
    const response = await importCsv(tenant.slug, admin, csv, "source=ESCAPES&year=2024");
    expect(await response.json()).toMatchObject({ acceptedRows: 1, rejectedRows: 0 });
    const person = (await (await api(`/api/t/${tenant.slug}/reference-persons?nik=${nik}`, { headers: desk })).json()) as PersonBody & {
      appearances: Array<{ address: string; category: string | null }>;
    };
    expect(person.appearances).toMatchObject([{ source: "ESCAPES", name, address, category: "\\N" }]);
  });

  it("shows an import that died while running as interrupted after 10 minutes, and resumes only that or a failed one", async () => {
    const started = await withTenant(database.handle.db, tenant.id, (tx) =>
      createReferenceImport(tx, { tenantId: tenant.id, source: "STALLED", year: 2024, fileName: null, createdBy: null, actorLabel: "system:cli" }),
    );
    const status = async () => ((await (await api(`/api/t/${tenant.slug}/reference-imports/${started.id}`, { headers: admin })).json()) as ImportBody).status;
    const csv = [HEADER, `3314016507010008,,Dewi,Krajan,33.14.01.2001,,2`].join("\n");
    expect(await status()).toBe("running");
    const live = await importCsv(tenant.slug, admin, csv, `source=STALLED&year=2024&resume=${started.id}`);
    expect(live.status).toBe(409); // a live import is not taken over

    // Its process died 11 minutes ago: nothing has committed since.
    await withTenant(database.handle.db, tenant.id, (tx) => tx.execute(sql`update reference_imports set updated_at = now() - interval '11 minutes' where id = ${started.id}`));
    expect(await status()).toBe("interrupted");
    const listed = (await (await api(`/api/t/${tenant.slug}/reference-imports`, { headers: admin })).json()) as { imports: ImportBody[] };
    expect(listed.imports.find((i) => i.id === started.id)?.status).toBe("interrupted");
    const resumed = await importCsv(tenant.slug, admin, csv, `source=STALLED&year=2024&resume=${started.id}`);
    expect(resumed.status).toBe(201);
    expect(await resumed.json()).toMatchObject({ id: started.id, status: "done", acceptedRows: 1 });
  });
});
