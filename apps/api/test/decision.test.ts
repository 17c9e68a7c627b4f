import type { RegencyConfig } from "@satu-atap/config";
import { listDecisionsOfCase, withTenant, type Tenant } from "@satu-atap/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDrivers, type TestDatabase } from "./support/databases.ts";
import {
  answersWithSigns,
  createProcedureRegency,
  householdFacts,
  importReferenceList,
  narrativesFor,
  officer,
  postCase,
  registration,
  testNik,
} from "./support/procedure.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

type Headers = Record<string, string>;
interface ErrorBody {
  error: { code: string; messages: { id: string; en: string }; issues?: { path: string; message: string }[] };
}
interface DecisionBody {
  decision: { id: string; kind: string; level: string; outcome: string; tiers: Record<string, string | null>; reason: Record<string, unknown> | null; note: string | null };
  case: { state: string; decisionLevel: string; revision: number };
  outputs: unknown[];
}
interface Reason {
  summary: { id: string; en: string };
  failedRule: { id: string; en: string } | null;
  category: { id: string; source: string };
  score: number;
  classification: { description: { id: string; en: string } };
  criteria: { id: string; met: boolean; condition: { id: string; en: string } | null; valueText: { id: string; en: string } }[];
  programme: { tiers: { id: string; qualifies: boolean; condition: { en: string } }[] } | null;
}

const DOCUMENTS = ["ktp", "kk", "village-cover-letter"];

describe.each(testDrivers)("decisions and proposals over HTTP on %s", (driver) => {
  let database: TestDatabase;
  let server: TestServer;
  let tenant: Tenant;
  let config: RegencyConfig;
  let other: Tenant;
  let desk: Headers;
  let desk2: Headers;
  let kecamatan: Headers;
  let verifier: Headers;
  let admin: Headers;
  let otherDesk: Headers;
  let nextNik = 500;

  const api = (path: string, init: RequestInit = {}, slug = tenant.slug) => fetch(`${server.baseUrl}/api/t/${slug}${path}`, init);
  const post = (path: string, headers: Headers, body: unknown, extra: Headers = {}, slug = tenant.slug) =>
    api(path, { method: "POST", headers: { ...headers, ...extra, "content-type": "application/json" }, body: JSON.stringify(body) }, slug);
  /** Registers (as `by`) and surveys an applicant not on any list; the case is `deciding`. */
  const surveyed = async (signs: number, by = desk, options: { facts?: ReturnType<typeof householdFacts>; documents?: string[] } = {}) => {
    const nik = testNik(nextNik++);
    const registered = await postCase(server.baseUrl, tenant.slug, by, registration(nik, { documents: options.documents ?? DOCUMENTS, facts: options.facts ?? householdFacts() }));
    const { id } = (await registered.json()) as { id: string };
    expect(registered.status).toBe(201);
    const response = await post(`/cases/${id}/survey`, verifier, { answers: answersWithSigns(signs), narratives: narrativesFor(config) });
    expect(response.status).toBe(201);
    return { id, etag: response.headers.get("etag") ?? "" };
  };
  const decide = (id: string, headers: Headers, body: unknown = { action: "decide" }, extra: Headers = {}) => post(`/cases/${id}/decision`, headers, body, extra);
  const decisionsOf = (id: string) => withTenant(database.handle.db, tenant.id, (tx) => listDecisionsOfCase(tx, tenant.id, id));
  const stateOf = async (id: string) => ((await (await api(`/cases/${id}`, { headers: desk })).json()) as { state: string; decisionLevel: string; revision: number });

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const db = database.handle.db;
    ({ tenant, config } = await createProcedureRegency(db));
    ({ tenant: other } = await createProcedureRegency(db));
    desk = (await officer(db, tenant.id, "desk-officer")).headers;
    desk2 = (await officer(db, tenant.id, "desk-officer")).headers;
    kecamatan = (await officer(db, tenant.id, "subdistrict-officer", { subdistrictCode: "33.14.01" })).headers;
    verifier = (await officer(db, tenant.id, "field-verifier", { areaCodes: ["33.14.01"] })).headers;
    admin = (await officer(db, tenant.id, "district-admin")).headers;
    otherDesk = (await officer(db, other.id, "desk-officer")).headers;
    server = await startTestServer(db);
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("approves a surveyed near-poor household with Saraswati Menur at the regency desk", async () => {
    const { id, etag } = await surveyed(7);
    const response = await decide(id, desk, { action: "decide", note: "Sesuai hasil survei." }, { "if-match": etag });
    expect(response.status).toBe(200);
    const body = (await response.json()) as DecisionBody;
    expect(body.decision).toMatchObject({ kind: "decision", level: "regency", outcome: "approved", note: "Sesuai hasil survei." });
    expect(body.decision.tiers["saraswati"]).toBe("menur");
    expect(body.case.state).toBe("approved");
    expect(response.headers.get("etag")).toBe(`"c${body.case.revision}"`);
    expect(Array.isArray(body.outputs)).toBe(true);
    const read = (await (await api(`/cases/${id}`, { headers: desk })).json()) as { decisions: { outcome: string }[]; surveys: { finalCategory: string }[] };
    expect(read.decisions.map((d) => d.outcome)).toEqual(["approved"]);
    expect(read.surveys.map((s) => s.finalCategory)).toEqual(["near-poor"]);
  });

  it("refuses with the criterion-by-criterion trace as the reason", async () => {
    // Not poor, and insured elsewhere: no Saraswati tier qualifies (Kenanga needs no other insurance).
    const { id } = await surveyed(2, desk, { facts: householdFacts({ hasOtherHealthInsurance: true }) });
    const response = await decide(id, desk);
    expect(response.status).toBe(200);
    const body = (await response.json()) as DecisionBody;
    expect(body.decision.outcome).toBe("refused");
    expect(body.case.state).toBe("refused");
    const reason = body.decision.reason as unknown as Reason;
    expect(reason.category).toMatchObject({ id: "not-poor", source: "survey" });
    expect(reason.score).toBe(2);
    expect(reason.classification.description.en).toContain("Score 13 or more: very poor");
    expect(reason.classification.description.id).toContain("Skor 13 ke atas");
    expect(reason.criteria).toHaveLength(20);
    const floor = reason.criteria.find((c) => c.id === "floor_area_per_person");
    expect(floor).toMatchObject({ met: true, condition: { en: "Floor area per person is less than 8" } });
    expect(reason.criteria.find((c) => c.id === "toilet")).toMatchObject({ met: false });
    expect(reason.criteria.filter((c) => c.met).map((c) => c.id)).toEqual(["floor_area_per_person", "floor_type"]);
    expect(reason.programme?.tiers.map((t) => [t.id, t.qualifies])).toEqual([
      ["melati", false],
      ["menur", false],
      ["kenanga", false],
    ]);
    expect(reason.failedRule?.en).toContain("No Saraswati tier qualifies");
    expect(reason.summary.id).toContain("tidak memenuhi syarat");
    expect(reason.summary.en).toContain("score 2");
    const history = (await (await api(`/cases/${id}/decisions`, { headers: desk })).json()) as { decisions: { outcome: string; reason: Reason }[] };
    expect(history.decisions[0]?.reason.criteria).toHaveLength(20);
  });

  it("decides with a verifier's justified override instead of the computed category", async () => {
    const nik = testNik(nextNik++);
    const registered = await postCase(server.baseUrl, tenant.slug, desk, registration(nik, { documents: DOCUMENTS, facts: householdFacts() }));
    const { id } = (await registered.json()) as { id: string };
    const justification = "Kepala keluarga sakit berat sejak bulan lalu dan tidak dapat bekerja; penghasilan keluarga praktis hilang.";
    const surveyResponse = await post(`/cases/${id}/survey`, verifier, {
      answers: answersWithSigns(2),
      narratives: narrativesFor(config),
      override: { category: "near-poor", justification },
    });
    expect(surveyResponse.status).toBe(201);
    const body = (await (await decide(id, desk)).json()) as DecisionBody;
    expect(body.decision).toMatchObject({ outcome: "approved", tiers: { saraswati: "menur" } });
    expect((body.decision.reason as unknown as Reason).category).toMatchObject({ id: "near-poor", source: "override", classified: { id: "not-poor" } });
  });

  it("decides on the fast path with the list's category mapped in configuration", async () => {
    const nik = testNik(nextNik++);
    await importReferenceList(server.baseUrl, tenant.slug, admin, { source: "TNP2K", year: 2015, people: [{ nik, name: "Siti Aminah", villageCode: "33.14.01.2001", category: "Desil 1" }] });
    const registered = await postCase(server.baseUrl, tenant.slug, desk, registration(nik, { documents: DOCUMENTS, facts: householdFacts() }));
    const { id, state } = (await registered.json()) as { id: string; state: string };
    expect(state).toBe("deciding");
    const body = (await (await decide(id, desk)).json()) as DecisionBody;
    expect(body.decision).toMatchObject({ outcome: "approved", tiers: { saraswati: "melati" } });
    expect((body.decision.reason as unknown as Reason).category).toMatchObject({ id: "very-poor", source: "reference-list" });
  });

  it("makes a sub-district officer's Melati a proposal, which the regency approves", async () => {
    const { id } = await surveyed(15, kecamatan);
    const proposed = await decide(id, kecamatan);
    expect(proposed.status).toBe(200);
    const body = (await proposed.json()) as DecisionBody;
    expect(body.decision).toMatchObject({ kind: "proposal", level: "subdistrict", outcome: "proposed", tiers: { saraswati: "melati" } });
    expect(body.case.state).toBe("proposed");

    const pending = (await (await api("/proposals", { headers: desk })).json()) as { proposals: { case: { id: string; applicantNik: string }; proposal: { id: string } }[] };
    const mine = pending.proposals.find((p) => p.case.id === id);
    expect(mine?.proposal.id).toBe(body.decision.id);
    expect(mine?.case.applicantNik).toMatch(/^3314x{12}$/);
    // The kecamatan does not issue Melati: nothing waits for it, and it cannot approve its own proposal.
    const forKecamatan = (await (await api("/proposals", { headers: kecamatan })).json()) as { proposals: unknown[] };
    expect(forKecamatan.proposals).toEqual([]);
    const selfApproval = await post(`/cases/${id}/proposal/approve`, kecamatan, {});
    expect(selfApproval.status).toBe(403);
    expect(((await selfApproval.json()) as ErrorBody).error.code).toBe("LEVEL_NOT_ALLOWED");
    expect((await stateOf(id)).state).toBe("proposed");

    const approved = await post(`/cases/${id}/proposal/approve`, desk, { note: "Disetujui." });
    expect(approved.status).toBe(200);
    const review = (await approved.json()) as DecisionBody;
    expect(review.decision).toMatchObject({ kind: "proposal-approved", level: "regency", outcome: "approved", tiers: { saraswati: "melati" } });
    expect(review.case.state).toBe("approved");
    const rows = await decisionsOf(id);
    expect(rows.map((r) => r.kind)).toEqual(["proposal", "proposal-approved"]);
    expect(rows[1]?.reviewsDecisionId).toBe(rows[0]?.id);
  });

  it("returns a proposal with a note to the proposing level (and needs the note)", async () => {
    const { id } = await surveyed(15, kecamatan);
    expect((await decide(id, kecamatan)).status).toBe(200);
    const withoutNote = await post(`/cases/${id}/proposal/return`, desk, { note: "  " });
    expect(withoutNote.status).toBe(400);
    expect((await stateOf(id)).state).toBe("proposed");
    const returned = await post(`/cases/${id}/proposal/return`, desk2, { note: "Foto rumah belum dilampirkan." });
    expect(returned.status).toBe(200);
    const body = (await returned.json()) as DecisionBody;
    expect(body.decision).toMatchObject({ kind: "proposal-returned", outcome: "returned", note: "Foto rumah belum dilampirkan." });
    expect(body.case).toMatchObject({ state: "deciding", decisionLevel: "subdistrict" });
  });

  it("lets a sub-district officer approve Kenanga directly (its own level issues it)", async () => {
    const { id } = await surveyed(2, kecamatan);
    const response = await decide(id, kecamatan);
    expect(response.status).toBe(200);
    const body = (await response.json()) as DecisionBody;
    expect(body.decision).toMatchObject({ kind: "decision", level: "subdistrict", outcome: "approved", tiers: { saraswati: "kenanga" } });
    expect(body.case.state).toBe("approved");
  });

  it("refers a case up: the regency decides it, the kecamatan no longer may", async () => {
    const { id } = await surveyed(15, kecamatan);
    const referred = await decide(id, kecamatan, { action: "refer-up", note: "Kasus khusus." });
    expect(referred.status).toBe(200);
    const body = (await referred.json()) as DecisionBody;
    expect(body.decision).toMatchObject({ kind: "referral", outcome: "referred" });
    expect(body.case).toMatchObject({ state: "deciding", decisionLevel: "regency" });
    const blocked = await decide(id, kecamatan);
    expect(blocked.status).toBe(403);
    expect(((await blocked.json()) as ErrorBody).error.code).toBe("LEVEL_NOT_ALLOWED");
    const atRegency = (await (await decide(id, desk)).json()) as DecisionBody;
    expect(atRegency.decision).toMatchObject({ level: "regency", outcome: "approved" });
  });

  it("refuses a decision while required documents are missing (422 listing them), changing nothing", async () => {
    const { id } = await surveyed(7, desk, { documents: ["ktp", "kk"] });
    const before = await stateOf(id);
    const response = await decide(id, desk);
    expect(response.status).toBe(422);
    const error = (await response.json()) as ErrorBody;
    expect(error.error.code).toBe("DOCUMENTS_INCOMPLETE");
    expect(error.error.issues?.map((i) => i.path)).toEqual(["/documents/village-cover-letter"]);
    expect(await stateOf(id)).toEqual(before);
    expect(await decisionsOf(id)).toEqual([]);
  });

  it("refuses a role without case:decide (403) and another regency (404), changing nothing", async () => {
    const { id } = await surveyed(7);
    expect((await decide(id, verifier)).status).toBe(403);
    expect((await decide(id, admin)).status).toBe(403);
    expect((await post(`/cases/${id}/decision`, otherDesk, { action: "decide" }, {}, other.slug)).status).toBe(404);
    expect((await api(`/cases/${id}/decisions`, { headers: otherDesk }, other.slug)).status).toBe(404);
    expect((await stateOf(id)).state).toBe("deciding");
    expect(await decisionsOf(id)).toEqual([]);
  });

  it("lets one of two officers deciding at once win; the other gets 409", async () => {
    const { id, etag } = await surveyed(7);
    const [first, second] = await Promise.all([decide(id, desk, undefined, { "if-match": etag }), decide(id, desk2, undefined, { "if-match": etag })]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const loser = first.status === 409 ? first : second;
    expect(["CASE_CHANGED", "TRANSITION_NOT_ALLOWED"]).toContain(((await loser.json()) as ErrorBody).error.code);
    expect(await decisionsOf(id)).toHaveLength(1);
  });

  it("refuses a second decision on a decided case (409 listing the allowed actions)", async () => {
    const { id } = await surveyed(7);
    expect((await decide(id, desk)).status).toBe(200);
    const again = await decide(id, desk);
    expect(again.status).toBe(409);
    expect(((await again.json()) as ErrorBody).error.code).toBe("TRANSITION_NOT_ALLOWED");
  });
});
