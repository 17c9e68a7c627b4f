import { countComplaintData, findCase, listAuditEvents, listCaseEvents, withTenant, type Case, type Tenant } from "@satu-atap/db";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestUser, sessionToken } from "./support/auth.ts";
import { createTestDatabase, testDrivers, type TestDatabase } from "./support/databases.ts";
import { createOtherRegency, templateConfig } from "./support/factories.ts";
import { insertTestCase, postCase, registration, testNik } from "./support/procedure.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

// NIKs with a valid structure (region 33.14.01, a possible birth date); KK numbers are 16 digits.
const SITI = "3314015507900001";
const BUDI = "3314011203850002";
const WATI = "3314016902920003";
const RINI = "3314014408880004";
const KK = "3314010101100001";

interface ComplaintBody {
  id: string;
  number: string;
  category: string;
  status: string;
  dueAt: string;
  overdue: boolean;
  revision: number;
  assigneeUserId: string | null;
  resolution: string | null;
  links: { caseId: string | null; nikMasked: string | null; kkMasked: string | null; subdistrictCode: string | null; villageCode: string | null };
}
interface ComplaintDetail extends ComplaintBody {
  case: { id: string; number: string; state: string } | null;
  tasks: Array<{ id: string; reason: string; caseId: string | null; villageCode: string; assigneeUserId: string | null; status: string }>;
  history: Array<{ action: string; from: string | null; to: string | null; note: string | null }>;
}
interface ErrorBody {
  error: { code: string; issues?: Array<{ path: string }> };
}

describe.each(testDrivers)("the complaints desk over HTTP on %s", (driver) => {
  let database: TestDatabase;
  let server: TestServer;
  let tenant: Tenant;
  let other: Tenant;
  let desk: Record<string, string>;
  let deskUserId: string;
  let otherDeskUserId: string;
  let kalijambe: Record<string, string>; // sub-district officer of 33.14.01
  let kalijambeUserId: string;
  let plupuh: Record<string, string>; // sub-district officer of 33.14.02
  let plupuhUserId: string;
  let field: Record<string, string>;
  let verifierUserId: string;
  let otherDesk: Record<string, string>;
  let dueDays: Record<string, number>;

  const api = (path: string, init: RequestInit = {}) => fetch(`${server.baseUrl}${path}`, init);
  const post = (slug: string, path: string, headers: Record<string, string>, body: unknown) =>
    api(`/api/t/${slug}${path}`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(body) });
  const lodge = (body: unknown, headers = desk, slug = tenant.slug) => post(slug, "/complaints", headers, body);
  const lodged = async (body: unknown, headers = desk) => {
    const response = await lodge(body, headers);
    expect(response.status, await response.clone().text()).toBe(201);
    return (await response.json()) as ComplaintDetail;
  };
  const detail = async (id: string, headers = desk) => {
    const response = await api(`/api/t/${tenant.slug}/complaints/${id}`, { headers });
    expect(response.status).toBe(200);
    return { body: (await response.json()) as ComplaintDetail, etag: response.headers.get("etag") };
  };
  const list = async (query: string, headers = desk) => {
    const response = await api(`/api/t/${tenant.slug}/complaints?${query}`, { headers });
    expect(response.status).toBe(200);
    return ((await response.json()) as { complaints: ComplaintBody[] }).complaints;
  };
  const counts = () => withTenant(database.handle.db, tenant.id, (tx) => countComplaintData(tx, tenant.id));
  const caseNow = (id: string) => withTenant(database.handle.db, tenant.id, (tx) => findCase(tx, tenant.id, id)) as Promise<Case>;
  const refusedCase = (nik: string, place: { subdistrictCode?: string; villageCode?: string } = {}) =>
    insertTestCase(database.handle.db, tenant.id, { state: "refused", nik, ...place });

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const db = database.handle.db;
    tenant = (await createOtherRegency(db, { name: "Kabupaten Aduan" })).tenant;
    other = (await createOtherRegency(db, { name: "Kabupaten Lain" })).tenant;
    const deskUser = await createTestUser(db, "desk-officer", tenant.id);
    deskUserId = deskUser.id;
    desk = bearer(await sessionToken(db, deskUser.id));
    const kalijambeUser = await createTestUser(db, "subdistrict-officer", tenant.id, undefined, { subdistrictCode: "33.14.01" });
    kalijambeUserId = kalijambeUser.id;
    kalijambe = bearer(await sessionToken(db, kalijambeUser.id));
    const plupuhUser = await createTestUser(db, "subdistrict-officer", tenant.id, undefined, { subdistrictCode: "33.14.02" });
    plupuhUserId = plupuhUser.id;
    plupuh = bearer(await sessionToken(db, plupuhUser.id));
    // A verifier elsewhere first, so picking "any verifier" would be caught.
    await createTestUser(db, "field-verifier", tenant.id, undefined, { areaCodes: ["33.14.02.2001"] });
    const verifier = await createTestUser(db, "field-verifier", tenant.id, undefined, { areaCodes: ["33.14.01.2001", "33.14.01.2002"] });
    verifierUserId = verifier.id;
    field = bearer(await sessionToken(db, verifier.id));
    const otherDeskUser = await createTestUser(db, "desk-officer", other.id);
    otherDeskUserId = otherDeskUser.id;
    otherDesk = bearer(await sessionToken(db, otherDeskUser.id));
    const config = await templateConfig();
    dueDays = Object.fromEntries((config.complaints?.categories ?? []).map((c) => [c.id, c.dueDays]));
    server = await startTestServer(db);
  }, 120_000);
  afterEach(() => server?.clock.reset());
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("a wrongly-excluded complaint on a refused case creates a re-verification task for the covering verifier and moves the case back to surveying, with history on both", async () => {
    const refused = await refusedCase(SITI);
    const before = await counts();
    const complaint = await lodged({
      category: "wrongly-excluded",
      description: "Keluarga sangat miskin tetapi permohonan kartu ditolak.",
      complainant: { name: "Sri Wahyuni", contact: "0812-3456-7890" },
      caseId: refused.id,
    });
    expect(complaint).toMatchObject({
      category: "wrongly-excluded",
      status: "open",
      links: { caseId: refused.id, subdistrictCode: "33.14.01", villageCode: "33.14.01.2001" },
      case: { id: refused.id, state: "surveying" },
    });
    expect(complaint.number).toMatch(/^ADU-\d{4}-\d{6}$/);
    expect(complaint.tasks).toEqual([
      expect.objectContaining({ reason: "reverification", caseId: refused.id, villageCode: "33.14.01.2001", assigneeUserId: verifierUserId, status: "open" }),
    ]);
    expect(complaint.history.map((h) => [h.action, h.from, h.to])).toEqual([
      ["lodge", null, "open"],
      ["reverify", "refused", "surveying"],
    ]);
    expect(await counts()).toEqual({ complaints: before.complaints + 1, events: before.events + 2 });

    const moved = await caseNow(refused.id);
    expect(moved).toMatchObject({ state: "surveying", revision: refused.revision + 1, closedAt: null });
    const caseHistory = await withTenant(database.handle.db, tenant.id, (tx) => listCaseEvents(tx, tenant.id, refused.id));
    expect(caseHistory.map((e) => [e.action, e.fromState, e.toState])).toEqual([["reverify", "refused", "surveying"]]);
    expect(caseHistory[0]?.note).toContain(complaint.number);
    expect(caseHistory[0]).toMatchObject({ actorUserId: deskUserId, actorLabel: "Test desk-officer" });
    expect(complaint.history[1]?.note).toContain(refused.number);

    // The sub-district officer of the case's kecamatan handles it too.
    expect((await list("", kalijambe)).map((c) => c.id)).toContain(complaint.id);
    expect((await detail(complaint.id, kalijambe)).body.tasks).toHaveLength(1);
  });

  it("a wrongly-included complaint about a village (no case) creates a task there and moves no case", async () => {
    const complaint = await lodged({ category: "wrongly-included", description: "Rumah tangga mampu menerima kartu.", kk: KK, villageCode: "33.14.01.2002" });
    expect(complaint.case).toBeNull();
    expect(complaint.tasks).toEqual([expect.objectContaining({ caseId: null, villageCode: "33.14.01.2002", assigneeUserId: verifierUserId })]);
    expect(complaint.history.map((h) => h.action)).toEqual(["lodge", "reverify"]);
  });

  it("a wrongly-excluded complaint on a case still being surveyed adds a re-verification task and leaves the case as it is", async () => {
    const registered = await postCase(server.baseUrl, tenant.slug, desk, registration(testNik(7001)));
    expect(registered.status, await registered.clone().text()).toBe(201);
    const surveyed = (await registered.json()) as { id: string; state: string };
    expect(surveyed.state).toBe("surveying");
    const before = await caseNow(surveyed.id);
    const complaint = await lodged({ category: "wrongly-excluded", description: "Mohon didahulukan.", caseId: surveyed.id });
    expect(complaint.case).toMatchObject({ id: surveyed.id, state: "surveying" });
    expect(complaint.tasks).toEqual([expect.objectContaining({ reason: "reverification", caseId: surveyed.id, assigneeUserId: verifierUserId })]);
    expect(complaint.history.at(-1)).toMatchObject({ action: "reverify", from: null, to: null });
    expect((await caseNow(surveyed.id)).revision).toBe(before.revision);
  });

  it("a service-quality complaint with only a description creates no task", async () => {
    const complaint = await lodged({ category: "service-quality", description: "Antrean di loket kesehatan lebih dari tiga jam." });
    expect(complaint.tasks).toEqual([]);
    expect(complaint.links).toEqual({ caseId: null, nikMasked: null, kkMasked: null, subdistrictCode: null, villageCode: null });
    expect(complaint.history.map((h) => h.action)).toEqual(["lodge"]);
    // About no place: the regency's desk handles it, not a sub-district officer.
    const response = await api(`/api/t/${tenant.slug}/complaints/${complaint.id}`, { headers: kalijambe });
    expect(response.status).toBe(404);
  });

  it("refuses an unknown category with 422 and stores nothing", async () => {
    const refused = await refusedCase(BUDI);
    const before = await counts();
    const response = await lodge({ category: "wrongly-excluded-typo", description: "x", caseId: refused.id });
    expect(response.status).toBe(422);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe("COMPLAINT_CATEGORY_UNKNOWN");
    expect(body.error.issues?.[0]?.path).toBe("body/category");
    expect(await counts()).toEqual(before);
    expect((await caseNow(refused.id)).state).toBe("refused");
  });

  it("refuses a household complaint that names nothing (422), an unknown village (422) and a malformed NIK or KK (400), storing nothing", async () => {
    const before = await counts();
    const cases: Array<[unknown, number, string]> = [
      [{ category: "data-correction", description: "Nama salah ketik." }, 422, "COMPLAINT_LINK_REQUIRED"],
      [{ category: "wrongly-excluded", description: "Tidak terdaftar.", nik: SITI }, 422, "COMPLAINT_VILLAGE_REQUIRED"],
      [{ category: "wrongly-excluded", description: "Tidak terdaftar.", villageCode: "33.99.01.2001" }, 422, "UNKNOWN_VILLAGE"],
      [{ category: "data-correction", description: "Nama salah.", nik: "3314013202900004" }, 400, "NIK_INVALID"],
      [{ category: "data-correction", description: "Nama salah.", kk: "12345" }, 400, "KK_INVALID"],
    ];
    for (const [body, status, code] of cases) {
      const response = await lodge(body);
      expect(response.status, JSON.stringify(body)).toBe(status);
      expect(((await response.json()) as ErrorBody).error.code).toBe(code);
    }
    expect(await counts()).toEqual(before);
  });

  it("answers 404 for an unknown case or another regency's, storing nothing", async () => {
    const theirs = await insertTestCase(database.handle.db, other.id, { state: "refused", nik: WATI });
    const before = await counts();
    for (const caseId of ["00000000-0000-4000-8000-000000000000", theirs.id]) {
      const response = await lodge({ category: "wrongly-excluded", description: "Ditolak.", caseId });
      expect(response.status).toBe(404);
    }
    expect(await counts()).toEqual(before);
    const theirsNow = await withTenant(database.handle.db, other.id, (tx) => findCase(tx, other.id, theirs.id));
    expect(theirsNow?.state).toBe("refused");
  });

  it("refuses to resolve without a resolution (422) or with a stale ETag (409), then resolves with history", async () => {
    const complaint = await lodged({ category: "data-correction", description: "Alamat salah.", nik: RINI });
    const { etag } = await detail(complaint.id);
    expect(etag).toBe('"p1"');
    const beforeCounts = await counts();

    for (const body of [{}, { resolution: "   " }]) {
      const response = await post(tenant.slug, `/complaints/${complaint.id}/resolve`, desk, body);
      expect(response.status).toBe(422);
      expect(((await response.json()) as ErrorBody).error.code).toBe("RESOLUTION_REQUIRED");
    }
    const stale = await post(tenant.slug, `/complaints/${complaint.id}/resolve`, { ...desk, "if-match": '"p0"' }, { resolution: "Diperbaiki." });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as ErrorBody).error.code).toBe("COMPLAINT_CHANGED");
    expect(await counts()).toEqual(beforeCounts);
    expect((await detail(complaint.id)).body).toMatchObject({ status: "open", revision: 1, resolution: null });

    const resolved = await post(tenant.slug, `/complaints/${complaint.id}/resolve`, { ...desk, "if-match": etag ?? "" }, { resolution: "Alamat diperbaiki di basis data." });
    expect(resolved.status).toBe(200);
    expect(resolved.headers.get("etag")).toBe('"p2"');
    const body = (await resolved.json()) as ComplaintDetail;
    expect(body).toMatchObject({ status: "resolved", resolution: "Alamat diperbaiki di basis data.", revision: 2 });
    expect(body.history.at(-1)).toMatchObject({ action: "resolve", from: "open", to: "resolved" });

    const again = await post(tenant.slug, `/complaints/${complaint.id}/resolve`, desk, { resolution: "Lagi." });
    expect(again.status).toBe(409);
    expect(((await again.json()) as ErrorBody).error.code).toBe("COMPLAINT_RESOLVED");
  });

  it("assigns only to a member of the regency who handles complaints there (422 otherwise, nothing changed)", async () => {
    const complaint = await lodged({ category: "refused", description: "Penolakan tidak dijelaskan.", caseId: (await refusedCase(WATI)).id });
    const before = await counts();
    // Another regency's desk officer; a verifier (no complaint:handle); another kecamatan's officer; nobody.
    for (const assigneeUserId of [otherDeskUserId, verifierUserId, plupuhUserId, "00000000-0000-4000-8000-000000000000"]) {
      const response = await post(tenant.slug, `/complaints/${complaint.id}/assign`, desk, { assigneeUserId });
      expect(response.status, assigneeUserId).toBe(422);
      expect(((await response.json()) as ErrorBody).error.code).toBe("ASSIGNEE_NOT_ELIGIBLE");
    }
    expect(await counts()).toEqual(before);
    expect((await detail(complaint.id)).body).toMatchObject({ assigneeUserId: null, status: "open", revision: 1 });

    const assigned = await post(tenant.slug, `/complaints/${complaint.id}/assign`, desk, { assigneeUserId: kalijambeUserId, note: "Kecamatan yang menangani." });
    expect(assigned.status).toBe(200);
    expect((await assigned.json()) as ComplaintDetail).toMatchObject({ assigneeUserId: kalijambeUserId, status: "in-progress", revision: 2 });
    expect((await list(`assignee=${kalijambeUserId}`, kalijambe)).map((c) => c.id)).toEqual([complaint.id]);

    const noted = await post(tenant.slug, `/complaints/${complaint.id}/notes`, kalijambe, { note: "Pelapor dihubungi." });
    expect(noted.status).toBe(200);
    const history = ((await noted.json()) as ComplaintDetail).history;
    expect(history.map((h) => h.action)).toEqual(["lodge", "assign", "note"]);
    expect(history[1]).toMatchObject({ from: null, to: kalijambeUserId, note: "Kecamatan yang menangani." });
  });

  it("lists a complaint as overdue once the clock passes its category's dueDays, and no longer once resolved", async () => {
    const days = dueDays["data-correction"];
    expect(days).toBeGreaterThan(0);
    const start = new Date("2026-03-02T02:00:00.000Z");
    server.clock.set(start);
    const complaint = await lodged({ category: "data-correction", description: "Tanggal lahir salah.", villageCode: "33.14.01.2003" });
    expect(complaint.dueAt).toBe(new Date(start.getTime() + (days as number) * 86_400_000).toISOString());
    expect(complaint.overdue).toBe(false);
    expect((await list("overdue=true")).map((c) => c.id)).not.toContain(complaint.id);

    server.clock.advanceDays(days as number);
    server.clock.advanceMinutes(1);
    const overdue = await list("overdue=true");
    expect(overdue.map((c) => c.id)).toContain(complaint.id);
    expect(overdue.find((c) => c.id === complaint.id)?.overdue).toBe(true);
    expect((await list("overdue=false")).map((c) => c.id)).not.toContain(complaint.id);
    expect((await list("overdue=true&category=service-quality")).map((c) => c.id)).not.toContain(complaint.id);

    await post(tenant.slug, `/complaints/${complaint.id}/resolve`, desk, { resolution: "Diperbaiki." });
    expect((await list("overdue=true")).map((c) => c.id)).not.toContain(complaint.id);
    expect((await list("status=resolved")).map((c) => c.id)).toContain(complaint.id);
  });

  it("shows the NIK and KK masked in lists and details, never in clear (nor in the audit trail)", async () => {
    const complaint = await lodged({ category: "data-correction", description: "Salah NIK anggota.", nik: BUDI, kk: KK });
    expect(complaint.links).toMatchObject({ nikMasked: "3314xxxxxxxxxxxx", kkMasked: "3314xxxxxxxxxxxx" });
    const listed = await api(`/api/t/${tenant.slug}/complaints?category=data-correction`, { headers: desk });
    const text = await listed.text();
    expect(text).toContain(complaint.id);
    expect(text).toContain("3314xxxxxxxxxxxx");
    expect(text).not.toContain(BUDI);
    expect(text).not.toContain(KK);
    const one = await (await api(`/api/t/${tenant.slug}/complaints/${complaint.id}`, { headers: desk })).text();
    expect(one).not.toContain(BUDI);
    const audit = await withTenant(database.handle.db, tenant.id, (tx) => listAuditEvents(tx, tenant.id, { action: "complaint.lodge", limit: 500 }));
    expect(audit.events.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit.events)).not.toContain(BUDI);
  });

  it("refuses a role without complaint:handle (a field verifier) with 403 on every route", async () => {
    const complaint = await lodged({ category: "other", description: "Lainnya." });
    const before = await counts();
    const responses = await Promise.all([
      lodge({ category: "other", description: "x" }, field),
      api(`/api/t/${tenant.slug}/complaints`, { headers: field }),
      api(`/api/t/${tenant.slug}/complaints/${complaint.id}`, { headers: field }),
      post(tenant.slug, `/complaints/${complaint.id}/assign`, field, { assigneeUserId: deskUserId }),
      post(tenant.slug, `/complaints/${complaint.id}/resolve`, field, { resolution: "x" }),
      post(tenant.slug, `/complaints/${complaint.id}/notes`, field, { note: "x" }),
    ]);
    expect(responses.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403]);
    expect(await counts()).toEqual(before);
  });

  it("hides a complaint from a sub-district officer of another kecamatan (404 on every route, absent from lists)", async () => {
    const complaint = await lodged({ category: "wrongly-excluded", description: "Ditolak.", caseId: (await refusedCase(RINI)).id }, kalijambe);
    const before = await counts();
    const responses = await Promise.all([
      api(`/api/t/${tenant.slug}/complaints/${complaint.id}`, { headers: plupuh }),
      post(tenant.slug, `/complaints/${complaint.id}/assign`, plupuh, { assigneeUserId: plupuhUserId }),
      post(tenant.slug, `/complaints/${complaint.id}/resolve`, plupuh, { resolution: "x" }),
      post(tenant.slug, `/complaints/${complaint.id}/notes`, plupuh, { note: "x" }),
    ]);
    expect(responses.map((r) => r.status)).toEqual([404, 404, 404, 404]);
    expect((await list("", plupuh)).map((c) => c.id)).not.toContain(complaint.id);
    // Lodging about the other kecamatan's case, or a village there, is refused too.
    const caseThere = await lodge({ category: "refused", description: "x", caseId: complaint.links.caseId }, plupuh);
    expect(caseThere.status).toBe(404);
    const villageThere = await lodge({ category: "data-correction", description: "x", villageCode: "33.14.01.2001" }, plupuh);
    expect(villageThere.status).toBe(422);
    expect(((await villageThere.json()) as ErrorBody).error.code).toBe("UNKNOWN_VILLAGE");
    const nowhere = await lodge({ category: "service-quality", description: "Antrean panjang." }, plupuh);
    expect(nowhere.status).toBe(422);
    expect(((await nowhere.json()) as ErrorBody).error.code).toBe("COMPLAINT_OUTSIDE_REACH");
    expect(await counts()).toEqual(before);
  });

  it("answers 404 to another regency on every route", async () => {
    const complaint = await lodged({ category: "other", description: "Lainnya." });
    const before = await counts();
    // Another regency's officer on this regency's URLs…
    const foreign = await Promise.all([
      lodge({ category: "other", description: "x" }, otherDesk),
      api(`/api/t/${tenant.slug}/complaints`, { headers: otherDesk }),
      api(`/api/t/${tenant.slug}/complaints/${complaint.id}`, { headers: otherDesk }),
      post(tenant.slug, `/complaints/${complaint.id}/assign`, otherDesk, { assigneeUserId: otherDeskUserId }),
      post(tenant.slug, `/complaints/${complaint.id}/resolve`, otherDesk, { resolution: "x" }),
      post(tenant.slug, `/complaints/${complaint.id}/notes`, otherDesk, { note: "x" }),
    ]);
    expect(foreign.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404]);
    // …and on its own regency's URLs with this regency's complaint id.
    const own = await Promise.all([
      api(`/api/t/${other.slug}/complaints/${complaint.id}`, { headers: otherDesk }),
      post(other.slug, `/complaints/${complaint.id}/assign`, otherDesk, { assigneeUserId: otherDeskUserId }),
      post(other.slug, `/complaints/${complaint.id}/resolve`, otherDesk, { resolution: "x" }),
      post(other.slug, `/complaints/${complaint.id}/notes`, otherDesk, { note: "x" }),
    ]);
    expect(own.map((r) => r.status)).toEqual([404, 404, 404, 404]);
    const theirList = (await (await api(`/api/t/${other.slug}/complaints`, { headers: otherDesk })).json()) as { complaints: ComplaintBody[] };
    expect(theirList.complaints.map((c) => c.id)).not.toContain(complaint.id);
    expect(await counts()).toEqual(before);
    expect((await detail(complaint.id)).body).toMatchObject({ status: "open", revision: 1 });
  });
});
