import { findTenantBySlug, listAuditEvents } from "@satu-atap/db";
import { describe, expect, it } from "vitest";
import { bearer, createTestUser, sessionToken } from "./support/auth.ts";
import { testDrivers } from "./support/databases.ts";
import { storySetup } from "./support/story-setup.ts";
import { WONOGIRI_CSV } from "./support/replication.ts";

interface ErrorBody { error: { code: string; message: string; issues?: Array<{ path: string; message: string }> } }

// Scores 12 in the template (poor; 13 is very poor) and shows the floor-type sign.
const BOUNDARY_HOUSEHOLD = "tukiyem-sumberlawang";
const FLOOR_TYPE = "floor_type";

describe.each(testDrivers)("test households and publish acknowledgement over HTTP on %s", (driver) => {
  const { story, api, cloneSragen, readDraft, editDraft: patch, readyClone, checkDraft } = storySetup(driver);
  const errorOf = async (response: Response) => ((await response.json()) as ErrorBody).error;

  const publish = async (slug: string, headers: Record<string, string>, body: Record<string, unknown>) => {
    const { etag } = await readDraft(slug, headers);
    return api(`/api/t/${slug}/config/publish`, { method: "POST", headers: { ...headers, "if-match": etag }, body: { note: "publish", ...body } });
  };
  const versionsOf = async (slug: string, headers: Record<string, string>) =>
    ((await (await api(`/api/t/${slug}/config/versions`, { headers })).json()) as { versions: Array<{ version: number }> }).versions.map((v) => v.version);


  /** Raises the floor-type weight to 2: the household scoring 12 (poor) now scores 13 (very poor). */
  const raiseFloorType = async (slug: string, headers: Record<string, string>) => {
    const { draft } = await readDraft(slug, headers);
    const criterion = draft.content.survey.criteria.findIndex((c) => c.id === FLOOR_TYPE);
    await patch(slug, headers, [{ op: "replace", path: `/survey/criteria/${criterion}/weight`, value: 2 }]);
  };

  /** A published clone whose draft moves the boundary household, with its expectation updated: it passes but changed. */
  const changedClone = async () => {
    const clone = await readyClone();
    expect((await publish(clone.slug, clone.admin, { note: "Wonogiri goes live" })).status).toBe(201);
    await raiseFloorType(clone.slug, clone.admin);
    const index = (await checkDraft(clone.slug, clone.admin)).report.households.findIndex((h) => h.id === BOUNDARY_HOUSEHOLD);
    await patch(clone.slug, clone.admin, [{ op: "replace", path: `/testHouseholds/${index}/expected/category`, value: "very-poor" }]);
    const { etag, report } = await checkDraft(clone.slug, clone.admin);
    expect(report.summary).toMatchObject({ failed: 0, changed: 1 });
    const publishWith = (body: Record<string, unknown>) =>
      api(`/api/t/${clone.slug}/config/publish`, { method: "POST", headers: { ...clone.admin, "if-match": etag }, body: { note: "heavier floor type", ...body } });
    return { ...clone, index, publishWith };
  };

  it("Sragen's draft: all 12 households pass and none changed from the version in force", async () => {
    const { etag, report } = await checkDraft("sragen", story.sragenAdmin);
    expect(report.summary).toEqual({ total: 12, passed: 12, failed: 0, changed: 0, new: 0 });
    expect(report.comparedWith).toMatchObject({ version: 1, contentHash: expect.stringMatching(/^sha256:/) });
    expect(etag).toBe(`"r${report.draft.revision}"`);
    expect(report.removed).toEqual([]);
    const first = report.households[0];
    expect(first).toMatchObject({ index: 0, status: "pass", differences: {}, problems: [], new: false, changed: false, changes: {} });
    expect(first?.actual).toEqual(first?.published);
  });

  it("an unmodified clone: all 12 pass, and all are new since nothing is published", async () => {
    const { slug, admin } = await cloneSragen();
    const { report } = await checkDraft(slug, admin);
    expect(report.comparedWith).toBeNull();
    expect(report.summary).toEqual({ total: 12, passed: 12, failed: 0, changed: 0, new: 12 });
    expect(report.households.every((h) => h.new && !h.changed && h.published === null)).toBe(true);
  });

  it("a weight change moves a boundary household: it fails, then passes once expected but is changed; publish needs it acknowledged", async () => {
    const { slug, tenant, admin } = await readyClone();
    expect((await publish(slug, admin, { note: "Wonogiri goes live" })).status).toBe(201);
    expect((await checkDraft(slug, admin)).report).toMatchObject({ comparedWith: { version: 1 }, summary: { total: 12, passed: 12, changed: 0, new: 0 } });

    // The district admin gives the floor-type sign weight 2: the household scoring 12 now scores 13.
    await raiseFloorType(slug, admin);

    const failing = (await checkDraft(slug, admin)).report;
    expect(failing.summary).toEqual({ total: 12, passed: 11, failed: 1, changed: 1, new: 0 });
    const moved = failing.households.find((h) => h.id === BOUNDARY_HOUSEHOLD);
    expect(moved).toMatchObject({
      status: "fail",
      differences: { category: { expected: "poor", actual: "very-poor" } },
      changed: true,
      changes: { category: { published: "poor", draft: "very-poor" } },
      published: { category: "poor" },
      actual: { category: "very-poor" },
    });
    const index = moved?.index ?? -1;

    // Failing households keep it from being published.
    const refused = await publish(slug, admin, { note: "heavier floor type" });
    expect(refused.status).toBe(422);
    const refusal = await errorOf(refused);
    expect(refusal.code).toBe("TEST_HOUSEHOLDS_FAILED");
    expect(refusal.issues).toEqual([{ path: `draft/testHouseholds/${index}`, message: expect.stringContaining(`${BOUNDARY_HOUSEHOLD}: category expected poor, got very-poor`) }]);
    expect(await versionsOf(slug, admin)).toEqual([1]);

    // The admin agrees: the household is very poor now. It passes, but its outcome changed.
    await patch(slug, admin, [{ op: "replace", path: `/testHouseholds/${index}/expected/category`, value: "very-poor" }]);
    const { etag, report } = await checkDraft(slug, admin);
    expect(report.summary).toEqual({ total: 12, passed: 12, failed: 0, changed: 1, new: 0 });
    expect(report.households[index]).toMatchObject({ id: BOUNDARY_HOUSEHOLD, status: "pass", changed: true });

    const publishWith = (body: Record<string, unknown>) =>
      api(`/api/t/${slug}/config/publish`, { method: "POST", headers: { ...admin, "if-match": etag }, body: { note: "heavier floor type", ...body } });

    // Without acknowledgement: refused, nothing published (each refusal has its own test below).
    const unacknowledged = await publishWith({});
    expect(unacknowledged.status).toBe(409);
    expect((await errorOf(unacknowledged)).code).toBe("OUTCOMES_CHANGED_UNACKNOWLEDGED");
    expect(await versionsOf(slug, admin)).toEqual([1]);

    // Acknowledged: published, and the audit trail says what was accepted.
    const accepted = await publishWith({ acknowledge: true, acknowledgedHouseholds: [BOUNDARY_HOUSEHOLD] });
    expect(accepted.status).toBe(201);
    expect(await accepted.json()).toMatchObject({ version: 2, note: "heavier floor type" });
    const events = await listAuditEvents(story.database.handle.db, tenant.id, { action: "config.publish", limit: 10 });
    expect(events.events[0]).toMatchObject({
      target: "config_version:2",
      details: {
        testHouseholds: { total: 12, passed: 12, failed: 0, changed: 1, new: 0, comparedWith: 1 },
        acknowledgedChanges: [
          {
            id: BOUNDARY_HOUSEHOLD,
            published: expect.objectContaining({ category: "poor" }),
            draft: expect.objectContaining({ category: "very-poor" }),
            changes: { category: { published: "poor", draft: "very-poor" } },
          },
        ],
      },
    });

    // Compared with the new version in force, nothing has changed: publishing needs no acknowledgement.
    expect((await checkDraft(slug, admin)).report).toMatchObject({ comparedWith: { version: 2 }, summary: { changed: 0 } });
    expect((await publish(slug, admin, { note: "same outcomes" })).status).toBe(201);
    expect(await versionsOf(slug, admin)).toEqual([3, 2, 1]);
  });

  it("refuses changed outcomes without acknowledgement, or acknowledging others (409), and publishes nothing", async () => {
    const { slug, admin, index, publishWith } = await changedClone();
    for (const body of [{}, { acknowledge: false }, { acknowledge: true }, { acknowledge: true, acknowledgedHouseholds: ["sumarni-jenar"] }]) {
      const response = await publishWith(body);
      expect(response.status).toBe(409);
      const error = await errorOf(response);
      expect(error.code).toBe("OUTCOMES_CHANGED_UNACKNOWLEDGED");
      expect(error.message).toContain(BOUNDARY_HOUSEHOLD);
      expect(error.issues).toEqual([{ path: `draft/testHouseholds/${index}`, message: `${BOUNDARY_HOUSEHOLD}: category poor → very-poor` }]);
    }
    expect(await versionsOf(slug, admin)).toEqual([1]);
  });

  it("refuses an acknowledgement list without acknowledge: true, or naming a household the draft lacks (400)", async () => {
    const { slug, admin, publishWith } = await changedClone();
    const unconfirmed = await publishWith({ acknowledgedHouseholds: [BOUNDARY_HOUSEHOLD] });
    expect(unconfirmed.status).toBe(400);
    expect((await errorOf(unconfirmed)).issues?.map((i) => i.path)).toEqual(["body/acknowledge"]);
    const unknown = await publishWith({ acknowledge: true, acknowledgedHouseholds: [BOUNDARY_HOUSEHOLD, "nobody-here"] });
    expect(unknown.status).toBe(400);
    expect((await errorOf(unknown)).issues?.map((i) => i.path)).toEqual(["body/acknowledgedHouseholds/1"]);
    const empty = await publishWith({ acknowledge: true, acknowledgedHouseholds: [] });
    expect(empty.status).toBe(400);
    expect(await versionsOf(slug, admin)).toEqual([1]);
    // Listing more than the changed households is fine.
    expect((await publishWith({ acknowledge: true, acknowledgedHouseholds: ["sumarni-jenar", BOUNDARY_HOUSEHOLD] })).status).toBe(201);
  });

  it("refuses even the first version while a household fails (422), and publishes nothing", async () => {
    const { slug, admin } = await readyClone();
    await patch(slug, admin, [
      { op: "replace", path: "/testHouseholds/0/expected/category", value: "not-poor" },
      { op: "add", path: "/testHouseholds/0/expected/eligibleServices/-", value: "sangduta" },
    ]);
    const { report } = await checkDraft(slug, admin);
    expect(report.summary).toMatchObject({ failed: 1, new: 12, changed: 0 });
    expect(report.households[0]).toMatchObject({
      status: "fail",
      differences: { category: { actual: "very-poor", expected: "not-poor" }, eligibleServices: { added: [], removed: ["sangduta"] } },
    });
    const response = await publish(slug, admin, { note: "too early" });
    expect(response.status).toBe(422);
    const error = await errorOf(response);
    expect(error.code).toBe("TEST_HOUSEHOLDS_FAILED");
    expect(error.issues?.map((i) => i.path)).toEqual(["draft/testHouseholds/0"]);
    expect(error.issues?.[0]?.message).toContain("no longer eligible for sangduta");
    expect(await versionsOf(slug, admin)).toEqual([]);
    expect((await findTenantBySlug(story.database.handle.db, slug))?.status).toBe("onboarding");
  });

  it("fails a household whose own data has problems, listing them", async () => {
    const { slug, admin } = await cloneSragen();
    // New areas: the template's households still name Sragen's villages.
    expect((await api(`/api/t/${slug}/areas`, { method: "PUT", headers: admin, raw: WONOGIRI_CSV, type: "text/csv" })).status).toBe(200);
    const { report } = await checkDraft(slug, admin);
    expect(report.summary).toMatchObject({ total: 12, failed: 12 });
    expect(report.households[2]).toMatchObject({ status: "fail", differences: {} });
    expect(report.households[2]?.problems).toEqual([expect.objectContaining({ path: "/testHouseholds/2/household/villageCode", code: "unknown_reference" })]);
  });

  it("answers 422 when the draft's rules cannot run, with the problems", async () => {
    const { slug, admin } = await readyClone();
    await patch(slug, admin, [{ op: "replace", path: "/survey/classification/rule", value: { if: [{ ">=": [{ var: "wealth" }, 9] }, "poor", "not-poor"] } }]);
    const response = await api(`/api/t/${slug}/config/draft/check`, { method: "POST", headers: admin });
    expect(response.status).toBe(422);
    const error = await errorOf(response);
    expect(error.code).toBe("INVALID_CONFIGURATION");
    expect(error.issues?.length).toBeGreaterThan(0);
    expect(error.issues?.every((i) => i.path.startsWith("draft/survey/classification/rule"))).toBe(true);
  });

  it("keeps the check from a desk officer (403), another regency's admin (404) and anonymous callers (401)", async () => {
    const { slug, tenant } = await cloneSragen();
    const desk = bearer(await sessionToken(story.database.handle.db, (await createTestUser(story.database.handle.db, "desk-officer", tenant.id)).id));
    const check = (headers: Record<string, string>, target = slug) => api(`/api/t/${target}/config/draft/check`, { method: "POST", headers });
    expect((await check(desk)).status).toBe(403);
    const { otherAdmin } = story;
    const foreign = await check(otherAdmin);
    expect(foreign.status).toBe(404);
    expect((await errorOf(foreign)).code).toBe("TENANT_NOT_FOUND");
    expect((await check({})).status).toBe(401);
    // Its own regency's check works, and the province admin's too.
    expect((await check(otherAdmin, story.other.slug)).status).toBe(200);
    expect((await check(story.province)).status).toBe(200);
  });

  it("is in the OpenAPI document with its permission and an example; publish declares the acknowledgement", async () => {
    const doc = (await (await api("/openapi.json")).json()) as {
      paths: Record<string, Record<string, { "x-permission"?: string; requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown>; example?: unknown } }> } }>>;
      components: { schemas: Record<string, { example?: unknown }> };
    };
    expect(doc.paths["/api/t/{tenant}/config/draft/check"]?.post?.["x-permission"]).toBe("config:edit");
    expect(doc.components.schemas.HouseholdCheckReport?.example).toBeDefined();
    const publishBody = doc.paths["/api/t/{tenant}/config/publish"]?.post?.requestBody?.content["application/json"]?.schema;
    expect(Object.keys(publishBody?.properties ?? {})).toEqual(expect.arrayContaining(["acknowledge", "acknowledgedHouseholds"]));
    expect(publishBody?.example).toMatchObject({ acknowledge: true });
  });
});
