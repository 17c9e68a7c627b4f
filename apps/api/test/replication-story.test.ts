import { findTenantBySlug } from "@satu-atap/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantsDir } from "../src/paths.ts";
import { seedTemplatesIfEmpty } from "../src/services/seed.ts";
import { createTestUser, TEST_PASSWORD } from "./support/auth.ts";
import { createTestDatabase, testDrivers, type TestDatabase } from "./support/databases.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";
import { replicationHelpers, type Draft } from "./support/replication.ts";

interface ErrorBody { error: { code: string; message: string; issues?: Array<{ path: string; message: string }> } }
interface Label { id: string; en: string }
interface Change { path: string; idPath: string; kind: string; before?: unknown; after?: unknown; label: Label }
interface UpstreamEntry { idPath: string; label: Label; status: string; base?: unknown; upstream?: unknown; local?: unknown }
interface Upstream { template: { slug: string; baseVersion: number; upstreamVersion: number }; entries: UpstreamEntry[]; ownLocalChangesOmitted: number }
interface Version { version: number; effectiveFrom: string; contentHash: string; note: string }
interface AuditEvent { action: string; actorUserId: string | null; target: string | null; before: unknown; after: unknown; details: unknown }
interface RegencyOverview {
  slug: string;
  status: string;
  publishedVersion: { version: number } | null;
  template: { slug: string; clonedFromVersion: number | null; syncedVersion: number } | null;
  drift: { paths: number; comparedWith: { template: string; version: number } } | null;
  driftBasis: string | null;
}

// Kabupaten Wonogiri (BPS 33.12): two of its sub-districts and four villages, one name quoted.
const WONOGIRI_AREAS_CSV = [
  "code,name,parent",
  "33.12.01,Pracimantoro,33.12",
  "33.12.01.2001,Gebangharjo,33.12.01",
  "33.12.01.2002,\"Joho, Lor\",33.12.01",
  "33.12.02,Paranggupito,33.12",
  "33.12.02.2001,Gunturharjo,33.12.02",
  "33.12.02.2002,Gudangharjo,33.12.02",
].join("\n");
const WONOGIRI_VILLAGES = ["33.12.01.2001", "33.12.01.2002", "33.12.02.2001", "33.12.02.2002"];

// Facts of Sragen's shipped configuration the story relies on (tenants/sragen): every criterion
// weighs 1; Tukiyem's household scores 12 (poor; 13 is very poor) and shows the floor-type sign,
// so a floor-type weight of 2 makes it very poor; a toilet weight of 2 alone moves no test household.
const FLOOR_TYPE = "floor_type";
const TOILET = "toilet";
const CARE_LETTER = "care-recommendation-letter";
const BOUNDARY_HOUSEHOLD = "tukiyem-sumberlawang";
// Scores 11 with both the floor-type and the toilet sign: very poor once both weigh 2.
const SECOND_BOUNDARY_HOUSEHOLD = "karsono-miri";

describe.each(testDrivers)("the replication story over HTTP on %s", (driver) => {
  let database: TestDatabase;
  let server: TestServer;
  let provinceUserId = "";

  const { api, readDraft, checkDraft, acceptOutcomes, signIn, patchDraft, uploadAreasCsv } = replicationHelpers({
    baseUrl: () => server.baseUrl,
    db: () => database.handle.db,
    // The story signs everyone in itself; cloneSragen (the only user of this) is not used here.
    province: () => ({}),
  });
  const json = async <T>(response: Response, status: number): Promise<T> => {
    expect(response.status, await response.clone().text()).toBe(status);
    return (await response.json()) as T;
  };
  const indexOf = <T extends { id: string }>(items: T[], id: string) => {
    const index = items.findIndex((item) => item.id === id);
    expect(index, id).toBeGreaterThanOrEqual(0);
    return index;
  };
  const overviewOf = async (headers: Record<string, string>, slug: string) => {
    const { regencies } = await json<{ regencies: RegencyOverview[] }>(await api("/api/province/overview", { headers }), 200);
    return regencies.find((regency) => regency.slug === slug);
  };
  const upstreamOf = async (slug: string, headers: Record<string, string>) => {
    const response = await api(`/api/t/${slug}/config/upstream`, { headers });
    return { etag: response.headers.get("etag") ?? "", body: await json<Upstream>(response, 200) };
  };
  const versionsOf = async (slug: string, headers: Record<string, string>) =>
    (await json<{ versions: Version[] }>(await api(`/api/t/${slug}/config/versions`, { headers }), 200)).versions.map((v) => v.version);

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const db = database.handle.db;
    await seedTemplatesIfEmpty({ ctx: { db }, input: { tenantsDir } });
    // The province admin and Sragen's own district admin exist already (made with the CLI in real
    // life); the story signs them in with their passwords. Wonogiri's admin is invited in the story.
    // This database is the story's alone, so fixed slugs and emails are safe.
    const sragen = await findTenantBySlug(db, "sragen");
    if (!sragen) throw new Error("sragen missing");
    provinceUserId = (await createTestUser(db, "province-admin", null, "dewi@jatengprov.go.id")).id;
    await createTestUser(db, "district-admin", sragen.id, "budi@sragenkab.go.id");
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("a province admin clones Sragen as Wonogiri; its district admin adapts, checks and publishes it; it merges a template improvement cleanly and sees a conflict", async () => {
    // ── 1. The province admin signs in and clones Sragen's published configuration as Wonogiri.
    const province = (await signIn("dewi@jatengprov.go.id", TEST_PASSWORD)).headers;
    const cloned = await json<{ tenant: Record<string, unknown>; draft: { revision: number; problems: Array<{ path: string; code: string }> } }>(
      await api("/api/tenants", {
        method: "POST",
        headers: province,
        body: { slug: "wonogiri", name: "Kabupaten Wonogiri", regencyCode: "3312", cloneFrom: { tenant: "sragen" } },
      }),
      201,
    );
    expect(cloned.tenant).toMatchObject({ slug: "wonogiri", regencyCode: "3312", status: "onboarding", isTemplate: false, clonedFrom: { tenant: "sragen", version: 1 } });
    // Sragen's sub-districts came along; they do not belong to 33.12, so the draft says so.
    expect(cloned.draft.problems.map((p) => p.code)).toContain("area_code_mismatch");
    expect(await overviewOf(province, "wonogiri")).toMatchObject({ status: "onboarding", publishedVersion: null, drift: { paths: 0 } });

    // ── 2. It uploads Wonogiri's sub-districts and villages as CSV (all or nothing).
    expect(await json(await uploadAreasCsv("wonogiri", province, WONOGIRI_AREAS_CSV), 200)).toMatchObject({ subdistricts: 2, villages: 4 });

    // ── 3. It invites Wonogiri's first district admin, who signs in with the temporary password.
    const invited = await json<{ accountCreated: boolean; temporaryPassword?: string; user: { id: string } }>(
      await api("/api/t/wonogiri/members", { method: "POST", headers: province, body: { email: "ana@wonogirikab.go.id", name: "Ana Rahmawati", role: "district-admin" } }),
      201,
    );
    expect(invited.accountCreated).toBe(true);
    const ana = await signIn("ana@wonogirikab.go.id", invited.temporaryPassword ?? "");
    expect(ana.identity.memberships).toEqual([expect.objectContaining({ tenant: "wonogiri", role: "district-admin" })]);
    const admin = ana.headers;

    // ── 4. The district admin repoints the test households, which still name Sragen's villages.
    const { etag: firstEtag, draft: cloneDraft } = await readDraft("wonogiri", admin);
    expect(cloneDraft.problems.length).toBeGreaterThan(0);
    expect(cloneDraft.problems.every((p) => /^\/testHouseholds\/\d+\/household\/villageCode$/.test(p.path) && p.code === "unknown_reference")).toBe(true);
    const repointed = await json<Draft>(
      await patchDraft(
        "wonogiri",
        admin,
        firstEtag,
        cloneDraft.problems.map((problem, i) => ({ op: "replace", path: problem.path, value: WONOGIRI_VILLAGES[i % WONOGIRI_VILLAGES.length] })),
      ),
      200,
    );
    expect(repointed.problems).toEqual([]);

    // ── 5. First publish. Nothing is published yet, so every household is `new` and there is no
    // outcome to acknowledge: Wonogiri goes live with Sragen's rules first, and changes them in
    // version 2, where the check compares with a version in force and acknowledgement matters.
    const { etag: readyEtag, report: firstCheck } = await checkDraft("wonogiri", admin);
    expect(firstCheck.comparedWith).toBeNull();
    expect(firstCheck.summary).toEqual({ total: 12, passed: 12, failed: 0, changed: 0, new: 12 });
    const v1 = await json<Version>(
      await api("/api/t/wonogiri/config/publish", { method: "POST", headers: { ...admin, "if-match": readyEtag }, body: { note: "Wonogiri goes live with Sragen's rules" } }),
      201,
    );
    expect(v1.version).toBe(1);

    // ── 6. It raises the floor-type weight and lengthens the care letter's validity, in one JSON
    // Patch guarded by `test` operations (array positions are only safe with their ids) and If-Match.
    const { etag, draft } = await readDraft("wonogiri", admin);
    const floorType = indexOf(draft.content.survey.criteria, FLOOR_TYPE);
    const careLetter = indexOf(draft.content.services, CARE_LETTER);
    expect(draft.content.survey.criteria[floorType]?.weight).toBe(1);
    expect(draft.content.services[careLetter]?.validity?.days).toBe(30);
    const edited = await json<Draft>(
      await patchDraft("wonogiri", admin, etag, [
        { op: "test", path: `/survey/criteria/${floorType}/id`, value: FLOOR_TYPE },
        { op: "replace", path: `/survey/criteria/${floorType}/weight`, value: 2 },
        { op: "test", path: `/services/${careLetter}/id`, value: CARE_LETTER },
        { op: "replace", path: `/services/${careLetter}/validity/days`, value: 60 },
      ]),
      200,
    );
    expect(edited.problems).toEqual([]);

    // ── 7. The diff from the version in force shows exactly those two changes, labelled.
    const diff = await json<{ from: number; to: string; changes: Change[] }>(await api("/api/t/wonogiri/config/diff", { headers: admin }), 200);
    expect(diff).toMatchObject({ from: 1, to: "draft" });
    expect(diff.changes).toEqual([
      expect.objectContaining({ idPath: `/survey/criteria[id=${FLOOR_TYPE}]/weight`, kind: "changed", before: 1, after: 2 }),
      expect.objectContaining({ idPath: `/services[id=${CARE_LETTER}]/validity/days`, kind: "changed", before: 30, after: 60 }),
    ]);
    const labels = Object.fromEntries(diff.changes.map((change) => [change.idPath, change.label]));
    expect(labels[`/survey/criteria[id=${FLOOR_TYPE}]/weight`]).toEqual({ id: expect.stringMatching(/^Kriteria '.+' › bobot$/), en: expect.stringMatching(/^Criterion '.+' › weight$/) });
    expect(labels[`/services[id=${CARE_LETTER}]/validity/days`]?.en).toBe("Service 'Care recommendation letter' › validity days");

    // ── 8. The check: the heavier floor type makes Tukiyem's household very poor, against its
    // expectation (fail) and against version 1 (changed). Nobody else moves.
    const { report: changedCheck } = await checkDraft("wonogiri", admin);
    expect(changedCheck.comparedWith).toMatchObject({ version: 1 });
    expect(changedCheck.summary).toEqual({ total: 12, passed: 11, failed: 1, changed: 1, new: 0 });
    const moved = changedCheck.households.find((h) => h.id === BOUNDARY_HOUSEHOLD);
    expect(moved).toMatchObject({
      status: "fail",
      differences: { category: { expected: "poor", actual: "very-poor" } },
      changed: true,
      changes: { category: { published: "poor", draft: "very-poor" } },
    });

    // Having read the report, the admin agrees the household is very poor under Wonogiri's rules.
    const { etag: beforeExpectation } = await readDraft("wonogiri", admin);
    await json(
      await patchDraft("wonogiri", admin, beforeExpectation, [
        { op: "test", path: `/testHouseholds/${moved?.index}/id`, value: BOUNDARY_HOUSEHOLD },
        { op: "replace", path: `/testHouseholds/${moved?.index}/expected/category`, value: "very-poor" },
      ]),
      200,
    );
    const { etag: checkedEtag, report: passingCheck } = await checkDraft("wonogiri", admin);
    expect(passingCheck.summary).toEqual({ total: 12, passed: 12, failed: 0, changed: 1, new: 0 });

    // ── 9. Publishing without acknowledging the changed outcome is refused (409), naming it.
    const publishV2 = (body: Record<string, unknown>) =>
      api("/api/t/wonogiri/config/publish", { method: "POST", headers: { ...admin, "if-match": checkedEtag }, body: { note: "Heavier floor type; care letters valid 60 days", ...body } });
    const unacknowledged = await publishV2({});
    expect(unacknowledged.status).toBe(409);
    const refusal = ((await unacknowledged.json()) as ErrorBody).error;
    expect(refusal.code).toBe("OUTCOMES_CHANGED_UNACKNOWLEDGED");
    expect(refusal.issues).toEqual([{ path: `draft/testHouseholds/${moved?.index}`, message: `${BOUNDARY_HOUSEHOLD}: category poor → very-poor` }]);
    expect(await versionsOf("wonogiri", admin)).toEqual([1]);

    // …and published once acknowledged.
    const v2 = await json<Version>(await publishV2({ acknowledge: true, acknowledgedHouseholds: [BOUNDARY_HOUSEHOLD] }), 201);
    expect(v2.version).toBe(2);

    // ── 10. The province overview shows Wonogiri live on version 2, differing from Sragen in two places.
    expect(await overviewOf(province, "wonogiri")).toMatchObject({
      status: "live",
      publishedVersion: { version: 2 },
      template: { slug: "sragen", clonedFromVersion: 1, syncedVersion: 1 },
      drift: { paths: 2, comparedWith: { template: "sragen", version: 1 } },
      driftBasis: "published",
    });

    // ── 11. Sragen improves its template: a heavier toilet criterion and a clearer care letter
    // description. Its check shows no outcome changed, so it publishes without acknowledgement.
    const sragenAdmin = (await signIn("budi@sragenkab.go.id", TEST_PASSWORD)).headers;
    const { etag: sragenEtag, draft: sragenDraft } = await readDraft("sragen", sragenAdmin);
    const toilet = indexOf(sragenDraft.content.survey.criteria, TOILET);
    const sragenCareLetter = indexOf(sragenDraft.content.services, CARE_LETTER);
    const clearerDescription = {
      id: "Surat rekomendasi untuk berobat atau dirawat di puskesmas, RSUD atau rumah sakit rujukan; berlaku selama perawatan.",
      en: "Letter recommending treatment or admission at a puskesmas, the RSUD or a referral hospital; valid while care continues.",
    };
    await json(
      await patchDraft("sragen", sragenAdmin, sragenEtag, [
        { op: "test", path: `/survey/criteria/${toilet}/id`, value: TOILET },
        { op: "replace", path: `/survey/criteria/${toilet}/weight`, value: 2 },
        { op: "test", path: `/services/${sragenCareLetter}/id`, value: CARE_LETTER },
        { op: "replace", path: `/services/${sragenCareLetter}/description`, value: clearerDescription },
      ]),
      200,
    );
    const { etag: sragenChecked, report: sragenCheck } = await checkDraft("sragen", sragenAdmin);
    expect(sragenCheck.summary).toMatchObject({ total: 12, passed: 12, failed: 0, changed: 0 });
    const sragenV2 = await json<Version>(
      await api("/api/t/sragen/config/publish", { method: "POST", headers: { ...sragenAdmin, "if-match": sragenChecked }, body: { note: "Toilet weighs more; care letter described better" } }),
      201,
    );
    expect(sragenV2.version).toBe(2);

    // ── 12. Wonogiri sees the template's two changes as applying cleanly, and its own as local-only.
    const toiletPath = `/survey/criteria[id=${TOILET}]/weight`;
    const descriptionPath = `/services[id=${CARE_LETTER}]/description`;
    const floorPath = `/survey/criteria[id=${FLOOR_TYPE}]/weight`;
    const validityPath = `/services[id=${CARE_LETTER}]/validity/days`;
    const update = await upstreamOf("wonogiri", admin);
    expect(update.body.template).toEqual({ slug: "sragen", baseVersion: 1, upstreamVersion: 2 });
    const fromTemplate = update.body.entries.filter((entry) => entry.status !== "local-only");
    expect(fromTemplate).toEqual([
      expect.objectContaining({ idPath: toiletPath, status: "applies-cleanly", base: 1, upstream: 2, local: 1 }),
      expect.objectContaining({ idPath: descriptionPath, status: "applies-cleanly", upstream: clearerDescription }),
    ]);
    const statusOf = (path: string) => update.body.entries.find((entry) => entry.idPath === path)?.status;
    expect(statusOf(floorPath)).toBe("local-only");
    expect(statusOf(validityPath)).toBe("local-only");
    // Its own name, codes, villages and households are left out: only its real changes show.
    expect(update.body.entries.filter((entry) => entry.status === "local-only").map((entry) => entry.idPath).sort()).toEqual([floorPath, validityPath].sort());
    expect(update.body.ownLocalChangesOmitted).toBeGreaterThan(0);

    // ── 13. It takes both: the draft keeps its own weight and validity and gains the improvement.
    const applied = await json<{ applied: string[]; refused: unknown[]; template: Upstream["template"]; draft: Draft & { content: { services: Array<{ description?: Label }> } } }>(
      await api("/api/t/wonogiri/config/upstream/apply", {
        method: "POST",
        headers: { ...admin, "if-match": update.etag },
        body: { paths: fromTemplate.map((entry) => entry.idPath) },
      }),
      200,
    );
    expect(applied.applied).toEqual([toiletPath, descriptionPath]);
    expect(applied.refused).toEqual([]);
    expect(applied.template).toEqual({ slug: "sragen", baseVersion: 2, upstreamVersion: 2 });
    const merged = applied.draft.content;
    expect(merged.survey.criteria[indexOf(merged.survey.criteria, TOILET)]?.weight).toBe(2);
    expect(merged.survey.criteria[indexOf(merged.survey.criteria, FLOOR_TYPE)]?.weight).toBe(2);
    const mergedLetter = merged.services[indexOf(merged.services, CARE_LETTER)];
    expect(mergedLetter?.validity?.days).toBe(60);
    expect(mergedLetter?.description).toEqual(clearerDescription);
    expect(applied.draft.problems).toEqual([]);

    // It checks the merged draft before publishing it, and that is not a formality: the toilet
    // weight moved none of Sragen's households, but together with Wonogiri's heavier floor type it
    // takes Karsono's household (scoring 12 in Wonogiri's version 2) to 13, very poor.
    const { report: mergedCheck } = await checkDraft("wonogiri", admin);
    expect(mergedCheck.summary).toEqual({ total: 12, passed: 11, failed: 1, changed: 1, new: 0 });
    const movedByMerge = mergedCheck.households.find((h) => h.changed);
    expect(movedByMerge).toMatchObject({ id: SECOND_BOUNDARY_HOUSEHOLD, status: "fail", changes: { category: { published: "poor", draft: "very-poor" } } });
    const { etag: mergedEtag, changed: mergedChanges } = await acceptOutcomes("wonogiri", admin);
    expect(mergedChanges).toEqual([SECOND_BOUNDARY_HOUSEHOLD]);
    expect(
      await json<Version>(
        await api("/api/t/wonogiri/config/publish", {
          method: "POST",
          headers: { ...admin, "if-match": mergedEtag },
          body: { note: "Sragen's version 2 taken", acknowledge: true, acknowledgedHouseholds: mergedChanges },
        }),
        201,
      ),
    ).toMatchObject({ version: 3 });
    expect(await overviewOf(province, "wonogiri")).toMatchObject({ publishedVersion: { version: 3 }, template: { clonedFromVersion: 1, syncedVersion: 2 }, drift: { paths: 2 } });

    // ── 14. Sragen then changes the floor-type weight too, differently (3 where Wonogiri chose 2).
    // That moves Sragen's own households: it updates their expectations and acknowledges them.
    const { etag: sragenEtag3, draft: sragenDraft3 } = await readDraft("sragen", sragenAdmin);
    const sragenFloor = indexOf(sragenDraft3.content.survey.criteria, FLOOR_TYPE);
    await json(
      await patchDraft("sragen", sragenAdmin, sragenEtag3, [
        { op: "test", path: `/survey/criteria/${sragenFloor}/id`, value: FLOOR_TYPE },
        { op: "replace", path: `/survey/criteria/${sragenFloor}/weight`, value: 3 },
      ]),
      200,
    );
    const { etag: sragenAccepted, changed } = await acceptOutcomes("sragen", sragenAdmin);
    expect(changed).toContain(BOUNDARY_HOUSEHOLD);
    const sragenV3 = await json<Version>(
      await api("/api/t/sragen/config/publish", {
        method: "POST",
        headers: { ...sragenAdmin, "if-match": sragenAccepted },
        body: { note: "Floor type weighs 3", acknowledge: true, acknowledgedHouseholds: changed },
      }),
      201,
    );
    expect(sragenV3.version).toBe(3);

    // ── 15. Both sides changed the same weight since the sync point: Wonogiri sees a conflict.
    const conflicting = await upstreamOf("wonogiri", admin);
    expect(conflicting.body.template).toEqual({ slug: "sragen", baseVersion: 2, upstreamVersion: 3 });
    expect(conflicting.body.entries.find((entry) => entry.idPath === floorPath)).toMatchObject({ status: "conflict", base: 1, upstream: 3, local: 2 });
    expect(conflicting.body.entries.filter((entry) => entry.idPath.startsWith("/survey/") || entry.idPath.startsWith("/services")).map((e) => [e.idPath, e.status])).toEqual([
      [floorPath, "conflict"],
      [validityPath, "local-only"],
    ]);

    // ── 16. The audit trail of Wonogiri tells the story, read over HTTP by its admin.
    const { events } = await json<{ events: AuditEvent[] }>(await api("/api/t/wonogiri/audit?limit=500", { headers: admin }), 200);
    const first = (action: string) => events.filter((event) => event.action === action).at(-1);
    expect(first("tenant.clone")).toMatchObject({ actorUserId: provinceUserId });
    expect(first("areas.replace")).toMatchObject({ actorUserId: provinceUserId, after: { subdistricts: 2, villages: 4 } });
    expect(first("member.invite")).toMatchObject({ actorUserId: provinceUserId, details: { accountCreated: true } });
    const patches = events.filter((event) => event.action === "config.draft_patch");
    expect(patches.map((event) => (event.details as { paths: string[] }).paths)).toContainEqual([
      `/survey/criteria/${floorType}/id`,
      `/survey/criteria/${floorType}/weight`,
      `/services/${careLetter}/id`,
      `/services/${careLetter}/validity/days`,
    ]);
    expect(patches.every((event) => event.actorUserId === invited.user.id)).toBe(true);
    const publishes = events.filter((event) => event.action === "config.publish");
    expect(publishes.map((event) => event.target)).toEqual(["config_version:3", "config_version:2", "config_version:1"]);
    expect(publishes.find((event) => event.target === "config_version:2")?.details).toMatchObject({
      testHouseholds: { total: 12, passed: 12, changed: 1, comparedWith: 1 },
      acknowledgedChanges: [{ id: BOUNDARY_HOUSEHOLD, changes: { category: { published: "poor", draft: "very-poor" } } }],
    });
    expect(first("config.upstream_apply")).toMatchObject({
      actorUserId: invited.user.id,
      details: { template: "sragen", fromVersion: 1, toVersion: 2, applied: [toiletPath, descriptionPath] },
    });

    // Sragen's admin sees nothing of Wonogiri (another regency is 404), the province admin sees both.
    expect((await api("/api/t/wonogiri/config/draft", { headers: sragenAdmin })).status).toBe(404);
    expect((await api("/api/t/wonogiri/config", { headers: province })).status).toBe(200);
  });
});
