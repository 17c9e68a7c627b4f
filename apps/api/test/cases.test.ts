import { listAuditEvents, withTenant, type Tenant } from "@satu-atap/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDrivers, type TestDatabase } from "./support/databases.ts";
import { countCases, createProcedureRegency, importReferenceList, officer, postCase, registration, testNik } from "./support/procedure.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

const SITI = "3314015507900001"; // on the TNP2K list: the fast path
const BUDI = "3314011203850002"; // on the DTKS list only: found, but no fast path

interface CaseBody {
  id: string;
  number: string;
  state: string;
  revision: number;
  receivedAt: string;
  subdistrictCode: string;
  fastPath: boolean;
  applicant: { nikMasked: string; name: string };
  documents: Array<{ id: string; present: boolean }>;
  listMatch: { found: boolean; personId: number | null; appearances: Array<{ source: string; year: number; category: string | null; villageCode: string }> };
  facts: { household: Record<string, unknown> };
  history: Array<{ action: string; from: string | null; to: string; by: { userId: string | null; name: string }; note: string | null; data: Record<string, unknown> | null }>;
  allowedActions: string[];
  tasks: Array<{ id: string; status: string; villageCode: string; assigneeUserId: string | null }>;
  serviceTime: {
    targetMinutes: number;
    maxDays: number;
    dueAt: string;
    elapsedMinutes: number;
    overdue: boolean;
    desk: { minutes: number; done: boolean; overTarget: boolean };
    steps: Array<{ state: string; minutes: number; leftAt: string | null }>;
  };
  dueAt: string;
  closedAt: string | null;
}
interface ErrorBody {
  error: { code: string; message: string; messages: { id: string; en: string }; issues?: Array<{ path: string; message: string }> };
}

describe.each(testDrivers)("cases: registration, list match, reading, tasks, actions and service time over HTTP on %s", (driver) => {
  let database: TestDatabase;
  let server: TestServer;
  let tenant: Tenant;
  let other: Tenant;
  let admin: Record<string, string>;
  let desk: { userId: string; headers: Record<string, string> };
  let desk2: { userId: string; headers: Record<string, string> };
  let kecamatan: { userId: string; headers: Record<string, string> };
  let villageVerifier: { userId: string; headers: Record<string, string> };
  let subdistrictVerifier: { userId: string; headers: Record<string, string> };
  let otherDesk: { userId: string; headers: Record<string, string> };
  let nextNik = 100;
  const freshNik = () => testNik(nextNik++);

  const api = (path: string, init: RequestInit = {}) => fetch(`${server.baseUrl}/api/t/${tenant.slug}${path}`, init);
  const register = async (body: Record<string, unknown>, headers = desk.headers) => {
    const response = await postCase(server.baseUrl, tenant.slug, headers, body);
    const json = (await response.json()) as CaseBody & ErrorBody;
    return { status: response.status, etag: response.headers.get("etag"), body: json };
  };
  const read = async (id: string, headers = desk.headers) => {
    const response = await api(`/cases/${id}`, { headers });
    return { status: response.status, etag: response.headers.get("etag"), body: (await response.json()) as CaseBody & ErrorBody };
  };
  const cases = () => countCases(database.handle.db, tenant);
  const revealed = async (id: string) =>
    ((await (await api(`/cases/${id}/reveal-nik`, { method: "POST", headers: desk.headers })).json()) as { nik: string }).nik;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const db = database.handle.db;
    // Sragen's configuration, with one service received only at the regency's own desk.
    ({ tenant } = await createProcedureRegency(db, (config) => {
      const pmks = config.services.find((s) => s.id === "pmks-assistance");
      if (pmks) pmks.receivedAt = ["regency"];
    }));
    ({ tenant: other } = await createProcedureRegency(db));
    admin = (await officer(db, tenant.id, "district-admin")).headers;
    desk = await officer(db, tenant.id, "desk-officer");
    desk2 = await officer(db, tenant.id, "desk-officer");
    kecamatan = await officer(db, tenant.id, "subdistrict-officer", { subdistrictCode: "33.14.01" });
    villageVerifier = await officer(db, tenant.id, "field-verifier", { areaCodes: ["33.14.01.2001"] });
    subdistrictVerifier = await officer(db, tenant.id, "field-verifier", { areaCodes: ["33.14.01", "33.14.02.2003"] });
    otherDesk = await officer(db, other.id, "desk-officer");
    server = await startTestServer(db);
    await importReferenceList(server.baseUrl, tenant.slug, admin, { source: "PPLS", year: 2011, people: [{ nik: SITI, name: "Siti Aminah", villageCode: "33.14.01.2001", category: "Desil 2" }] });
    await importReferenceList(server.baseUrl, tenant.slug, admin, { source: "TNP2K", year: 2015, people: [{ nik: SITI, name: "Siti Aminah", villageCode: "33.14.01.2001" }] });
    await importReferenceList(server.baseUrl, tenant.slug, admin, { source: "DTKS", year: 2023, people: [{ nik: BUDI, name: "Budi Santoso", villageCode: "33.14.01.2002" }] });
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  describe("registration and the list match", () => {
    it("takes an applicant found on the TNP2K list down the fast path to deciding, with the match and both history rows", async () => {
      const { status, etag, body } = await register(registration(SITI, { applicant: { nik: SITI, name: "Siti Aminah", kk: "3314010101100001", contact: "0812" } }));
      expect(status).toBe(201);
      expect(body).toMatchObject({ state: "deciding", fastPath: true, receivedAt: "regency", subdistrictCode: "33.14.01", revision: 2 });
      expect(etag).toBe('"c2"');
      expect(body.number).toMatch(/^\d{4}-\d{6}$/);
      expect(body.applicant).toEqual({ nikMasked: "3314xxxxxxxxxxxx", name: "Siti Aminah", kkMasked: "3314xxxxxxxxxxxx", contact: "0812" });
      expect(JSON.stringify(body)).not.toContain(SITI);
      // Newest list first; the fast path reads the newest list's configured id.
      expect(body.listMatch.found).toBe(true);
      expect(body.listMatch.appearances.map((a) => `${a.source} ${a.year}`)).toEqual(["TNP2K 2015", "PPLS 2011"]);
      expect(body.facts.household).toMatchObject({ inReferenceList: true, referenceSource: "tnp2k", villageCode: "33.14.01.2001" });
      expect(body.documents).toEqual([
        { id: "ktp", present: true },
        { id: "kk", present: true },
        { id: "village-cover-letter", present: false },
      ]);
      expect(body.history.map((h) => [h.action, h.from, h.to])).toEqual([
        ["register", null, "registered"],
        ["match", "registered", "deciding"],
      ]);
      expect(body.history[1]?.data).toMatchObject({ found: true, fastPath: true, taskId: null, sources: ["TNP2K 2015", "PPLS 2011"] });
      expect(body.history[0]?.by.userId).toBe(desk.userId);
      expect(body.tasks).toEqual([]);
      expect(body.allowedActions).toEqual(["decide", "withdraw"]);
    });

    it("sends an applicant in no list to the field: surveying, with a task for the covering verifier with the fewest open tasks", async () => {
      const first = await register(registration(freshNik()));
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ state: "surveying", fastPath: false, listMatch: { found: false, personId: null, appearances: [] } });
      expect(first.body.facts.household).toMatchObject({ inReferenceList: false, referenceSource: null });
      expect(first.body.tasks).toHaveLength(1);
      const task = first.body.tasks[0];
      expect(task).toMatchObject({ status: "open", villageCode: "33.14.01.2001" });
      expect([villageVerifier.userId, subdistrictVerifier.userId]).toContain(task?.assigneeUserId);
      expect(first.body.history[1]).toMatchObject({ action: "match", from: "registered", to: "surveying", data: { found: false, fastPath: false, taskId: task?.id } });
      // The second application in the same village goes to the other verifier (who now has fewer open tasks).
      const second = await register(registration(freshNik()));
      expect(second.body.tasks[0]?.assigneeUserId).not.toBe(task?.assigneeUserId);
      expect([villageVerifier.userId, subdistrictVerifier.userId]).toContain(second.body.tasks[0]?.assigneeUserId);
    });

    it("assigns by sub-district coverage, and leaves the task unassigned where no verifier covers the village", async () => {
      const covered = await register(registration(freshNik(), { villageCode: "33.14.01.2004" }));
      expect(covered.body.tasks[0]?.assigneeUserId).toBe(subdistrictVerifier.userId);
      const uncovered = await register(registration(freshNik(), { villageCode: "33.14.05.2001" }));
      expect(uncovered.status).toBe(201);
      expect(uncovered.body.state).toBe("surveying");
      expect(uncovered.body.tasks[0]).toMatchObject({ status: "open", villageCode: "33.14.05.2001", assigneeUserId: null });
    });

    it("does not take the fast path for a person found only on a list the rule does not name", async () => {
      const { body } = await register(registration(BUDI, { villageCode: "33.14.01.2002" }));
      expect(body).toMatchObject({ state: "surveying", fastPath: false });
      expect(body.listMatch).toMatchObject({ found: true, appearances: [{ source: "DTKS", year: 2023, category: "Desil 1", villageCode: "33.14.01.2002" }] });
      expect(body.facts.household).toMatchObject({ inReferenceList: true, referenceSource: "DTKS" });
    });

    it("registers at the sub-district level for a sub-district officer, inside its kecamatan", async () => {
      const { status, body } = await register(registration(freshNik(), { channel: "subdistrict", villageCode: "33.14.01.2003" }), kecamatan.headers);
      expect(status).toBe(201);
      expect(body).toMatchObject({ receivedAt: "subdistrict", subdistrictCode: "33.14.01" });
    });

    it("audits the registration and the match", async () => {
      const { body } = await register(registration(freshNik()));
      const { events } = await withTenant(database.handle.db, tenant.id, (tx) => listAuditEvents(tx, tenant.id, { limit: 20 }));
      const mine = events.filter((e) => e.target === `case:${body.id}`).map((e) => e.action);
      expect(mine.sort()).toEqual(["case.match", "case.register"]);
    });
  });

  describe("refusals: a clear 4xx each, nothing stored", () => {
    const refused = async (body: Record<string, unknown>, status: number, code: string, path: string, headers = desk.headers) => {
      const before = await cases();
      const response = await register(body, headers);
      expect(response.status).toBe(status);
      expect(response.body.error.code).toBe(code);
      expect(response.body.error.issues?.map((i) => i.path)).toContain(path);
      expect(response.body.error.messages.id.length).toBeGreaterThan(0);
      expect(response.body.error.messages.en.length).toBeGreaterThan(0);
      expect(await cases()).toBe(before);
      return response.body.error;
    };

    it("a NIK of the wrong length (400 NIK_INVALID, the reason)", async () => {
      const error = await refused(registration("331401120385001"), 400, "NIK_INVALID", "/applicant/nik");
      expect(error.issues?.[0]?.message).toMatch(/^NIK_FORMAT/);
    });

    it("a NIK with an impossible date of birth (400 NIK_INVALID)", async () => {
      const error = await refused(registration("3314017202900005"), 400, "NIK_INVALID", "/applicant/nik");
      expect(error.issues?.[0]?.message).toMatch(/^NIK_BIRTH_DATE/);
    });

    it("an unknown service (422 UNKNOWN_SERVICE)", async () => {
      await refused(registration(freshNik(), { serviceId: "free-lunch" }), 422, "UNKNOWN_SERVICE", "/serviceId");
    });

    it("a desk that does not offer the service (422 SERVICE_NOT_AT_DESK)", async () => {
      const error = await refused(registration(freshNik(), { deskId: "education" }), 422, "SERVICE_NOT_AT_DESK", "/deskId");
      expect(error.messages.en).toContain("Education desk");
    });

    it("a service not received at the caller's level (422 SERVICE_NOT_RECEIVED_HERE)", async () => {
      const body = registration(freshNik(), { serviceId: "pmks-assistance", deskId: "socio-economic", documents: ["raid-report"], channel: "subdistrict" });
      await refused(body, 422, "SERVICE_NOT_RECEIVED_HERE", "/serviceId", kecamatan.headers);
      // The regency desk may take it.
      expect((await register({ ...body, channel: "regency-desk" })).status).toBe(201);
    });

    it("an unknown village, and a village outside the sub-district officer's kecamatan (422 UNKNOWN_VILLAGE)", async () => {
      await refused(registration(freshNik(), { villageCode: "33.99.01.2001" }), 422, "UNKNOWN_VILLAGE", "/villageCode");
      await refused(registration(freshNik(), { villageCode: "33.14.01" }), 422, "UNKNOWN_VILLAGE", "/villageCode");
      await refused(registration(freshNik(), { villageCode: "33.14.02.2001" }), 422, "UNKNOWN_VILLAGE", "/villageCode", kecamatan.headers);
    });

    it("a document not in the catalogue (422 UNKNOWN_DOCUMENT)", async () => {
      await refused(registration(freshNik(), { documents: ["ktp", "visa"] }), 422, "UNKNOWN_DOCUMENT", "/documents/1");
    });

    it("facts that do not fit the rules' field catalogue, or that registration sets itself (400 VALIDATION_FAILED)", async () => {
      await refused(registration(freshNik(), { facts: { applicant: { birthDate: "1990-02-30" } } }), 400, "VALIDATION_FAILED", "/facts/applicant/birthDate");
      await refused(registration(freshNik(), { facts: { household: { inReferenceList: true } } }), 400, "VALIDATION_FAILED", "/facts/household/inReferenceList");
      await refused(registration(freshNik(), { facts: { household: { shoeSize: 42 } } }), 400, "VALIDATION_FAILED", "/facts/household/shoeSize");
    });

    it("a second open application of the same person for the same service (409 DUPLICATE_APPLICATION with the case number)", async () => {
      const nik = freshNik();
      const first = await register(registration(nik));
      const error = await refused(registration(nik), 409, "DUPLICATE_APPLICATION", "/applicant/nik");
      expect(error.message).toContain(first.body.number);
      // Another service is another application.
      const letter = await register(registration(nik, { serviceId: "care-recommendation-letter" }));
      expect(letter.status).toBe(201);
    });

    it("a caller without case:register (403) and another regency's officer (404)", async () => {
      const before = await cases();
      expect((await register(registration(freshNik()), villageVerifier.headers)).status).toBe(403);
      expect((await register(registration(freshNik()), otherDesk.headers)).status).toBe(404);
      expect(await cases()).toBe(before);
    });
  });

  describe("reading", () => {
    it("shows one case with its ETag, and 404 for another regency's officer or through another regency's URL", async () => {
      const { body } = await register(registration(freshNik()));
      const seen = await read(body.id);
      expect(seen.status).toBe(200);
      expect(seen.etag).toBe('"c2"');
      expect(seen.body).toMatchObject({ id: body.id, state: "surveying" });
      expect((await read(body.id, otherDesk.headers)).status).toBe(404);
      const viaOther = await fetch(`${server.baseUrl}/api/t/${other.slug}/cases/${body.id}`, { headers: otherDesk.headers });
      expect(viaOther.status).toBe(404);
      expect((await fetch(`${server.baseUrl}/api/t/${other.slug}/cases`, { headers: otherDesk.headers }).then((r) => r.json())) as { total: number }).toMatchObject({ total: 0 });
    });

    it("lists cases with masked NIKs only, filtered by state and service", async () => {
      const response = await api("/cases?state=deciding&serviceId=saraswati-card", { headers: desk.headers });
      expect(response.status).toBe(200);
      const page = (await response.json()) as { cases: Array<{ state: string; serviceId: string; applicant: { nikMasked: string } }>; total: number };
      expect(page.total).toBeGreaterThan(0);
      expect(page.cases.every((c) => c.state === "deciding" && c.serviceId === "saraswati-card")).toBe(true);
      const all = await (await api("/cases?limit=200", { headers: desk.headers })).text();
      expect(all).not.toMatch(/3314\d{12}/);
      expect(all).toContain("3314xxxxxxxxxxxx");
      expect((await api("/cases?state=lost", { headers: desk.headers })).status).toBe(400);
    });

    it("limits a sub-district officer to its kecamatan: other cases are missing from its list and 404 one by one", async () => {
      const outside = await register(registration(freshNik(), { villageCode: "33.14.02.2001" }));
      const inside = await register(registration(freshNik(), { villageCode: "33.14.01.2005" }));
      expect((await read(outside.body.id, kecamatan.headers)).status).toBe(404);
      expect((await read(inside.body.id, kecamatan.headers)).status).toBe(200);
      const page = (await (await api("/cases?limit=200", { headers: kecamatan.headers })).json()) as { cases: Array<{ id: string; subdistrictCode: string }> };
      expect(page.cases.every((c) => c.subdistrictCode === "33.14.01")).toBe(true);
      expect(page.cases.map((c) => c.id)).toContain(inside.body.id);
    });

    it("lets a field verifier read only cases with a task in its areas", async () => {
      const inArea = await register(registration(freshNik(), { villageCode: "33.14.01.2001" }));
      const elsewhere = await register(registration(freshNik(), { villageCode: "33.14.03.2001" }));
      const fastPath = await register(registration(SITI, { serviceId: "care-recommendation-letter" }));
      expect(fastPath.body.state).toBe("deciding");
      expect((await read(inArea.body.id, villageVerifier.headers)).status).toBe(200);
      expect((await read(elsewhere.body.id, villageVerifier.headers)).status).toBe(404);
      // No task, no reading, even in its own village.
      expect((await read(fastPath.body.id, villageVerifier.headers)).status).toBe(404);
      const page = (await (await api("/cases?limit=200", { headers: villageVerifier.headers })).json()) as { cases: Array<{ id: string }> };
      const ids = page.cases.map((c) => c.id);
      expect(ids).toContain(inArea.body.id);
      expect(ids).not.toContain(elsewhere.body.id);
      expect(ids).not.toContain(fastPath.body.id);
    });

    it("reveals the NIK to a holder of nik:reveal, audited with the masked NIK only and not cached", async () => {
      const nik = freshNik();
      const { body } = await register(registration(nik));
      const response = await api(`/cases/${body.id}/reveal-nik`, { method: "POST", headers: { ...desk.headers, "content-type": "application/json" }, body: JSON.stringify({ reason: "cek KTP" }) });
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toEqual({ caseId: body.id, nik, nikMasked: "3314xxxxxxxxxxxx" });
      const { events } = await withTenant(database.handle.db, tenant.id, (tx) => listAuditEvents(tx, tenant.id, { action: "nik.reveal", limit: 5 }));
      const event = events.find((e) => e.target === `case:${body.id}`);
      expect(event?.details).toMatchObject({ nikMasked: "3314xxxxxxxxxxxx", reason: "cek KTP" });
      expect(JSON.stringify(event)).not.toContain(nik);
      // A field verifier holds no nik:reveal; another regency's officer finds nothing.
      expect((await api(`/cases/${body.id}/reveal-nik`, { method: "POST", headers: villageVerifier.headers })).status).toBe(403);
      expect((await api(`/cases/${body.id}/reveal-nik`, { method: "POST", headers: otherDesk.headers })).status).toBe(404);
    });
  });

  describe("verification tasks", () => {
    interface TaskPage {
      tasks: Array<{ id: string; status: string; villageCode: string; subdistrictCode: string; assigneeUserId: string | null; case: { number: string; applicantName: string | null } | null }>;
      total: number;
    }
    const tasks = async (headers: Record<string, string>, query = "") => (await (await api(`/verification-tasks?limit=200${query}`, { headers })).json()) as TaskPage;

    it("shows a field verifier only the tasks in its areas, open ones first, each naming its case", async () => {
      const mine = await register(registration(freshNik(), { villageCode: "33.14.01.2001" }));
      const notMine = await register(registration(freshNik(), { villageCode: "33.14.04.2001" }));
      const page = await tasks(villageVerifier.headers);
      expect(page.tasks.length).toBeGreaterThan(0);
      expect(page.tasks.every((t) => t.villageCode === "33.14.01.2001")).toBe(true);
      const ids = page.tasks.map((t) => t.id);
      expect(ids).toContain(mine.body.tasks[0]?.id);
      expect(ids).not.toContain(notMine.body.tasks[0]?.id);
      expect(page.tasks.find((t) => t.id === mine.body.tasks[0]?.id)?.case).toMatchObject({ number: mine.body.number, applicantName: mine.body.applicant.name });
      // Open before done or cancelled.
      const statuses = page.tasks.map((t) => t.status);
      expect(statuses).toEqual([...statuses].sort((a, b) => Number(a !== "open") - Number(b !== "open")));
      // A verifier covering a whole sub-district, plus one village elsewhere.
      const wide = await tasks(subdistrictVerifier.headers);
      expect(wide.tasks.every((t) => t.subdistrictCode === "33.14.01" || t.villageCode === "33.14.02.2003")).toBe(true);
      // The desk (regency-wide) sees both; one task by id; outside the areas 404.
      const all = await tasks(desk.headers);
      expect(all.tasks.map((t) => t.id)).toEqual(expect.arrayContaining([mine.body.tasks[0]?.id, notMine.body.tasks[0]?.id]));
      expect((await api(`/verification-tasks/${mine.body.tasks[0]?.id}`, { headers: villageVerifier.headers })).status).toBe(200);
      expect((await api(`/verification-tasks/${notMine.body.tasks[0]?.id}`, { headers: villageVerifier.headers })).status).toBe(404);
      expect((await api(`/verification-tasks/${notMine.body.tasks[0]?.id}`, { headers: kecamatan.headers })).status).toBe(404);
      expect((await fetch(`${server.baseUrl}/api/t/${other.slug}/verification-tasks/${mine.body.tasks[0]?.id}`, { headers: otherDesk.headers })).status).toBe(404);
      expect((await fetch(`${server.baseUrl}/api/t/${other.slug}/verification-tasks`, { headers: otherDesk.headers }).then((r) => r.json())) as TaskPage).toMatchObject({ total: 0 });
      // Only mine.
      const assigned = await tasks(villageVerifier.headers, "&assignee=me&status=open");
      expect(assigned.tasks.every((t) => t.assigneeUserId === villageVerifier.userId && t.status === "open")).toBe(true);
    });
  });

  describe("actions: withdraw, documents, ETags and conflicts", () => {
    const withdraw = (id: string, note: string | undefined, headers: Record<string, string>, ifMatch?: string) =>
      api(`/cases/${id}/withdraw`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json", ...(ifMatch === undefined ? {} : { "if-match": ifMatch }) },
        body: JSON.stringify(note === undefined ? {} : { note }),
      });

    it("withdraws an open case with a note: history row, closed, tasks cancelled, new ETag", async () => {
      const { body, etag } = await register(registration(freshNik()));
      const response = await withdraw(body.id, "Pemohon membatalkan.", desk.headers, etag ?? undefined);
      expect(response.status).toBe(200);
      expect(response.headers.get("etag")).toBe('"c3"');
      const withdrawn = (await response.json()) as CaseBody;
      expect(withdrawn).toMatchObject({ state: "withdrawn", revision: 3, allowedActions: [] });
      expect(withdrawn.closedAt).not.toBeNull();
      expect(withdrawn.history.at(-1)).toMatchObject({ action: "withdraw", from: "surveying", to: "withdrawn", note: "Pemohon membatalkan.", by: { userId: desk.userId } });
      expect(withdrawn.tasks.map((t) => t.status)).toEqual(["cancelled"]);
      // The person may apply again for the same service once the first case is closed.
      expect((await register(registration(await revealed(body.id)))).status).toBe(201);
    });

    it("refuses a withdrawal without a note (400), with nothing changed", async () => {
      const { body } = await register(registration(freshNik()));
      const response = await withdraw(body.id, "  ", desk.headers);
      expect(response.status).toBe(400);
      expect((await read(body.id)).body).toMatchObject({ state: "surveying", revision: 2 });
    });

    it("refuses an action the state does not allow (409 TRANSITION_NOT_ALLOWED, listing the allowed actions)", async () => {
      const { body } = await register(registration(freshNik()));
      expect((await withdraw(body.id, "first", desk.headers)).status).toBe(200);
      const again = await withdraw(body.id, "second", desk.headers);
      expect(again.status).toBe(409);
      const error = ((await again.json()) as ErrorBody).error;
      expect(error.code).toBe("TRANSITION_NOT_ALLOWED");
      expect(error.issues?.[0]).toEqual({ path: "state", message: "allowed actions: none" });
      expect((await read(body.id)).body.history.filter((h) => h.action === "withdraw")).toHaveLength(1);
    });

    it("refuses a stale If-Match (409 CASE_CHANGED), nothing changed", async () => {
      const { body } = await register(registration(freshNik()));
      const response = await withdraw(body.id, "late", desk.headers, '"c1"');
      expect(response.status).toBe(409);
      expect(((await response.json()) as ErrorBody).error.code).toBe("CASE_CHANGED");
      expect((await read(body.id)).body).toMatchObject({ state: "surveying", revision: 2 });
    });

    it("lets one of two officers withdrawing at once win; the other gets 409", async () => {
      const { body, etag } = await register(registration(freshNik()));
      const [a, b] = await Promise.all([withdraw(body.id, "desk one", desk.headers, etag ?? undefined), withdraw(body.id, "desk two", desk2.headers, etag ?? undefined)]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const history = (await read(body.id)).body.history.filter((h) => h.action === "withdraw");
      expect(history).toHaveLength(1);
    });

    it("keeps a field verifier (no case:register) and other kecamatans and regencies out of withdrawing", async () => {
      const { body } = await register(registration(freshNik(), { villageCode: "33.14.02.2001" }));
      expect((await withdraw(body.id, "x", villageVerifier.headers)).status).toBe(403);
      expect((await withdraw(body.id, "x", kecamatan.headers)).status).toBe(404);
      expect((await fetch(`${server.baseUrl}/api/t/${other.slug}/cases/${body.id}/withdraw`, { method: "POST", headers: { ...otherDesk.headers, "content-type": "application/json" }, body: JSON.stringify({ note: "x" }) })).status).toBe(404);
      expect((await read(body.id)).body.state).toBe("surveying");
    });

    it("ticks a missing document later with a history row, and refuses documents not on the checklist", async () => {
      const { body, etag } = await register(registration(freshNik()));
      const patch = (documents: Record<string, boolean>, ifMatch?: string) =>
        api(`/cases/${body.id}/documents`, {
          method: "PATCH",
          headers: { ...desk.headers, "content-type": "application/json", ...(ifMatch === undefined ? {} : { "if-match": ifMatch }) },
          body: JSON.stringify({ documents }),
        });
      const unknown = await patch({ passport: true });
      expect(unknown.status).toBe(422);
      expect(((await unknown.json()) as ErrorBody).error.code).toBe("UNKNOWN_DOCUMENT");
      const ok = await patch({ "village-cover-letter": true }, etag ?? undefined);
      expect(ok.status).toBe(200);
      const updated = (await ok.json()) as CaseBody;
      expect(updated.documents.find((d) => d.id === "village-cover-letter")).toEqual({ id: "village-cover-letter", present: true });
      expect(updated).toMatchObject({ state: "surveying", revision: 3 });
      expect(updated.history.at(-1)).toMatchObject({ action: "documents", from: "surveying", to: "surveying", data: { present: ["village-cover-letter"], missing: [] } });
      expect((await patch({ kk: false }, etag ?? undefined)).status).toBe(409);
    });
  });

  describe("service time", () => {
    it("measures each state and the desk's part with the API clock, and lists open cases past their due date", async () => {
      server.clock.set("2030-01-06T01:00:00.000Z");
      try {
        const fast = await register(registration(SITI, { serviceId: "sintawati-card", deskId: "education", documents: ["ktp"] }));
        const field = await register(registration(freshNik()));
        expect(fast.body.dueAt).toBe("2030-01-09T01:00:00.000Z");
        expect(fast.body.number).toMatch(/^2030-/);
        server.clock.advanceMinutes(45);
        const atDesk = (await read(fast.body.id)).body.serviceTime;
        expect(atDesk).toMatchObject({ targetMinutes: 30, maxDays: 3, elapsedMinutes: 45, overdue: false, desk: { minutes: 45, done: false, overTarget: true } });
        expect(atDesk.steps).toEqual([
          { state: "registered", enteredAt: "2030-01-06T01:00:00.000Z", leftAt: "2030-01-06T01:00:00.000Z", minutes: 0 },
          { state: "deciding", enteredAt: "2030-01-06T01:00:00.000Z", leftAt: null, minutes: 45 },
        ]);
        // Sent to the field at once: the desk's part took no time.
        expect((await read(field.body.id)).body.serviceTime.desk).toEqual({ minutes: 0, done: true, overTarget: false });

        const overdueIds = async () => ((await (await api("/cases?overdue=true&limit=200", { headers: desk.headers })).json()) as { cases: Array<{ id: string; overdue: boolean }> }).cases.map((c) => c.id);
        expect(await overdueIds()).not.toContain(fast.body.id);
        server.clock.advanceDays(3);
        const late = await overdueIds();
        expect(late).toEqual(expect.arrayContaining([fast.body.id, field.body.id]));
        // A closed case is not listed, though it finished late.
        const closed = await api(`/cases/${field.body.id}/withdraw`, { method: "POST", headers: { ...desk.headers, "content-type": "application/json" }, body: JSON.stringify({ note: "moved away" }) });
        const closedBody = (await closed.json()) as CaseBody;
        expect(closedBody.serviceTime).toMatchObject({ overdue: true, elapsedMinutes: 3 * 24 * 60 + 45 });
        expect(closedBody.serviceTime.steps.at(-1)).toMatchObject({ state: "withdrawn", minutes: 0 });
        expect(await overdueIds()).not.toContain(field.body.id);
        const view = (await read(fast.body.id)).body;
        expect(view.serviceTime.overdue).toBe(true);
      } finally {
        server.clock.reset();
      }
    });
  });
});
