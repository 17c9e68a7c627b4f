import { findTenantBySlug, listAuditEvents } from "@satu-atap/db";
import { describe, expect, it } from "vitest";
import { bearer, createTestUser, sessionToken } from "./support/auth.ts";
import { testDrivers } from "./support/databases.ts";
import { storySetup } from "./support/story-setup.ts";
import { type Draft } from "./support/replication.ts";

interface VersionRef { version: number; effectiveFrom: string; publishedAt: string }
interface RegencyOverview {
  slug: string;
  name: string;
  regencyCode: string;
  status: string;
  isTemplate: boolean;
  publishedVersion: VersionRef | null;
  scheduledVersion: VersionRef | null;
  template: { slug: string; name: string; clonedFromVersion: number | null; syncedVersion: number } | null;
  drift: { paths: number; comparedWith: { template: string; version: number } } | null;
  driftBasis: "published" | "draft" | null;
  lastChangeAt: string;
}
interface Overview { regencies: RegencyOverview[]; generatedAt: string }

describe.each(testDrivers)("province overview over HTTP on %s", (driver) => {
  const { story, api, cloneSragen, readDraft, editDraft: patch, readyClone, publishAcknowledged: publish } = storySetup(driver);

  const overview = async (headers: Record<string, string> = story.province) => {
    const response = await api("/api/province/overview", { headers });
    expect(response.status).toBe(200);
    return (await response.json()) as Overview;
  };
  const entry = async (slug: string) => {
    const found = (await overview()).regencies.find((r) => r.slug === slug);
    if (!found) throw new Error(`${slug} missing from the overview`);
    return found;
  };
  /** The op that bumps criterion `index`'s weight by `by`, guarded by its id. */
  const bumpWeight = (draft: Draft, index: number, by: number) => {
    const criterion = draft.content.survey.criteria[index];
    if (!criterion) throw new Error(`no criterion ${index}`);
    return [
      { op: "test", path: `/survey/criteria/${index}/id`, value: criterion.id },
      { op: "replace", path: `/survey/criteria/${index}/weight`, value: criterion.weight + by },
    ];
  };
  const later = (a: string, b: string) => new Date(a).getTime() > new Date(b).getTime();

  it("lists Sragen as a live template, a fresh clone as onboarding with drift 0, and a regency without lineage", async () => {
    const { slug } = await cloneSragen();
    const body = await overview();
    expect(body.generatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const slugs = body.regencies.map((r) => r.slug);
    expect(slugs).toEqual([...slugs].sort());

    const sragen = body.regencies.find((r) => r.slug === "sragen");
    expect(sragen).toMatchObject({
      name: "Kabupaten Sragen",
      regencyCode: "3314",
      status: "live",
      isTemplate: true,
      publishedVersion: { version: expect.any(Number), effectiveFrom: expect.any(String), publishedAt: expect.any(String) },
      scheduledVersion: null,
      template: null,
      drift: null,
      driftBasis: null,
    });
    const templateVersion = sragen?.publishedVersion?.version;

    expect(body.regencies.find((r) => r.slug === slug)).toEqual({
      slug,
      name: "Kabupaten Wonogiri",
      regencyCode: "3312",
      status: "onboarding",
      isTemplate: false,
      publishedVersion: null,
      scheduledVersion: null,
      template: { slug: "sragen", name: "Kabupaten Sragen", clonedFromVersion: templateVersion, syncedVersion: templateVersion },
      // Its name, code and areas differ from Sragen's by design: not drift.
      drift: { paths: 0, comparedWith: { template: "sragen", version: templateVersion } },
      driftBasis: "draft",
      lastChangeAt: expect.any(String),
    });

    // Seeded or created without a template: live, no lineage, no drift.
    expect(body.regencies.find((r) => r.slug === story.other.slug)).toMatchObject({ status: "live", isTemplate: false, template: null, drift: null, driftBasis: null });
  });

  it("moves drift and lastChangeAt with draft edits, publishing and template updates", async () => {
    const { slug, admin } = await readyClone();
    // Areas and test households are the regency's own: uploading and repointing them is no drift.
    const ready = await entry(slug);
    expect(ready).toMatchObject({ status: "onboarding", drift: { paths: 0 }, driftBasis: "draft" });

    // A draft edit before the first publish: drift measured on the draft.
    const { draft } = await readDraft(slug, admin);
    await patch(slug, admin, bumpWeight(draft, 0, 1));
    const edited = await entry(slug);
    expect(edited).toMatchObject({ drift: { paths: 1 }, driftBasis: "draft" });
    expect(later(edited.lastChangeAt, ready.lastChangeAt)).toBe(true);

    // Publishing: live, drift now measured on the published version.
    const v1 = await publish(slug, admin, { note: "Wonogiri goes live" });
    const live = await entry(slug);
    expect(live).toMatchObject({ status: "live", publishedVersion: { version: v1.version, effectiveFrom: v1.effectiveFrom, publishedAt: v1.publishedAt }, drift: { paths: 1 }, driftBasis: "published" });
    expect(live.lastChangeAt).toBe(v1.publishedAt);

    // A later draft edit moves lastChangeAt but not the published drift.
    await patch(slug, admin, [{ op: "replace", path: "/services/0/label/en", value: "Complaints, renamed" }]);
    const unpublishedEdit = await entry(slug);
    expect(unpublishedEdit.drift?.paths).toBe(1);
    expect(later(unpublishedEdit.lastChangeAt, live.lastChangeAt)).toBe(true);

    // The template publishes an improvement the clone does not have: one more path differs.
    const before = await entry("sragen");
    const sragenDraft = (await readDraft("sragen", story.sragenAdmin)).draft;
    await patch("sragen", story.sragenAdmin, bumpWeight(sragenDraft, 1, 1));
    const sragenV = await publish("sragen", story.sragenAdmin, { note: "wall weight" });
    expect(sragenV.version).toBe((before.publishedVersion?.version ?? 0) + 1);
    expect(await entry(slug)).toMatchObject({ drift: { paths: 2, comparedWith: { template: "sragen", version: sragenV.version } } });

    // Taking the template's change and publishing it: synced to the new template version, drift back to 1.
    const upstream = await api(`/api/t/${slug}/config/upstream`, { headers: admin });
    const { entries } = (await upstream.json()) as { entries: Array<{ idPath: string; status: string }> };
    const take = entries.filter((e) => e.status === "applies-cleanly").map((e) => e.idPath);
    expect(take).toHaveLength(1);
    const applied = await api(`/api/t/${slug}/config/upstream/apply`, { method: "POST", headers: { ...admin, "if-match": upstream.headers.get("etag") ?? "" }, body: { paths: take } });
    expect(applied.status).toBe(200);
    await publish(slug, admin, { note: "template update" });
    expect(await entry(slug)).toMatchObject({
      template: { slug: "sragen", clonedFromVersion: before.publishedVersion?.version, syncedVersion: sragenV.version },
      // The local weight and the renamed service differ from the template now.
      drift: { paths: 2, comparedWith: { version: sragenV.version } },
      driftBasis: "published",
    });
  });

  it("shows a version waiting for its date apart from the one in force", async () => {
    const { slug, admin } = await readyClone();
    const v1 = await publish(slug, admin, { note: "in force today" });
    const { draft } = await readDraft(slug, admin);
    await patch(slug, admin, bumpWeight(draft, 0, 2));
    const v2 = await publish(slug, admin, { note: "next year", effectiveFrom: "2099-01-01" });
    expect(await entry(slug)).toMatchObject({
      status: "live",
      publishedVersion: { version: v1.version, effectiveFrom: v1.effectiveFrom, publishedAt: v1.publishedAt },
      scheduledVersion: { version: v2.version, effectiveFrom: "2099-01-01", publishedAt: v2.publishedAt },
      // Drift looks at the latest published version, even before its date.
      drift: { paths: 1 },
      driftBasis: "published",
      lastChangeAt: v2.publishedAt,
    });
  });

  it("is province level: 403 for a district admin and other roles (audited), 401 without a session", async () => {
    const sragen = await findTenantBySlug(story.database.handle.db, "sragen");
    const deskUser = await createTestUser(story.database.handle.db, "desk-officer", sragen?.id ?? null);
    const desk = bearer(await sessionToken(story.database.handle.db, deskUser.id));
    for (const headers of [story.sragenAdmin, desk]) {
      const refused = await api("/api/province/overview", { headers });
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
    }
    expect((await api("/api/province/overview")).status).toBe(401);
    // Outside any regency, the refusal is on the platform chain.
    const denied = await listAuditEvents(story.database.handle.db, null, { action: "request.denied", actorUserId: deskUser.id });
    expect(denied.events[0]).toMatchObject({ target: "GET /api/province/overview", details: { status: 403 } });
  });
});
