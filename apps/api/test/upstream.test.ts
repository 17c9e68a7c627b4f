import { findTenantBySlug, listAuditEvents } from "@satu-atap/db";
import { describe, expect, it } from "vitest";
import { bearer, createTestUser, sessionToken } from "./support/auth.ts";
import { testDrivers } from "./support/databases.ts";
import { storySetup } from "./support/story-setup.ts";
import { type Draft } from "./support/replication.ts";

interface ErrorBody { error: { code: string; issues?: Array<{ path: string; message: string }> } }
interface Label { id: string; en: string }
interface Change { path: string; idPath: string; kind: string; before?: unknown; after?: unknown; label: Label }
interface Entry { idPath: string; label: Label; status: string; base?: unknown; upstream?: unknown; local?: unknown }
interface Upstream { template: { slug: string; baseVersion: number; upstreamVersion: number }; entries: Entry[] }

describe.each(testDrivers)("template updates and comparing configurations over HTTP on %s", (driver) => {
  const { story, api, cloneSragen, readDraft, editDraft: patch, readyClone, publishAcknowledged } = storySetup(driver);
  const errorOf = async (response: Response) => ((await response.json()) as ErrorBody).error;

  /**
   * Publishes the draft. The weight changes below move some of the regency's test households
   * across a threshold: like an admin making them on purpose, take the new results as expected
   * and acknowledge the changed outcomes (publish refuses otherwise).
   */
  const publish = async (slug: string, headers: Record<string, string>, note: string) => (await publishAcknowledged(slug, headers, { note })).version;
  const upstreamOf = async (slug: string, headers: Record<string, string>) => {
    const response = await api(`/api/t/${slug}/config/upstream`, { headers });
    expect(response.status).toBe(200);
    return { etag: response.headers.get("etag") ?? "", body: (await response.json()) as Upstream };
  };
  const apply = (slug: string, headers: Record<string, string>, etag: string | undefined, paths: unknown) =>
    api(`/api/t/${slug}/config/upstream/apply`, { method: "POST", headers: { ...headers, ...(etag !== undefined ? { "if-match": etag } : {}) }, body: { paths } });

  it("shows a local weight change in the diff, then merges a template improvement while keeping it, and flags a conflict", async () => {
    const { slug, tenant, admin } = await readyClone();
    const v1 = await publish(slug, admin, "Wonogiri goes live");
    const { draft } = await readDraft(slug, admin);
    const [first, second] = draft.content.survey.criteria;
    if (!first || !second) throw new Error("Sragen has fewer than two criteria");
    const firstPath = `/survey/criteria[id=${first.id}]/weight`;
    const secondPath = `/survey/criteria[id=${second.id}]/weight`;

    // The district admin changes a criterion weight; the diff (latest published → draft) shows it, labelled in both languages.
    await patch(slug, admin, [
      { op: "test", path: "/survey/criteria/0/id", value: first.id },
      { op: "replace", path: "/survey/criteria/0/weight", value: first.weight + 1 },
    ]);
    const diff = await api(`/api/t/${slug}/config/diff`, { headers: admin });
    expect(diff.status).toBe(200);
    const compared = (await diff.json()) as { from: number | string; to: number | string; changes: Change[] };
    expect(compared).toMatchObject({ from: v1, to: "draft" });
    expect(compared.changes).toEqual([
      { path: "/survey/criteria/0/weight", idPath: firstPath, kind: "changed", before: first.weight, after: first.weight + 1, label: expect.any(Object) },
    ]);
    expect(compared.changes[0]?.label.en).toMatch(/^Criterion '.+' › weight$/);
    expect(compared.changes[0]?.label.id).toMatch(/^Kriteria '.+' › bobot$/);
    // Explicit sides: nothing between v1 and itself; the reverse direction swaps before and after.
    expect(((await (await api(`/api/t/${slug}/config/diff?from=${v1}&to=${v1}`, { headers: admin })).json()) as { changes: Change[] }).changes).toEqual([]);
    const reverse = (await (await api(`/api/t/${slug}/config/diff?from=draft&to=${v1}`, { headers: admin })).json()) as { changes: Change[] };
    expect(reverse.changes).toEqual([expect.objectContaining({ idPath: firstPath, before: first.weight + 1, after: first.weight })]);

    // Nothing new upstream yet: only the local change.
    const before = await upstreamOf(slug, admin);
    expect(before.body.template).toEqual({ slug: "sragen", baseVersion: 1, upstreamVersion: expect.any(Number) });

    // Sragen publishes an improvement: a weight the regency did not touch, and the one it did (differently).
    await patch("sragen", story.sragenAdmin, [
      { op: "test", path: "/survey/criteria/1/id", value: second.id },
      { op: "replace", path: "/survey/criteria/1/weight", value: second.weight + 1 },
      { op: "test", path: "/survey/criteria/0/id", value: first.id },
      { op: "replace", path: "/survey/criteria/0/weight", value: first.weight + 2 },
    ]);
    const upstreamVersion = await publish("sragen", story.sragenAdmin, "Better weights");

    const { etag, body } = await upstreamOf(slug, admin);
    expect(body.template).toEqual({ slug: "sragen", baseVersion: 1, upstreamVersion });
    const byPath = new Map(body.entries.map((e) => [e.idPath, e]));
    expect(byPath.get(secondPath)).toMatchObject({ status: "applies-cleanly", base: second.weight, upstream: second.weight + 1, local: second.weight });
    expect(byPath.get(secondPath)?.label.en).toMatch(/› weight$/);
    expect(byPath.get(firstPath)).toMatchObject({ status: "conflict", base: first.weight, upstream: first.weight + 2, local: first.weight + 1 });

    // Apply the clean one (and an unknown path, refused): the local edit survives.
    const applied = await apply(slug, admin, etag, [secondPath, "/survey/criteria[id=nowhere]/weight"]);
    expect(applied.status).toBe(200);
    const result = (await applied.json()) as { applied: string[]; refused: Array<{ idPath: string }>; template: Upstream["template"]; draft: Draft };
    expect(result.applied).toEqual([secondPath]);
    expect(result.refused).toEqual([{ idPath: "/survey/criteria[id=nowhere]/weight", reason: expect.any(String) }]);
    expect(result.template).toEqual({ slug: "sragen", baseVersion: upstreamVersion, upstreamVersion });
    expect(applied.headers.get("etag")).toBe(`"r${result.draft.revision}"`);
    expect(result.draft.content.survey.criteria[1]?.weight).toBe(second.weight + 1);
    expect(result.draft.content.survey.criteria[0]?.weight).toBe(first.weight + 1);
    expect(result.draft.problems).toEqual([]);

    // The new sync point is recorded: the declined conflict now counts as a local difference.
    expect((await findTenantBySlug(story.database.handle.db, slug))?.clonedFromVersion).toBe(upstreamVersion);
    const after = await upstreamOf(slug, admin);
    expect(after.body.template).toEqual({ slug: "sragen", baseVersion: upstreamVersion, upstreamVersion });
    expect(after.body.entries.filter((e) => e.status !== "local-only")).toEqual([]);
    expect(after.body.entries.filter((e) => e.idPath.startsWith("/survey/"))).toEqual([
      expect.objectContaining({ idPath: firstPath, status: "local-only", local: first.weight + 1 }),
    ]);

    const events = await listAuditEvents(story.database.handle.db, tenant.id, { limit: 100 });
    expect(events.events.find((e) => e.action === "config.upstream_apply")).toMatchObject({
      target: "config_draft",
      details: { template: "sragen", fromVersion: 1, toVersion: upstreamVersion, applied: [secondPath] },
    });
  });

  it("applying a conflict path takes the template's value", async () => {
    const { slug, admin } = await readyClone();
    const { body: initial } = await upstreamOf(slug, admin);
    const { draft } = await readDraft(slug, admin);
    const criterion = draft.content.survey.criteria[2];
    if (!criterion) throw new Error("Sragen has fewer than three criteria");
    const path = `/survey/criteria[id=${criterion.id}]/weight`;
    await patch(slug, admin, [{ op: "replace", path: "/survey/criteria/2/weight", value: criterion.weight + 1 }]);
    await patch("sragen", story.sragenAdmin, [
      { op: "test", path: "/survey/criteria/2/id", value: criterion.id },
      { op: "replace", path: "/survey/criteria/2/weight", value: criterion.weight + 3 },
    ]);
    const upstreamVersion = await publish("sragen", story.sragenAdmin, "Heavier third criterion");
    const { etag, body } = await upstreamOf(slug, admin);
    expect(body.template).toEqual({ slug: "sragen", baseVersion: initial.template.baseVersion, upstreamVersion });
    expect(body.entries.find((e) => e.idPath === path)?.status).toBe("conflict");
    const applied = await apply(slug, admin, etag, [path]);
    expect(applied.status).toBe(200);
    expect(((await applied.json()) as { draft: Draft }).draft.content.survey.criteria[2]?.weight).toBe(criterion.weight + 3);
  });

  describe("diff refusals", () => {
    it("answers an unknown version with 404", async () => {
      const response = await api(`/api/t/sragen/config/diff?from=99`, { headers: story.sragenAdmin });
      expect(response.status).toBe(404);
      expect((await errorOf(response)).code).toBe("VERSION_NOT_FOUND");
    });

    it("refuses a value that is neither a version nor draft (400)", async () => {
      for (const query of ["from=latest", "to=0", "from=-1", "to=1.5"]) {
        const response = await api(`/api/t/sragen/config/diff?${query}`, { headers: story.sragenAdmin });
        expect(response.status).toBe(400);
        expect((await errorOf(response)).issues?.[0]?.path).toBe(`query/${query.split("=")[0]}`);
      }
    });

    it("needs `from` while nothing is published (404 CONFIG_NOT_PUBLISHED)", async () => {
      const { slug, admin } = await cloneSragen();
      const response = await api(`/api/t/${slug}/config/diff`, { headers: admin });
      expect(response.status).toBe(404);
      expect((await errorOf(response)).code).toBe("CONFIG_NOT_PUBLISHED");
      expect((await api(`/api/t/${slug}/config/diff?from=draft`, { headers: admin })).status).toBe(200);
    });

    it("keeps another regency's configuration hidden (404)", async () => {
      const { admin } = await cloneSragen();
      expect((await api(`/api/t/${story.other.slug}/config/diff?from=1`, { headers: admin })).status).toBe(404);
    });
  });

  describe("upstream refusals", () => {
    it("answers a regency not cloned from a template with 409 NO_TEMPLATE", async () => {
      const get = await api(`/api/t/${story.other.slug}/config/upstream`, { headers: story.province });
      expect(get.status).toBe(409);
      expect((await errorOf(get)).code).toBe("NO_TEMPLATE");
      const post = await apply(story.other.slug, story.province, "*", ["/meta/name"]);
      expect(post.status).toBe(409);
      expect((await errorOf(post)).code).toBe("NO_TEMPLATE");
    });

    it("needs If-Match (428) and a current one (412)", async () => {
      const { slug, admin } = await cloneSragen();
      const { etag } = await upstreamOf(slug, admin);
      expect((await apply(slug, admin, undefined, ["/meta/name"])).status).toBe(428);
      await patch(slug, admin, [{ op: "replace", path: "/survey/criteria/0/weight", value: 1 }]);
      const stale = await apply(slug, admin, etag, ["/meta/name"]);
      expect(stale.status).toBe(412);
      expect((await errorOf(stale)).code).toBe("PRECONDITION_FAILED");
    });

    it("refuses when no path applies (400, each at its index) and saves and syncs nothing", async () => {
      const { slug, tenant, admin } = await cloneSragen();
      const { etag } = await upstreamOf(slug, admin);
      const response = await apply(slug, admin, etag, ["/survey/criteria[id=nowhere]/weight", "not a path"]);
      expect(response.status).toBe(400);
      expect((await errorOf(response)).issues?.map((i) => i.path)).toEqual(["body/paths/0", "body/paths/1"]);
      expect((await readDraft(slug, admin)).etag).toBe(etag);
      expect((await findTenantBySlug(story.database.handle.db, slug))?.clonedFromVersion).toBe(tenant.clonedFromVersion);
    });

    it("refuses an empty or malformed body (400)", async () => {
      const { slug, admin } = await cloneSragen();
      const { etag } = await upstreamOf(slug, admin);
      expect((await apply(slug, admin, etag, [])).status).toBe(400);
      expect((await apply(slug, admin, etag, "everything")).status).toBe(400);
    });

    it("keeps template updates from a desk officer (403) and another regency's admin (404)", async () => {
      const { slug, tenant } = await cloneSragen();
      const desk = bearer(await sessionToken(story.database.handle.db, (await createTestUser(story.database.handle.db, "desk-officer", tenant.id)).id));
      expect((await api(`/api/t/${slug}/config/upstream`, { headers: desk })).status).toBe(403);
      expect((await apply(slug, desk, "*", ["/meta/name"])).status).toBe(403);
      const otherAdmin = bearer(await sessionToken(story.database.handle.db, (await createTestUser(story.database.handle.db, "district-admin", story.other.id)).id));
      expect((await api(`/api/t/${slug}/config/upstream`, { headers: otherAdmin })).status).toBe(404);
    });
  });
});
