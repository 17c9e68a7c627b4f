import { findTenantBySlug, getDraft, listAreas, listAuditEvents, withTenant, type Tenant } from "@satu-atap/db";
import { describe, expect, it } from "vitest";
import { bearer, createTestUser, sessionToken } from "./support/auth.ts";
import { testDrivers } from "./support/databases.ts";
import { uniqueSlug } from "./support/factories.ts";
import { storySetup } from "./support/story-setup.ts";
import { type Draft, type Problem } from "./support/replication.ts";

interface ErrorBody { error: { code: string; issues?: Array<{ path: string; message: string }> } }

// Wonogiri (33.12): its own sub-districts replace the template's.
const WONOGIRI_CSV = [
  "code,name,parent",
  "33.12.01,Pracimantoro,33.12",
  "33.12.01.2001,Gebangharjo,33.12.01",
  "33.12.01.2002,\"Joho, Lor\",33.12.01",
  "33.12.02,Paranggupito,",
  "33.12.02.2001,Gunturharjo,33.12.02",
].join("\n");

describe.each(testDrivers)("replicating a regency over HTTP on %s", (driver) => {
  const { story, api, cloneSragen, readDraft, acceptOutcomes, patchDraft: patch, uploadAreasCsv } = storySetup(driver);

  const uploadCsv = (slug: string, headers: Record<string, string>, csv = WONOGIRI_CSV) => uploadAreasCsv(slug, headers, csv);

  // Outside a request the regency's rows are behind row-level security: read them in its scope.
  const areasOf = (tenant: Tenant) => withTenant(story.database.handle.db, tenant.id, (tx) => listAreas(tx, tenant.id));
  const draftOf = (tenant: Tenant) => withTenant(story.database.handle.db, tenant.id, (tx) => getDraft(tx, tenant.id));
  /** Points the template's test households at a village of the new regency (they named Sragen's). */
  const villageFixes = (problems: Problem[]) =>
    problems.filter((p) => p.path.endsWith("/villageCode")).map((p) => ({ op: "replace", path: p.path, value: "33.12.01.2001" }));

  const errorOf = async (response: Response) => ((await response.json()) as ErrorBody).error;

  it("clones Sragen, uploads areas, edits the draft with If-Match, publishes, lists versions and rolls back", async () => {
    const { slug, tenant, admin, body } = await cloneSragen();
    const sragen = await findTenantBySlug(story.database.handle.db, "sragen");
    expect(body.tenant).toMatchObject({ slug, name: "Kabupaten Wonogiri", regencyCode: "3312", status: "onboarding", isTemplate: false, clonedFrom: { tenant: "sragen", version: 1 } });
    expect(tenant).toMatchObject({ clonedFromTenantId: sragen?.id, clonedFromVersion: 1 });
    // The template's sub-districts do not belong to 33.12: saved, but listed as problems.
    expect(body.draft.problems.map((p) => p.code)).toContain("area_code_mismatch");
    expect((await api(`/api/t/${slug}/config/versions`, { headers: admin }).then((r) => r.json())) as unknown).toEqual({ versions: [] });

    const uploaded = await uploadCsv(slug, admin);
    expect(uploaded.status).toBe(200);
    expect(await uploaded.json()).toMatchObject({ subdistricts: 2, villages: 3 });
    expect((await areasOf(tenant)).map((a) => a.code)).toEqual(["33.12", "33.12.01", "33.12.01.2001", "33.12.01.2002", "33.12.02", "33.12.02.2001"]);

    const { etag, draft } = await readDraft(slug, admin);
    expect(etag).toBe(`"r${draft.revision}"`);
    // Only the template's test households still name Sragen's villages.
    expect(draft.problems.length).toBeGreaterThan(0);
    expect(draft.problems.every((p) => p.path.startsWith("/testHouseholds/") && p.code === "unknown_reference")).toBe(true);
    const criterion = draft.content.survey.criteria[0];
    const serviceIndex = draft.content.services.findIndex((s) => s.validity !== undefined);
    expect(criterion).toBeDefined();
    expect(serviceIndex).toBeGreaterThanOrEqual(0);

    const patched = await patch(slug, admin, etag, [
      { op: "test", path: "/survey/criteria/0/id", value: criterion?.id },
      { op: "replace", path: "/survey/criteria/0/weight", value: 3 },
      { op: "replace", path: `/services/${serviceIndex}/validity/days`, value: 180 },
      ...villageFixes(draft.problems),
    ]);
    expect(patched.status).toBe(200);
    const newEtag = patched.headers.get("etag");
    expect(newEtag).toBe(`"r${draft.revision + 1}"`);
    const after = (await patched.json()) as Draft;
    expect(after.content.survey.criteria[0]?.weight).toBe(3);
    expect(after.content.services[serviceIndex]?.validity?.days).toBe(180);
    expect(after.problems).toEqual([]);

    // The first ETag is stale now: another admin's write is never silently overwritten.
    const stale = await patch(slug, admin, etag, [{ op: "replace", path: "/survey/criteria/0/weight", value: 5 }]);
    expect(stale.status).toBe(412);
    expect((await errorOf(stale)).code).toBe("PRECONDITION_FAILED");

    // An invalid patch saves nothing.
    const invalid = await patch(slug, admin, newEtag ?? "", [{ op: "replace", path: "/survey/criteria/0/weight", value: "heavy" }]);
    expect(invalid.status).toBe(400);
    expect((await errorOf(invalid)).issues?.[0]?.path).toBe("draft/survey/criteria/0/weight");
    expect((await readDraft(slug, admin)).etag).toBe(newEtag);

    // The heavier criterion moves some test households across a threshold, so their expectations
    // no longer hold and publish would refuse: the admin takes the new results as expected.
    const { etag: checkedEtag } = await acceptOutcomes(slug, admin);
    const published = await api(`/api/t/${slug}/config/publish`, { method: "POST", headers: { ...admin, "if-match": checkedEtag }, body: { note: "Wonogiri goes live" } });
    expect(published.status).toBe(201);
    const v1 = (await published.json()) as { version: number; contentHash: string };
    expect(v1.version).toBe(1);
    expect((await findTenantBySlug(story.database.handle.db, slug))?.status).toBe("active");

    const versions = (await (await api(`/api/t/${slug}/config/versions`, { headers: admin })).json()) as { versions: Array<{ version: number; note: string; contentHash: string }> };
    expect(versions.versions).toEqual([expect.objectContaining({ version: 1, note: "Wonogiri goes live", contentHash: v1.contentHash })]);
    const inForce = (await (await api(`/api/t/${slug}/config`, { headers: admin })).json()) as { config: Draft["content"] };
    expect(inForce.config.survey.criteria[0]?.weight).toBe(3);

    // A second version, then back to the first: a new version with the first one's content.
    const { etag: etag2 } = await readDraft(slug, admin);
    expect((await patch(slug, admin, etag2, [{ op: "replace", path: "/survey/criteria/0/weight", value: 4 }])).status).toBe(200);
    const { etag: etag3 } = await readDraft(slug, admin);
    expect((await api(`/api/t/${slug}/config/publish`, { method: "POST", headers: { ...admin, "if-match": etag3 }, body: { note: "heavier floor" } })).status).toBe(201);
    const rolledBack = await api(`/api/t/${slug}/config/rollback`, { method: "POST", headers: admin, body: { version: 1, note: "back to v1" } });
    expect(rolledBack.status).toBe(201);
    expect(await rolledBack.json()).toMatchObject({ version: 3, contentHash: v1.contentHash, note: "back to v1" });
    const current = (await (await api(`/api/t/${slug}/config`, { headers: admin })).json()) as { version: number; config: Draft["content"] };
    expect(current.version).toBe(3);
    expect(current.config.survey.criteria[0]?.weight).toBe(3);

    // Every step is in the new regency's audit trail, drafts with hashes (not documents).
    const events = await listAuditEvents(story.database.handle.db, tenant.id, { limit: 100 });
    const actions = events.events.map((e) => e.action);
    for (const action of ["tenant.clone", "areas.replace", "config.draft_patch", "config.publish", "config.rollback"]) expect(actions).toContain(action);
    const patchEvent = events.events.find((e) => e.action === "config.draft_patch");
    expect(patchEvent?.before).toMatchObject({ contentHash: expect.stringMatching(/^sha256:/) });
    expect(events.events.find((e) => e.action === "areas.replace")).toMatchObject({ before: { subdistricts: 20 }, after: { subdistricts: 2, villages: 3 } });

    // Isolation: another regency's admin sees nothing of it; the province admin reads it.
    expect((await api(`/api/t/${slug}/config/draft`, { headers: story.otherAdmin })).status).toBe(404);
    expect((await api(`/api/t/${slug}/config/draft`, { headers: story.province })).status).toBe(200);
    expect((await api(`/api/t/${story.other.slug}/config/draft`, { headers: admin })).status).toBe(404);
  });

  describe("clone refusals", () => {
    const create = (headers: Record<string, string>, body: unknown) => api("/api/tenants", { method: "POST", headers, body });

    it("refuses a taken slug with 409", async () => {
      const response = await create(story.province, { slug: story.other.slug, name: "X", regencyCode: "3312", cloneFrom: { tenant: "sragen" } });
      expect(response.status).toBe(409);
      expect((await errorOf(response)).code).toBe("CONFLICT");
    });

    it("refuses a malformed slug with 400 and its path", async () => {
      const response = await create(story.province, { slug: "Bad Slug", name: "X", regencyCode: "3312", cloneFrom: { tenant: "sragen" } });
      expect(response.status).toBe(400);
      expect((await errorOf(response)).issues?.map((i) => i.path)).toEqual(["body/slug"]);
    });

    it("refuses a malformed regency code with 400 at body/regencyCode and creates nothing", async () => {
      for (const regencyCode of ["33.12", "331", "33120", "abcd"]) {
        const slug = uniqueSlug();
        const response = await create(story.province, { slug, name: "X", regencyCode, cloneFrom: { tenant: "sragen" } });
        expect(response.status, regencyCode).toBe(400);
        const error = await errorOf(response);
        expect(error.code).toBe("VALIDATION_FAILED");
        expect(error.issues?.map((i) => i.path)).toEqual(["body/regencyCode"]);
        expect(await findTenantBySlug(story.database.handle.db, slug)).toBeUndefined();
      }
    });

    it("answers an unknown template or version with 404", async () => {
      const unknown = await create(story.province, { slug: uniqueSlug(), name: "X", regencyCode: "3312", cloneFrom: { tenant: "atlantis" } });
      expect(unknown.status).toBe(404);
      expect((await errorOf(unknown)).code).toBe("TENANT_NOT_FOUND");
      const version = await create(story.province, { slug: uniqueSlug(), name: "X", regencyCode: "3312", cloneFrom: { tenant: "sragen", version: 99 } });
      expect(version.status).toBe(404);
      expect((await errorOf(version)).code).toBe("VERSION_NOT_FOUND");
    });

    it("refuses a regency that is not a template (400)", async () => {
      const response = await create(story.province, { slug: uniqueSlug(), name: "X", regencyCode: "3312", cloneFrom: { tenant: story.other.slug } });
      expect(response.status).toBe(400);
      expect((await errorOf(response)).issues?.[0]?.path).toBe("body/cloneFrom/tenant");
    });

    it("is province-level: a district admin gets 403 and nothing is created", async () => {
      const slug = uniqueSlug();
      const response = await create(story.otherAdmin, { slug, name: "X", regencyCode: "3312", cloneFrom: { tenant: "sragen" } });
      expect(response.status).toBe(403);
      expect(await findTenantBySlug(story.database.handle.db, slug)).toBeUndefined();
    });
  });

  describe("templates", () => {
    it("marks only a published regency as a template, which can then be cloned", async () => {
      const { slug } = await cloneSragen();
      const unpublished = await api(`/api/t/${slug}`, { method: "PATCH", headers: story.province, body: { isTemplate: true } });
      expect(unpublished.status).toBe(409);

      const marked = await api(`/api/t/${story.other.slug}`, { method: "PATCH", headers: story.province, body: { isTemplate: true } });
      expect(marked.status).toBe(200);
      expect(await marked.json()).toMatchObject({ tenant: { slug: story.other.slug, isTemplate: true } });
      const clone = await api("/api/tenants", { method: "POST", headers: story.province, body: { slug: uniqueSlug(), name: "Y", regencyCode: "3313", cloneFrom: { tenant: story.other.slug } } });
      expect(clone.status).toBe(201);
      expect(await clone.json()).toMatchObject({ tenant: { clonedFrom: { tenant: story.other.slug, version: 1 } } });
      await api(`/api/t/${story.other.slug}`, { method: "PATCH", headers: story.province, body: { isTemplate: false } });
    });

    it("refuses a district admin (403)", async () => {
      expect((await api(`/api/t/${story.other.slug}`, { method: "PATCH", headers: story.otherAdmin, body: { isTemplate: true } })).status).toBe(403);
    });
  });

  describe("area upload refusals", () => {
    it("lists every problem of a JSON upload and changes nothing", async () => {
      const { slug, tenant, admin } = await cloneSragen();
      const before = await draftOf(tenant);
      const response = await api(`/api/t/${slug}/areas`, {
        method: "PUT",
        headers: admin,
        body: {
          subdistricts: [
            { code: "33.14.01", name: "Wrong regency", villages: [] },
            { code: "33.12.01", name: "Ok", villages: [{ code: "33.12.02.2001", name: "Wrong parent" }, { code: "3312012002", name: "Bad format" }] },
            { code: "33.12.01", name: "Duplicate", villages: [] },
          ],
        },
      });
      expect(response.status).toBe(400);
      expect((await errorOf(response)).issues?.map((i) => i.path)).toEqual([
        "body/subdistricts/0/code",
        "body/subdistricts/1/villages/0/code",
        "body/subdistricts/1/villages/1/code",
        "body/subdistricts/2/code",
      ]);
      expect((await draftOf(tenant))?.revision).toBe(before?.revision);
      expect(await areasOf(tenant)).toEqual([]);
    });

    it("refuses a CSV village whose parent is not in the file, and a wrong header", async () => {
      const { slug, admin } = await cloneSragen();
      const orphan = await uploadCsv(slug, admin, "code,name,parent\n33.12.01,A,33.12\n33.12.09.2001,B,33.12.09\n");
      expect(orphan.status).toBe(400);
      expect((await errorOf(orphan)).issues).toEqual([expect.objectContaining({ path: "body/3/parent" })]);
      const header = await uploadCsv(slug, admin, "kode,nama\n33.12.01,A\n");
      expect(header.status).toBe(400);
    });

    it("replaces all or nothing: a CSV with one bad line keeps the earlier upload and the draft as they were", async () => {
      const { slug, tenant, admin } = await cloneSragen();
      expect((await uploadCsv(slug, admin)).status).toBe(200);
      const before = { areas: await areasOf(tenant), revision: (await draftOf(tenant))?.revision };
      // Lines 2, 3 and 5 are fine; line 4's village code is malformed.
      const response = await uploadCsv(slug, admin, "code,name,parent\n33.12.01,Pracimantoro,33.12\n33.12.01.2001,Gebangharjo,33.12.01\n33.12.01.20X2,Joho,33.12.01\n33.12.03,Giritontro,33.12\n");
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(error.code).toBe("VALIDATION_FAILED");
      expect(error.issues?.map((i) => i.path)).toEqual(["body/4/code"]);
      expect(await areasOf(tenant)).toEqual(before.areas);
      expect((await draftOf(tenant))?.revision).toBe(before.revision);
    });

    it("refuses other media types (415) and a desk officer (403)", async () => {
      const { slug, tenant, admin } = await cloneSragen();
      expect((await api(`/api/t/${slug}/areas`, { method: "PUT", headers: admin, raw: "x", type: "text/plain" })).status).toBe(415);
      const desk = bearer(await sessionToken(story.database.handle.db, (await createTestUser(story.database.handle.db, "desk-officer", tenant.id)).id));
      expect((await uploadCsv(slug, desk)).status).toBe(403);
    });
  });

  describe("draft refusals", () => {
    it("requires If-Match on PUT and PATCH (428)", async () => {
      const { slug, admin } = await cloneSragen();
      const { draft } = await readDraft(slug, admin);
      const put = await api(`/api/t/${slug}/config/draft`, { method: "PUT", headers: admin, body: draft.content });
      expect(put.status).toBe(428);
      expect((await errorOf(put)).code).toBe("PRECONDITION_REQUIRED");
      expect((await patch(slug, admin, undefined, [{ op: "remove", path: "/survey/criteria/0/narrative" }])).status).toBe(428);
    });

    it("refuses a PUT not shaped like a configuration (400) and saves nothing", async () => {
      const { slug, admin } = await cloneSragen();
      const { etag, draft } = await readDraft(slug, admin);
      const response = await api(`/api/t/${slug}/config/draft`, { method: "PUT", headers: { ...admin, "if-match": etag }, body: { ...draft.content, surprise: true } });
      expect(response.status).toBe(400);
      expect((await errorOf(response)).issues?.map((i) => i.path)).toEqual(["body/surprise"]);
      expect((await readDraft(slug, admin)).etag).toBe(etag);
    });

    it("refuses a body that is not JSON (400)", async () => {
      const { slug, admin } = await cloneSragen();
      const { etag } = await readDraft(slug, admin);
      const response = await api(`/api/t/${slug}/config/draft`, { method: "PUT", headers: { ...admin, "if-match": etag }, raw: "{not json" });
      expect(response.status).toBe(400);
      expect((await readDraft(slug, admin)).etag).toBe(etag);
    });

    it("refuses a patch operation that cannot apply (400 at its index) and saves nothing", async () => {
      const { slug, admin } = await cloneSragen();
      const { etag } = await readDraft(slug, admin);
      const response = await patch(slug, admin, etag, [{ op: "replace", path: "/survey/criteria/0/weight", value: 1 }, { op: "remove", path: "/nowhere" }]);
      expect(response.status).toBe(400);
      expect((await errorOf(response)).issues?.[0]?.path).toBe("body/1");
      expect((await patch(slug, admin, etag, [{ op: "jump", path: "/" }])).status).toBe(400);
      expect((await readDraft(slug, admin)).etag).toBe(etag);
    });

    it("refuses a patch whose result is not shaped like a configuration (400 at draft/<pointer>) and saves nothing", async () => {
      const { slug, admin } = await cloneSragen();
      const { etag } = await readDraft(slug, admin);
      const response = await patch(slug, admin, etag, [
        { op: "replace", path: "/survey/criteria/0/weight", value: "heavy" },
        { op: "add", path: "/surprise", value: true },
      ]);
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(error.code).toBe("VALIDATION_FAILED");
      expect(error.issues?.map((i) => i.path).sort()).toEqual(["draft/surprise", "draft/survey/criteria/0/weight"]);
      expect(error.issues?.find((i) => i.path === "draft/survey/criteria/0/weight")?.message).toBe("Expected number, received string");
      expect((await readDraft(slug, admin)).etag).toBe(etag);
    });

    it("answers a stale PATCH with 412 and saves nothing", async () => {
      const { slug, admin } = await cloneSragen();
      const { etag } = await readDraft(slug, admin);
      expect((await patch(slug, admin, etag, [{ op: "replace", path: "/survey/criteria/0/weight", value: 2 }])).status).toBe(200);
      const { etag: current } = await readDraft(slug, admin);
      const stale = await patch(slug, admin, etag, [{ op: "replace", path: "/survey/criteria/0/weight", value: 5 }]);
      expect(stale.status).toBe(412);
      expect((await errorOf(stale)).code).toBe("PRECONDITION_FAILED");
      const { etag: after, draft } = await readDraft(slug, admin);
      expect(after).toBe(current);
      expect(draft.content.survey.criteria[0]?.weight).toBe(2);
    });

    it("saves a well-formed draft with broken references and lists them", async () => {
      const { slug, admin } = await cloneSragen();
      await uploadCsv(slug, admin);
      const { etag, draft } = await readDraft(slug, admin);
      const content = structuredClone(draft.content) as Draft["content"] & { services: Array<Record<string, unknown>> };
      const first = content.services[0];
      if (first) first.desk = "no-such-desk";
      const response = await api(`/api/t/${slug}/config/draft`, { method: "PUT", headers: { ...admin, "if-match": etag }, body: content });
      expect(response.status).toBe(200);
      const saved = (await response.json()) as Draft;
      expect(saved.revision).toBe(draft.revision + 1);
      expect(saved.problems).toContainEqual(expect.objectContaining({ path: "/services/0/desk", code: "unknown_reference" }));
    });

    it("answers a stale PUT with 412", async () => {
      const { slug, admin } = await cloneSragen();
      const { etag, draft } = await readDraft(slug, admin);
      const put = (tag: string) => api(`/api/t/${slug}/config/draft`, { method: "PUT", headers: { ...admin, "if-match": tag }, body: draft.content });
      expect((await put(etag)).status).toBe(200);
      expect((await put(etag)).status).toBe(412);
    });

    it("keeps the draft from a desk officer (403) and another regency's admin (404)", async () => {
      const { slug, tenant } = await cloneSragen();
      const desk = bearer(await sessionToken(story.database.handle.db, (await createTestUser(story.database.handle.db, "desk-officer", tenant.id)).id));
      expect((await api(`/api/t/${slug}/config/draft`, { headers: desk })).status).toBe(403);
      expect((await api(`/api/t/${slug}/config/draft`, { headers: story.otherAdmin })).status).toBe(404);
    });
  });

  describe("publish refusals", () => {
    it("refuses while problems remain (422, every problem listed) and publishes nothing", async () => {
      const { slug, admin } = await cloneSragen();
      const { etag } = await readDraft(slug, admin);
      const response = await api(`/api/t/${slug}/config/publish`, { method: "POST", headers: { ...admin, "if-match": etag }, body: { note: "too early" } });
      expect(response.status).toBe(422);
      const error = await errorOf(response);
      expect(error.code).toBe("INVALID_CONFIGURATION");
      expect(error.issues?.some((i) => i.path.startsWith("draft/areas/"))).toBe(true);
      expect(await (await api(`/api/t/${slug}/config/versions`, { headers: admin })).json()).toEqual({ versions: [] });
    });

    it("needs If-Match (428) and a current one (412)", async () => {
      const { slug, admin } = await cloneSragen();
      await uploadCsv(slug, admin);
      expect((await api(`/api/t/${slug}/config/publish`, { method: "POST", headers: admin, body: { note: "n" } })).status).toBe(428);
      expect((await api(`/api/t/${slug}/config/publish`, { method: "POST", headers: { ...admin, "if-match": '"r1"' }, body: { note: "n" } })).status).toBe(412);
    });

    it("refuses a past effective date (400)", async () => {
      const { slug, admin } = await cloneSragen();
      await uploadCsv(slug, admin);
      const { etag } = await readDraft(slug, admin);
      const response = await api(`/api/t/${slug}/config/publish`, { method: "POST", headers: { ...admin, "if-match": etag }, body: { note: "n", effectiveFrom: "2020-01-01" } });
      expect(response.status).toBe(400);
    });

    it("refuses a desk officer (403) and rolls back only to a version that exists (404)", async () => {
      const { slug, tenant, admin } = await cloneSragen();
      const desk = bearer(await sessionToken(story.database.handle.db, (await createTestUser(story.database.handle.db, "desk-officer", tenant.id)).id));
      const { etag } = await readDraft(slug, admin);
      expect((await api(`/api/t/${slug}/config/publish`, { method: "POST", headers: { ...desk, "if-match": etag }, body: { note: "n" } })).status).toBe(403);
      const rollback = await api(`/api/t/${slug}/config/rollback`, { method: "POST", headers: admin, body: { version: 1, note: "n" } });
      expect(rollback.status).toBe(404);
      expect((await errorOf(rollback)).code).toBe("VERSION_NOT_FOUND");
    });
  });
});
