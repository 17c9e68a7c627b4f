import type { RegencyConfig } from "@satu-atap/config";
import { listSurveysOfCase, openTasksOfCase, withTenant, type Tenant } from "@satu-atap/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDrivers, type TestDatabase } from "./support/databases.ts";
import { answersWithSigns, createProcedureRegency, householdFacts, narrativesFor, officer, postCase, registration, testNik } from "./support/procedure.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

type Headers = Record<string, string>;
interface ErrorBody {
  error: { code: string; messages: { id: string; en: string }; issues?: { path: string; message: string }[] };
}

describe.each(testDrivers)("field survey over HTTP on %s", (driver) => {
  let database: TestDatabase;
  let server: TestServer;
  let tenant: Tenant;
  let config: RegencyConfig;
  let other: Tenant;
  let desk: Headers;
  let verifier: Headers;
  let farVerifier: Headers;
  let otherVerifier: Headers;
  let nextNik = 300;

  const api = (path: string, init: RequestInit = {}, slug = tenant.slug) => fetch(`${server.baseUrl}/api/t/${slug}${path}`, init);
  const json = (headers: Headers, body: unknown, method = "POST"): RequestInit => ({
    method,
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  /** Registers an applicant not on any list in village 33.14.01.2001: the case waits for the field survey. */
  const registerForSurvey = async (facts = householdFacts()): Promise<{ id: string; etag: string }> => {
    const nik = testNik(nextNik++);
    const response = await postCase(server.baseUrl, tenant.slug, desk, registration(nik, { documents: ["ktp", "kk", "village-cover-letter"], facts }));
    const body = (await response.json()) as { id: string; state: string };
    expect(response.status).toBe(201);
    expect(body.state).toBe("surveying");
    return { id: body.id, etag: response.headers.get("etag") ?? "" };
  };
  const survey = (id: string, body: unknown, headers = verifier, slug = tenant.slug) => api(`/cases/${id}/survey`, json(headers, body), slug);
  const surveysOf = (id: string) => withTenant(database.handle.db, tenant.id, (tx) => listSurveysOfCase(tx, tenant.id, id));
  const caseOf = async (id: string) => (await (await api(`/cases/${id}`, { headers: desk })).json()) as { state: string; revision: number };

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const db = database.handle.db;
    ({ tenant, config } = await createProcedureRegency(db));
    ({ tenant: other } = await createProcedureRegency(db));
    desk = (await officer(db, tenant.id, "desk-officer")).headers;
    verifier = (await officer(db, tenant.id, "field-verifier", { areaCodes: ["33.14.01.2001"] })).headers;
    farVerifier = (await officer(db, tenant.id, "field-verifier", { areaCodes: ["33.14.02.2001"] })).headers;
    otherVerifier = (await officer(db, other.id, "field-verifier", { areaCodes: ["33.14.01.2001"] })).headers;
    server = await startTestServer(db);
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("generates the form from the published criteria, with the configuration version and the facts known", async () => {
    const { id } = await registerForSurvey();
    const response = await api(`/cases/${id}/survey-form`, { headers: verifier });
    expect(response.status).toBe(200);
    const form = (await response.json()) as {
      configVersion: number;
      criteria: { id: string; answer: { type: string; unit?: unknown; min?: number; max?: number; options?: { id: string }[] }; narrative: { required: boolean } }[];
      facts: { household: Record<string, unknown> };
      override: { allowed: boolean; minJustificationLength: number };
    };
    expect(form.configVersion).toBe(1);
    expect(form.criteria.map((c) => c.id)).toEqual(config.survey.criteria.map((c) => c.id));
    const floor = form.criteria.find((c) => c.id === "floor_area_per_person");
    expect(floor?.answer).toMatchObject({ type: "number", unit: { id: "m² per orang", en: "m² per person" }, min: 0, max: 1000 });
    expect(form.criteria.find((c) => c.id === "floor_type")?.answer.options?.map((o) => o.id)).toContain("earth");
    expect(form.criteria.find((c) => c.id === "can_afford_puskesmas")?.answer.type).toBe("yes-no");
    expect(form.criteria.every((c) => c.narrative.required)).toBe(true);
    expect(form.facts.household).toMatchObject({ inReferenceList: false, villageCode: "33.14.01.2001", hasNationalHealthInsurance: false });
    expect(form.override).toEqual({ allowed: true, minJustificationLength: 50 });
  });

  it("scores a near-poor household, keeps the config version and narratives, closes the task and moves the case to deciding", async () => {
    const { id } = await registerForSurvey();
    const response = await survey(id, { answers: answersWithSigns(7), narratives: narrativesFor(config) });
    expect(response.status).toBe(201);
    expect(response.headers.get("etag")).toBe('"c3"');
    const body = (await response.json()) as { survey: Record<string, unknown>; case: { state: string } };
    expect(body.case.state).toBe("deciding");
    expect(body.survey).toMatchObject({ configVersion: 1, score: 7, computedCategory: "near-poor", finalCategory: "near-poor", override: null });
    expect((body.survey["narratives"] as { overall: string }).overall).toContain("buruh tani");
    expect(await withTenant(database.handle.db, tenant.id, (tx) => openTasksOfCase(tx, tenant.id, id))).toEqual([]);
    const history = (await (await api(`/cases/${id}`, { headers: desk })).json()) as { history?: { action: string; data: Record<string, unknown> | null }[] };
    const step = history.history?.find((e) => e.action === "submit-survey");
    expect(step?.data).toMatchObject({ computedCategory: "near-poor", finalCategory: "near-poor", overridden: false });
  });

  it("refuses answers that do not fit the criteria with JSON-pointer paths (400), storing nothing", async () => {
    const { id } = await registerForSurvey();
    const answers = { ...answersWithSigns(7), floor_type: "marble", meals_per_day: "two" };
    const response = await survey(id, { answers, narratives: narrativesFor(config) });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(body.error.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(["/answers/floor_type", "/answers/meals_per_day"]));
    expect(await surveysOf(id)).toEqual([]);
    expect((await caseOf(id)).state).toBe("surveying");
  });

  it("refuses an override without a written justification (422 at /override/justification), storing nothing", async () => {
    const { id } = await registerForSurvey();
    for (const justification of ["", "terlalu singkat"]) {
      const response = await survey(id, { answers: answersWithSigns(2), narratives: narrativesFor(config), override: { category: "near-poor", justification } });
      expect(response.status).toBe(422);
      const body = (await response.json()) as ErrorBody;
      expect(body.error.code).toBe("OVERRIDE_JUSTIFICATION_REQUIRED");
      expect(body.error.issues?.[0]?.path).toBe("/override/justification");
      expect(body.error.messages.id).toContain("alasan tertulis");
    }
    const unknown = await survey(id, {
      answers: answersWithSigns(2),
      narratives: narrativesFor(config),
      override: { category: "rather-poor", justification: "x".repeat(80) },
    });
    expect(unknown.status).toBe(422);
    expect(((await unknown.json()) as ErrorBody).error.code).toBe("OVERRIDE_CATEGORY_UNKNOWN");
    expect(await surveysOf(id)).toEqual([]);
    expect((await caseOf(id)).state).toBe("surveying");
  });

  it("keeps a justified override and uses it as the final category", async () => {
    const { id } = await registerForSurvey();
    const justification = "Kepala keluarga baru saja kehilangan pekerjaan tetap; penghasilan bulan ini jauh di bawah yang tercatat.";
    const response = await survey(id, { answers: answersWithSigns(2), narratives: narrativesFor(config), override: { category: "near-poor", justification } });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { survey: Record<string, unknown> };
    expect(body.survey).toMatchObject({ computedCategory: "not-poor", finalCategory: "near-poor", override: { category: "near-poor", justification } });
    const [stored] = await surveysOf(id);
    expect(stored).toMatchObject({ computedCategory: "not-poor", overrideCategory: "near-poor", overrideJustification: justification, finalCategory: "near-poor" });
  });

  it("answers 404 to a verifier whose areas do not cover the village, and in another regency, changing nothing", async () => {
    const { id } = await registerForSurvey();
    const body = { answers: answersWithSigns(7), narratives: narrativesFor(config) };
    const far = await survey(id, body, farVerifier);
    expect(far.status).toBe(404);
    expect((await api(`/cases/${id}/survey-form`, { headers: farVerifier })).status).toBe(404);
    const elsewhere = await survey(id, body, otherVerifier, other.slug);
    expect(elsewhere.status).toBe(404);
    expect(await surveysOf(id)).toEqual([]);
    expect((await caseOf(id)).state).toBe("surveying");
  });

  it("lets only field verifiers submit (a desk officer → 403)", async () => {
    const { id } = await registerForSurvey();
    const response = await survey(id, { answers: answersWithSigns(7), narratives: narrativesFor(config) }, desk);
    expect(response.status).toBe(403);
    expect(await surveysOf(id)).toEqual([]);
  });

  it("refuses a survey of a case already deciding (409 listing the allowed actions)", async () => {
    const { id } = await registerForSurvey();
    const body = { answers: answersWithSigns(7), narratives: narrativesFor(config) };
    expect((await survey(id, body)).status).toBe(201);
    const again = await survey(id, body);
    expect(again.status).toBe(409);
    const error = (await again.json()) as ErrorBody;
    expect(error.error.code).toBe("TRANSITION_NOT_ALLOWED");
    expect(error.error.messages.en).toContain("decide");
    expect(await surveysOf(id)).toHaveLength(1);
  });
});
