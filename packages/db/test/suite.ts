import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  configVersions,
  createTenant,
  findTenantBySlug,
  getDraft,
  getEffectiveVersion,
  getTenant,
  getVersion,
  listAreas,
  listTenants,
  listVersions,
  publishVersion,
  listTenantsWithLatestVersion,
  listDraftSummaries,
  listDraftsOf,
  listFirstAuditEvents,
  listLatestVersions,
  listVersionSummariesOf,
  appendAuditEvent,
  replaceAreas,
  saveDraft,
  type AreaInput,
  type Db,
  type Tenant,
  violatedUniqueConstraint,
  withTenant,
} from "../src/index.ts";
import { tenantInput, uniqueSlug } from "../src/testing/index.ts";
import type { DriverTarget, OpenedTarget } from "./drivers.ts";
import { expectDbError } from "./expect-db-error.ts";
import { describeAuditSuite } from "./audit-suite.ts";
import { describeIdentitySuite } from "./identity-suite.ts";
import { describeIsolationSuite } from "./isolation-suite.ts";
import type { SuiteContext } from "./suite-context.ts";

/**
 * The repository suite, identical for every driver (style habit 7). Each test
 * makes its own tenants (unique slugs) and always a second tenant to prove
 * that tenant-scoped queries never leak across tenants.
 */
export function describeDbSuite(target: DriverTarget): void {
  describe.skipIf(target.skipReason !== undefined)(`db on ${target.name}`, () => {
    let opened: OpenedTarget | undefined;
    const db = (): Db => {
      if (opened === undefined) throw new Error("database not opened");
      return opened.handle.db;
    };

    beforeAll(async () => {
      opened = await target.open(); // migrated once per driver per file
    });
    afterAll(async () => {
      await opened?.cleanup();
    });

    // The application's way in: a transaction scoped to one tenant (RLS).
    const within = <A extends unknown[], R>(tenantId: string, fn: (db: Db, ...args: A) => Promise<R>, ...args: A): Promise<R> =>
      withTenant(db(), tenantId, (tx) => fn(tx, ...args));
    const asOwner = <T>(fn: (db: Db) => Promise<T>): Promise<T> => {
      if (opened === undefined) throw new Error("database not opened");
      return opened.asOwner(fn);
    };

    const twoTenants = async (): Promise<[Tenant, Tenant]> => [
      await createTenant(db(), tenantInput()),
      await createTenant(db(), tenantInput()),
    ];

    const versionInput = (tenantId: string, n: number, effectiveFrom = "2025-01-01") => ({
      tenantId,
      content: { desks: n },
      contentHash: `sha256-${n}`,
      effectiveFrom,
      publishedBy: "admin@test",
      note: `version ${n}`,
    });

    it("uses the driver it was asked for", () => {
      expect(opened?.handle.driver).toBe(target.name);
    });

    describe("tenants", () => {
      it("creates, finds by slug and by id, and lists ordered by slug", async () => {
        const later = await createTenant(db(), tenantInput({ slug: uniqueSlug("zz") }));
        const earlier = await createTenant(db(), tenantInput({ slug: uniqueSlug("aa") }));
        expect(later.status).toBe("onboarding");
        expect(later.isTemplate).toBe(false);

        expect(await findTenantBySlug(db(), earlier.slug)).toEqual(earlier);
        expect(await getTenant(db(), later.id)).toEqual(later);
        expect(await findTenantBySlug(db(), uniqueSlug("missing"))).toBeUndefined();

        const slugs = (await listTenants(db())).map((t) => t.slug);
        expect(slugs).toEqual([...slugs].sort());
        expect(slugs.indexOf(earlier.slug)).toBeLessThan(slugs.indexOf(later.slug));
      });

      it("refuses a malformed slug (check constraint) and a taken one", async () => {
        await expectDbError(createTenant(db(), tenantInput({ slug: "Bad Slug!" })), /tenants_slug_format/);
        const tenant = await createTenant(db(), tenantInput());
        await expectDbError(createTenant(db(), tenantInput({ slug: tenant.slug })), /tenants_slug_unique/);
      });

      it("names the unique constraint a duplicate violates (and nothing for other errors), whatever the driver", async () => {
        const tenant = await createTenant(db(), tenantInput());
        const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);
        expect(violatedUniqueConstraint(await failure(createTenant(db(), tenantInput({ slug: tenant.slug }))))).toBe("tenants_slug_unique");
        expect(violatedUniqueConstraint(await failure(createTenant(db(), tenantInput({ slug: "Bad Slug!" }))))).toBeUndefined();
        expect(violatedUniqueConstraint(new Error("not a database error"))).toBeUndefined();
      });

      it("refuses a status outside the enum and half-filled lineage", async () => {
        await expectDbError(
          db().execute(
            sql`insert into tenants (slug, name, regency_code, status) values (${uniqueSlug()}, 'x', '1', 'deleted')`,
          ),
          /tenants_status_valid/,
        );
        const template = await createTenant(db(), tenantInput({ isTemplate: true }));
        await expectDbError(
          createTenant(db(), tenantInput({ clonedFromTenantId: template.id })),
          /tenants_lineage_complete/,
        );
        const clone = await createTenant(db(), tenantInput({ clonedFromTenantId: template.id, clonedFromVersion: 1 }));
        expect(clone.clonedFromTenantId).toBe(template.id);
      });
    });

    describe("config drafts", () => {
      it("creates revision 1, then increments on every save", async () => {
        const [a, b] = await twoTenants();
        expect(await within(a.id, getDraft, a.id)).toBeUndefined();

        const first = await within(a.id, saveDraft, { tenantId: a.id, content: { n: 1 }, updatedBy: "u1" });
        expect(first).toMatchObject({ ok: true, draft: { tenantId: a.id, revision: 1, content: { n: 1 } } });

        const second = await within(a.id, saveDraft, { tenantId: a.id, content: { n: 2 }, updatedBy: "u2" });
        expect(second).toMatchObject({ ok: true, draft: { revision: 2, content: { n: 2 }, updatedBy: "u2" } });

        const third = await within(a.id, saveDraft, { tenantId: a.id, content: { n: 3 }, updatedBy: "u1", expectedRevision: 2 });
        expect(third).toMatchObject({ ok: true, draft: { revision: 3, content: { n: 3 } } });

        expect(await within(b.id, getDraft, b.id)).toBeUndefined();
      });

      it("answers stale (with the current draft) when the expected revision is old", async () => {
        const [a, b] = await twoTenants();
        await within(a.id, saveDraft, { tenantId: a.id, content: { n: 1 }, updatedBy: "u1" });
        await within(a.id, saveDraft, { tenantId: a.id, content: { n: 2 }, updatedBy: "u2", expectedRevision: 1 });

        const stale = await within(a.id, saveDraft, { tenantId: a.id, content: { n: 99 }, updatedBy: "u1", expectedRevision: 1 });
        expect(stale).toMatchObject({ ok: false, reason: "stale", current: { revision: 2, content: { n: 2 } } });
        expect(await within(a.id, getDraft, a.id)).toMatchObject({ revision: 2, content: { n: 2 } });

        // Tenant B's draft is its own, with its own revisions.
        const other = await within(b.id, saveDraft, { tenantId: b.id, content: { b: true }, updatedBy: "u3", expectedRevision: 7 });
        expect(other).toMatchObject({ ok: true, draft: { tenantId: b.id, revision: 1 } });
        expect(await within(a.id, getDraft, a.id)).toMatchObject({ revision: 2, content: { n: 2 } });
      });

      it("lets exactly one of two concurrent saves with the same expected revision win", async () => {
        const [a] = await twoTenants();
        await within(a.id, saveDraft, { tenantId: a.id, content: { n: 1 }, updatedBy: "u1" });
        const results = await Promise.all(
          ["x", "y"].map((who) => within(a.id, saveDraft, { tenantId: a.id, content: { who }, updatedBy: who, expectedRevision: 1 })),
        );
        expect(results.filter((r) => r.ok)).toHaveLength(1);
        expect(results.filter((r) => !r.ok)).toHaveLength(1);
        expect(await within(a.id, getDraft, a.id)).toMatchObject({ revision: 2 });
      });
    });

    describe("config versions", () => {
      it("numbers versions 1, 2, 3 per tenant, lists newest first without content", async () => {
        const [a, b] = await twoTenants();
        for (const n of [1, 2, 3]) {
          const published = await within(a.id, publishVersion, versionInput(a.id, n));
          expect(published).toMatchObject({ tenantId: a.id, version: n, content: { desks: n } });
        }

        expect(await within(a.id, getVersion, a.id)).toMatchObject({ version: 3, content: { desks: 3 } });
        expect(await within(a.id, getVersion, a.id, 2)).toMatchObject({ version: 2, note: "version 2" });
        expect(await within(a.id, getVersion, a.id, 4)).toBeUndefined();

        const listed = await within(a.id, listVersions, a.id);
        expect(listed.map((v) => v.version)).toEqual([3, 2, 1]);
        for (const v of listed) expect(v).not.toHaveProperty("content");
        expect(listed[0]?.publishedAt).toBeInstanceOf(Date);

        // Tenant B sees none of A's versions, even by number, and starts at 1.
        expect(await within(b.id, listVersions, b.id)).toEqual([]);
        expect(await within(b.id, getVersion, b.id)).toBeUndefined();
        expect(await within(b.id, getVersion, b.id, 1)).toBeUndefined();
        expect(await within(b.id, getEffectiveVersion, b.id, "2099-01-01")).toBeUndefined();
        expect(await within(b.id, publishVersion, versionInput(b.id, 1))).toMatchObject({ tenantId: b.id, version: 1 });
        expect((await within(a.id, listVersions, a.id)).map((v) => v.version)).toEqual([3, 2, 1]);
      });

      it("lists every tenant with its own latest version in one query", async () => {
        const [a, b] = await twoTenants();
        for (const n of [1, 2]) await within(a.id, publishVersion, versionInput(a.id, n));
        const rows = await listTenantsWithLatestVersion(db());
        expect(rows.find((row) => row.id === a.id)?.latestVersion).toBe(2);
        expect(rows.find((row) => row.id === b.id)?.latestVersion).toBeNull();
        const slugs = rows.map((row) => row.slug);
        expect(slugs).toEqual([...slugs].sort());
      });

      it("reads every tenant's latest version, drafts and history for the province, under row-level security", async () => {
        const [a, b] = await twoTenants();
        const [c] = await twoTenants();
        for (const n of [1, 2, 3]) await within(a.id, publishVersion, versionInput(a.id, n));
        await within(b.id, publishVersion, versionInput(b.id, 1, "2099-01-01"));
        await within(a.id, saveDraft, { tenantId: a.id, content: { desks: "a" }, updatedBy: "A" });
        await within(c.id, saveDraft, { tenantId: c.id, content: { desks: "c" }, updatedBy: "C" });

        // The application role outside any scope sees nothing; these read in the platform scope themselves.
        const latest = (await listLatestVersions(db())).filter((v) => [a.id, b.id, c.id].includes(v.tenantId));
        expect(latest.map((v) => [v.tenantId, v.version, v.content]).sort()).toEqual(
          [[a.id, 3, { desks: 3 }], [b.id, 1, { desks: 1 }]].sort(),
        );
        const history = await listVersionSummariesOf(db(), [a.id, b.id]);
        expect(history.filter((v) => v.tenantId === a.id).map((v) => v.version)).toEqual([3, 2, 1]);
        expect(history.find((v) => v.tenantId === b.id)).toMatchObject({ version: 1, effectiveFrom: "2099-01-01" });
        for (const v of history) expect(v).not.toHaveProperty("content");
        expect(await listVersionSummariesOf(db(), [])).toEqual([]);

        const summaries = (await listDraftSummaries(db())).filter((d) => [a.id, b.id, c.id].includes(d.tenantId));
        expect(summaries.map((d) => [d.tenantId, d.updatedBy]).sort()).toEqual([[a.id, "A"], [c.id, "C"]].sort());
        for (const d of summaries) expect(d).not.toHaveProperty("content");
        expect((await listDraftsOf(db(), [c.id, b.id])).map((d) => [d.tenantId, d.content])).toEqual([[c.id, { desks: "c" }]]);

        // Inside a tenant's transaction they still read every tenant, and the tenant scope comes back.
        await within(a.id, async (tx) => {
          expect((await listLatestVersions(tx)).map((v) => v.tenantId)).toEqual(expect.arrayContaining([a.id, b.id]));
          expect((await tx.select().from(configVersions)).every((v) => v.tenantId === a.id)).toBe(true);
        });
      });

      it("finds each tenant's first audit event of an action", async () => {
        const [a, b] = await twoTenants();
        const [c] = await twoTenants();
        await appendAuditEvent(db(), { tenantId: a.id, action: "tenant.clone", after: { n: 1 } });
        await appendAuditEvent(db(), { tenantId: a.id, action: "config.publish" });
        await appendAuditEvent(db(), { tenantId: a.id, action: "tenant.clone", after: { n: 2 } });
        await appendAuditEvent(db(), { tenantId: b.id, action: "config.publish" });
        await appendAuditEvent(db(), { tenantId: c.id, action: "tenant.clone", after: { n: 3 } });
        const events = await listFirstAuditEvents(db(), [a.id, b.id], "tenant.clone");
        expect(events.map((e) => [e.tenantId, e.after])).toEqual([[a.id, { n: 1 }]]);
        expect(await listFirstAuditEvents(db(), [], "tenant.clone")).toEqual([]);
      });

      it("finds the version in force on a date", async () => {
        const [a] = await twoTenants();
        await within(a.id, publishVersion, versionInput(a.id, 1, "2025-01-01"));
        await within(a.id, publishVersion, versionInput(a.id, 2, "2025-06-01"));
        await within(a.id, publishVersion, versionInput(a.id, 3, "2030-01-01"));

        expect(await within(a.id, getEffectiveVersion, a.id, "2024-12-31")).toBeUndefined();
        expect(await within(a.id, getEffectiveVersion, a.id, "2025-01-01")).toMatchObject({ version: 1 });
        expect(await within(a.id, getEffectiveVersion, a.id, "2025-03-01")).toMatchObject({ version: 1 });
        expect(await within(a.id, getEffectiveVersion, a.id, "2026-01-01")).toMatchObject({ version: 2, effectiveFrom: "2025-06-01" });
        expect(await within(a.id, getEffectiveVersion, a.id, "2030-01-01")).toMatchObject({ version: 3 });
        expect(await within(a.id, getVersion, a.id)).toMatchObject({ version: 3 });
      });

      it("gives concurrent publishes distinct, gap-free numbers", async () => {
        const [a, b] = await twoTenants();
        // More publishes than pool connections, interleaved over two tenants.
        const published = await Promise.all(
          Array.from({ length: 16 }, (_, n) => within(n % 2 === 0 ? a.id : b.id, publishVersion, versionInput(n % 2 === 0 ? a.id : b.id, n))),
        );
        const numbersOf = (tenantId: string) =>
          published
            .filter((v) => v.tenantId === tenantId)
            .map((v) => v.version)
            .sort((x, y) => x - y);
        const oneToEight = [1, 2, 3, 4, 5, 6, 7, 8];
        expect(numbersOf(a.id)).toEqual(oneToEight);
        expect(numbersOf(b.id)).toEqual(oneToEight);
      });

      it("publishes inside a caller's transaction and reads it back (savepoint)", async () => {
        const [a] = await twoTenants();
        const inside = await withTenant(db(), a.id, async (tx) => {
          const published = await publishVersion(tx, versionInput(a.id, 1));
          expect(await getVersion(tx, a.id)).toEqual(published);
          return published;
        });
        expect(await within(a.id, getVersion, a.id, 1)).toEqual(inside);

        // A rolled-back outer transaction takes the version with it.
        await expect(
          withTenant(db(), a.id, async (tx) => {
            await publishVersion(tx, versionInput(a.id, 2));
            throw new Error("abort");
          }),
        ).rejects.toThrow("abort");
        expect((await within(a.id, listVersions, a.id)).map((v) => v.version)).toEqual([1]);
      });

      it("refuses to publish for an unknown tenant", async () => {
        await expect(within(crypto.randomUUID(), publishVersion, versionInput(crypto.randomUUID(), 1))).rejects.toThrow(/does not exist/);
      });

      it("is append-only: no UPDATE/DELETE/TRUNCATE for the app role, and the trigger refuses the owner", async () => {
        const [a, b] = await twoTenants();
        const published = await within(a.id, publishVersion, versionInput(a.id, 1));
        await within(b.id, publishVersion, versionInput(b.id, 1));

        // The application role holds only SELECT and INSERT.
        await within(a.id, async (tx) => {
          await expectDbError(
            tx.transaction((sp) => sp.update(configVersions).set({ note: "rewritten" }).where(eq(configVersions.id, published.id))),
            /permission denied/,
          );
          await expectDbError(
            tx.transaction((sp) => sp.delete(configVersions).where(eq(configVersions.id, published.id))),
            /permission denied/,
          );
          await expectDbError(tx.transaction((sp) => sp.execute(sql`truncate config_versions`)), /permission denied/);
        });

        // Even the owner is refused by the trigger.
        await asOwner(async (owner) => {
          await expectDbError(
            owner.update(configVersions).set({ note: "rewritten" }).where(eq(configVersions.id, published.id)),
            /append-only: UPDATE refused/,
          );
          await expectDbError(
            owner.delete(configVersions).where(eq(configVersions.id, published.id)),
            /append-only: DELETE refused/,
          );
          // Statement-level: even a statement matching no row is refused.
          await expectDbError(
            owner.delete(configVersions).where(eq(configVersions.version, -1)),
            /append-only: DELETE refused/,
          );
          await expectDbError(owner.execute(sql`truncate config_versions`), /append-only: TRUNCATE refused/);
        });
        expect(await within(a.id, getVersion, a.id, 1)).toEqual(published);
      });
    });

    describe("areas", () => {
      const sragen = (suffix = ""): AreaInput[] => [
        { code: "33.14.01.2001", name: `Desa Kalijambe${suffix}`, level: "village", parentCode: "33.14.01" },
        { code: "33.14", name: `Sragen${suffix}`, level: "regency", parentCode: null },
        { code: "33.14.01", name: `Kalijambe${suffix}`, level: "subdistrict", parentCode: "33.14" },
      ];

      it("replaces a tenant's areas and lists them ordered by code", async () => {
        const [a, b] = await twoTenants();
        expect(await within(a.id, replaceAreas, a.id, sragen())).toBe(3);
        expect((await within(a.id, listAreas, a.id)).map((x) => x.code)).toEqual(["33.14", "33.14.01", "33.14.01.2001"]);
        expect(await within(b.id, listAreas, b.id)).toEqual([]);

        // Same codes for tenant B: codes are unique per tenant, not globally.
        expect(await within(b.id, replaceAreas, b.id, sragen(" B"))).toBe(3);
        expect(await within(a.id, replaceAreas, a.id, sragen().slice(1))).toBe(2);
        expect((await within(a.id, listAreas, a.id)).map((x) => x.name)).toEqual(["Sragen", "Kalijambe"]);
        expect((await within(b.id, listAreas, b.id)).map((x) => x.name)).toEqual(["Sragen B", "Kalijambe B", "Desa Kalijambe B"]);
        expect((await within(b.id, listAreas, b.id)).every((x) => x.tenantId === b.id)).toBe(true);

        expect(await within(a.id, replaceAreas, a.id, [])).toBe(0);
        expect(await within(a.id, listAreas, a.id)).toEqual([]);
      });

      it("is all-or-nothing: a bad batch leaves the old areas in place", async () => {
        const [a] = await twoTenants();
        await within(a.id, replaceAreas, a.id, sragen());
        const before = await within(a.id, listAreas, a.id);

        const duplicate: AreaInput[] = [...sragen(" new"), { code: "33.14", name: "Again", level: "regency", parentCode: null }];
        await expectDbError(within(a.id, replaceAreas, a.id, duplicate), /areas_tenant_code/);
        expect(await within(a.id, listAreas, a.id)).toEqual(before);

        const orphanRegency: AreaInput[] = [{ code: "33.15", name: "X", level: "regency", parentCode: "33" }];
        await expectDbError(within(a.id, replaceAreas, a.id, orphanRegency), /areas_parent_rule/);
        expect(await within(a.id, listAreas, a.id)).toEqual(before);
      });
    });

    const context: SuiteContext = { driver: target.name, db, asOwner, twoTenants };
    describeIsolationSuite(context);
    describeAuditSuite(context);
    describeIdentitySuite(context);
  });
}
