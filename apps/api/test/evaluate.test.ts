import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { RegencyConfig } from "@satu-atap/config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantsDir } from "../src/paths.ts";
import { createRegency } from "../src/services/regencies.ts";
import { seedTemplatesIfEmpty } from "../src/services/seed.ts";
import { createTestDatabase, testDrivers, type TestDatabase } from "./support/databases.ts";
import { templateConfig, uniqueSlug } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";
import { findTenantBySlug, addMembership } from "@satu-atap/db";
import { bearer, createTestUser, sessionToken } from "./support/auth.ts";

interface TestHousehold {
  id: string;
  decisionDate: string;
  household: { members?: unknown[] } & Record<string, unknown>;
  applicantIndex?: number;
  holds: Record<string, string | null>;
  answers: Record<string, unknown>;
  expected: { category: string; tiers: Record<string, string | null>; eligibleServices: string[] };
}

interface Evaluation {
  configuration: { source: string; version?: number; revision?: number };
  evaluation: {
    score: number;
    category: { id: string };
    criteria: Array<{ id: string; met: boolean; condition: { id: string; en: string } | null; contribution: number }>;
    programmes: Array<{ id: string; tier: { id: string } | null; tiers: Array<{ id: string; qualifies: boolean }> }>;
    eligibleServices: string[];
  };
}

describe.each(testDrivers)("POST /api/t/{tenant}/evaluate on %s", (driver) => {
  let database: TestDatabase;
  let server: TestServer;
  let households: TestHousehold[];
  let strictSlug: string;
  let adminToken: string;
  let deskToken: string;

  // A district admin of both regencies may evaluate against published versions and the draft.
  const post = (path: string, body: unknown, token = adminToken) =>
    fetch(`${server.baseUrl}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...bearer(token) },
      body: JSON.stringify(body),
    });
  const requestOf = (h: TestHousehold) => ({
    answers: h.answers,
    household: h.household,
    // The shipped examples name their applicant by position among the members.
    ...(h.applicantIndex !== undefined ? { applicant: h.household.members?.[h.applicantIndex] } : {}),
    holds: h.holds,
    decisionDate: h.decisionDate,
  });

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedTemplatesIfEmpty({ ctx: { db: database.handle.db }, input: { tenantsDir } });
    households = JSON.parse(await readFile(join(tenantsDir, "sragen", "testHouseholds.json"), "utf8")) as TestHousehold[];

    // A second regency whose classification is stricter: nobody is "very poor" below 19 signs.
    const config: RegencyConfig = structuredClone(await templateConfig());
    config.meta.name = { id: "Kabupaten Ketat", en: "Strict Regency" };
    config.survey.classification.rule = JSON.parse(JSON.stringify(config.survey.classification.rule).replace(/13/g, "19"));
    strictSlug = uniqueSlug();
    await createRegency({ ctx: { db: database.handle.db }, input: { slug: strictSlug, config, isTemplate: false, actor: "test", note: "strict" } });

    const db = database.handle.db;
    const sragen = await findTenantBySlug(db, "sragen");
    const strict = await findTenantBySlug(db, strictSlug);
    if (!sragen || !strict) throw new Error("regencies missing");
    const admin = await createTestUser(db, "district-admin", sragen.id);
    await addMembership(db, { userId: admin.id, tenantId: strict.id, role: "district-admin" });
    adminToken = await sessionToken(db, admin.id);
    deskToken = await sessionToken(db, (await createTestUser(db, "desk-officer", sragen.id)).id);

    server = await startTestServer(database.handle.db);
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("gives every shipped test household its expected category, tiers and services, with the version used", async () => {
    expect(households.length).toBeGreaterThan(0);
    for (const household of households) {
      const response = await post("/api/t/sragen/evaluate", requestOf(household));
      expect(response.status, household.id).toBe(200);
      const { configuration, evaluation } = (await response.json()) as Evaluation;
      expect(configuration).toMatchObject({ source: "published", version: 1 });
      expect(evaluation.category.id, household.id).toBe(household.expected.category);
      for (const [programme, tier] of Object.entries(household.expected.tiers)) {
        expect(evaluation.programmes.find((p) => p.id === programme)?.tier?.id ?? null, `${household.id} ${programme}`).toBe(tier);
      }
      expect([...evaluation.eligibleServices].sort(), household.id).toEqual([...household.expected.eligibleServices].sort());
    }
  });

  it("explains each criterion in both languages and the contributions add up to the score", async () => {
    const household = households[0];
    if (!household) throw new Error("no test household");
    const { evaluation } = (await (await post("/api/t/sragen/evaluate", requestOf(household))).json()) as Evaluation;
    expect(evaluation.criteria).toHaveLength(20);
    const floor = evaluation.criteria.find((c) => c.id === "floor_area_per_person");
    expect(floor?.condition?.id).toMatch(/kurang dari 8/);
    expect(floor?.condition?.en).toMatch(/less than 8/);
    expect(evaluation.criteria.reduce((sum, c) => sum + c.contribution, 0)).toBe(evaluation.score);
  });

  it("uses each regency's own rules", async () => {
    const veryPoor = households.find((h) => h.expected.category === "very-poor");
    if (!veryPoor) throw new Error("no very poor test household");
    const response = await post(`/api/t/${strictSlug}/evaluate`, requestOf(veryPoor));
    expect(response.status).toBe(200);
    const { evaluation } = (await response.json()) as Evaluation;
    expect(evaluation.category.id).not.toBe("very-poor");
  });

  it("refuses invalid answers with every problem listed, by path", async () => {
    const household = households[0];
    if (!household) throw new Error("no test household");
    const answers = { ...household.answers, floor_area_per_person: "wide", floor_type: "marble", no_such_criterion: 1 };
    delete (answers as Record<string, unknown>).toilet;
    const response = await post("/api/t/sragen/evaluate", { ...requestOf(household), answers, decisionDate: "2026-02-30" });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; issues: Array<{ path: string }> } };
    expect(body.error.code).toBe("VALIDATION_FAILED");
    const paths = body.error.issues.map((issue) => issue.path);
    for (const path of [
      "body/answers/floor_area_per_person",
      "body/answers/floor_type",
      "body/answers/no_such_criterion",
      "body/answers/toilet",
      "body/decisionDate",
    ]) {
      expect(paths).toContain(path);
    }
  });

  it("refuses a body that is not JSON", async () => {
    const response = await fetch(`${server.baseUrl}/api/t/sragen/evaluate`, {
      method: "POST",
      headers: { "content-type": "application/json", ...bearer(adminToken) },
      body: "{ not json",
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toMatch(/BAD_REQUEST|VALIDATION_FAILED/);
  });

  it("previews the draft and names its revision", async () => {
    const household = households[0];
    if (!household) throw new Error("no test household");
    const response = await post("/api/t/sragen/evaluate?config=draft", requestOf(household));
    expect(response.status).toBe(200);
    const { configuration } = (await response.json()) as Evaluation;
    expect(configuration).toEqual({ source: "draft", revision: 1 });
  });

  it("lets a desk officer evaluate against the published rules but not try the draft", async () => {
    const household = households[0];
    if (!household) throw new Error("no test household");
    expect((await post("/api/t/sragen/evaluate", requestOf(household), deskToken)).status).toBe(200);
    const draft = await post("/api/t/sragen/evaluate?config=draft", requestOf(household), deskToken);
    expect(draft.status).toBe(403);
    expect(((await draft.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
  });

  it("answers an unknown regency or version with 404", async () => {
    const household = households[0];
    if (!household) throw new Error("no test household");
    expect((await post("/api/t/atlantis/evaluate", requestOf(household))).status).toBe(404);
    expect((await post("/api/t/sragen/evaluate?version=42", requestOf(household))).status).toBe(404);
  });

  it("is documented in the OpenAPI document with examples", async () => {
    const doc = (await (await fetch(`${server.baseUrl}/openapi.json`)).json()) as {
      paths: Record<string, { post?: { requestBody?: unknown } }>;
      components: { schemas: Record<string, { example?: unknown }> };
    };
    expect(doc.paths["/api/t/{tenant}/evaluate"]?.post?.requestBody).toBeDefined();
    expect(doc.components.schemas.EvaluateRequest?.example).toBeDefined();
    expect(doc.components.schemas.EvaluateResponse?.example).toBeDefined();
  });
});
