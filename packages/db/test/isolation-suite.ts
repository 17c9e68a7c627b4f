import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  APP_ROLE,
  TENANT_TABLES,
  UnsafeAppRoleError,
  appendAuditEvent,
  areas,
  assertSafeAppRole,
  auditEvents,
  configDrafts,
  configVersions,
  createTenant,
  getDraft,
  listAreas,
  publishVersion,
  replaceAreas,
  saveDraft,
  withPlatform,
  withTenant,
  type Db,
  type Tenant,
} from "../src/index.ts";
import { tenantInput } from "../src/testing/index.ts";
import { describeError, expectDbError } from "./expect-db-error.ts";
import type { SuiteContext } from "./suite-context.ts";

/**
 * The second wall: row-level security with the application's own tenant
 * filters taken away, on every driver, as the application role.
 */
export function describeIsolationSuite(ctx: SuiteContext): void {
  const { db, asOwner } = ctx;

  /** A tenant with a row in every tenant table. */
  const populate = async (tenant: Tenant, label: string): Promise<void> => {
    await withTenant(db(), tenant.id, async (tx) => {
      await saveDraft(tx, { tenantId: tenant.id, content: { label }, updatedBy: label });
      await publishVersion(tx, {
        tenantId: tenant.id,
        content: { label },
        contentHash: `sha256-${label}`,
        effectiveFrom: "2025-01-01",
        publishedBy: label,
        note: label,
      });
      await replaceAreas(tx, tenant.id, [{ code: "33.14", name: label, level: "regency", parentCode: null }]);
    });
    await appendAuditEvent(db(), { tenantId: tenant.id, action: "test.populate", target: label });
  };

  /** Every tenant table read with no WHERE at all: what RLS lets through. */
  const unfiltered = async (tx: Db) => ({
    drafts: await tx.select({ tenantId: configDrafts.tenantId }).from(configDrafts),
    versions: await tx.select({ tenantId: configVersions.tenantId }).from(configVersions),
    areas: await tx.select({ tenantId: areas.tenantId }).from(areas),
    audit: await tx.select({ tenantId: auditEvents.tenantId }).from(auditEvents),
  });

  describe("row-level security (the second wall)", () => {
    it("runs as the application role, which is safe (not superuser, no BYPASSRLS, owns nothing)", async () => {
      const [me] = await db()
        .select({ user: sql<string>`current_user` })
        .from(sql`(select 1) as one`);
      expect(me?.user === APP_ROLE || me?.user.startsWith("satu_atap_test_login")).toBe(true);
      await expect(assertSafeAppRole(db())).resolves.toBeUndefined();
    });

    it("assertSafeAppRole refuses the owner/superuser, a BYPASSRLS role and a table owner", async () => {
      const ownerError = await asOwner((owner) => assertSafeAppRole(owner).then(() => undefined, (error: unknown) => error));
      expect(ownerError).toBeInstanceOf(UnsafeAppRoleError);
      expect(describeError(ownerError)).toMatch(/superuser/);

      // Roles are transactional: made, tried and rolled back, never seen by anyone else.
      const suffix = randomBytes(4).toString("hex");
      const rollback = new Error("rollback");
      const problems = async (setup: string[]): Promise<readonly string[]> =>
        asOwner(async (owner) => {
          let found: readonly string[] = [];
          await owner
            .transaction(async (tx) => {
              for (const statement of setup) await tx.execute(sql.raw(statement));
              const error = await assertSafeAppRole(tx).then(() => undefined, (e: unknown) => e);
              if (error instanceof UnsafeAppRoleError) found = error.problems;
              throw rollback;
            })
            .catch((error: unknown) => {
              if (error !== rollback) throw error;
            });
          return found;
        });

      const bypass = `satu_atap_probe_bypass_${suffix}`;
      expect(await problems([`create role ${bypass} nologin bypassrls`, `set local role ${bypass}`])).toEqual([
        "it has BYPASSRLS",
      ]);

      const owner = `satu_atap_probe_owner_${suffix}`;
      const ownedProblems = await problems([
        `create role ${owner} nologin`,
        `create table probe_owned_${suffix} (id int)`,
        `alter table probe_owned_${suffix} owner to ${owner}`,
        `set local role ${owner}`,
      ]);
      expect(ownedProblems).toHaveLength(1);
      expect(ownedProblems[0]).toMatch(new RegExp(`owns .*probe_owned_${suffix}`));
    });

    it("puts every table with a tenant_id under ENABLE + FORCE row-level security (memberships excepted)", async () => {
      const rows = await db()
        .select({
          table: sql<string>`c.relname`,
          enabled: sql<boolean>`c.relrowsecurity`,
          forced: sql<boolean>`c.relforcerowsecurity`,
        })
        .from(sql`pg_class c join pg_namespace n on n.oid = c.relnamespace`)
        .where(
          sql`n.nspname = 'public' and c.relkind in ('r', 'p') and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)`,
        )
        .orderBy(sql`c.relname`);
      // memberships: read by user id at sign-in, before any tenant is known (ADR 0005).
      const tenantTables = rows.filter((row) => row.table !== "memberships");
      expect(tenantTables.map((row) => row.table)).toEqual([...TENANT_TABLES].sort());
      for (const row of tenantTables) expect(row, row.table).toMatchObject({ enabled: true, forced: true });
    });

    it("with the application's tenant filter removed, a tenant's transaction sees only its own rows", async () => {
      const [a, b] = await ctx.twoTenants();
      await populate(a, "A");
      await populate(b, "B");

      const seenByA = await withTenant(db(), a.id, unfiltered);
      for (const [table, rows] of Object.entries(seenByA)) {
        expect(rows.length, table).toBeGreaterThan(0);
        expect(rows.every((row) => row.tenantId === a.id), table).toBe(true);
      }
      const seenByB = await withTenant(db(), b.id, unfiltered);
      for (const [table, rows] of Object.entries(seenByB)) {
        expect(rows.every((row) => row.tenantId === b.id), table).toBe(true);
      }

      // The query functions' own filter asking for B inside A's scope finds nothing.
      expect(await withTenant(db(), a.id, (tx) => getDraft(tx, b.id))).toBeUndefined();
      expect(await withTenant(db(), a.id, (tx) => listAreas(tx, b.id))).toEqual([]);
    });

    it("shows nothing from tenant tables without a tenant scope, in or out of a transaction", async () => {
      const [a] = await ctx.twoTenants();
      await populate(a, "A");
      const empty = { drafts: [], versions: [], areas: [], audit: [] };
      expect(await unfiltered(db())).toEqual(empty);
      expect(await db().transaction(unfiltered)).toEqual(empty);
      // Right after a scoped transaction, on whichever pooled connection: the setting did not stay.
      await withTenant(db(), a.id, unfiltered);
      expect(await unfiltered(db())).toEqual(empty);
    });

    it("refuses writing another tenant's rows while scoped to one", async () => {
      const [a, b] = await ctx.twoTenants();
      await populate(b, "B");
      await withTenant(db(), a.id, async (tx) => {
        await expectDbError(
          tx.transaction((sp) => sp.insert(configDrafts).values({ tenantId: b.id, content: {}, updatedBy: "x" })),
          /row-level security/,
        );
        await expectDbError(
          tx.transaction((sp) =>
            sp.insert(areas).values({ tenantId: b.id, code: "1", name: "x", level: "regency", parentCode: null }),
          ),
          /row-level security/,
        );
        await expectDbError(
          tx.transaction((sp) => sp.insert(auditEvents).values({ tenantId: b.id, action: "test.forged" })),
          /row-level security/,
        );
        // Moving one's own row to another tenant is a write of B's row too.
        await saveDraft(tx, { tenantId: a.id, content: {}, updatedBy: "a" });
        await expectDbError(
          tx.transaction((sp) => sp.update(configDrafts).set({ tenantId: b.id })),
          /row-level security/,
        );
        // B's rows are invisible, so updates and deletes simply find nothing.
        expect(await tx.update(configDrafts).set({ updatedBy: "a" }).where(sql`tenant_id = ${b.id}`).returning()).toEqual([]);
        expect(await tx.delete(areas).where(sql`tenant_id = ${b.id}`).returning()).toEqual([]);
      });
      expect(await withTenant(db(), b.id, (tx) => listAreas(tx, b.id))).toHaveLength(1);
      expect(await withTenant(db(), b.id, (tx) => getDraft(tx, b.id))).toMatchObject({ updatedBy: "B" });
    });

    it("lets the platform scope read every tenant but write none", async () => {
      const [a, b] = await ctx.twoTenants();
      await populate(a, "A");
      await populate(b, "B");
      await withPlatform(db(), async (tx) => {
        const { versions } = await unfiltered(tx);
        const tenants = new Set(versions.map((row) => row.tenantId));
        expect(tenants.has(a.id) && tenants.has(b.id)).toBe(true);
        await expectDbError(
          tx.transaction((sp) => sp.insert(configDrafts).values({ tenantId: a.id, content: {}, updatedBy: "x" })),
          /row-level security/,
        );
        expect(await tx.delete(areas).returning()).toEqual([]);
      });
    });

    it("creates a tenant and writes its draft, version and areas in one transaction (nested scope)", async () => {
      const [other] = await ctx.twoTenants();
      const created = await db().transaction(async (tx) => {
        const tenant = await createTenant(tx, tenantInput());
        await withTenant(tx, tenant.id, async (scoped) => {
          await saveDraft(scoped, { tenantId: tenant.id, content: { n: 1 }, updatedBy: "seed" });
          await replaceAreas(scoped, tenant.id, [{ code: "33.14", name: "X", level: "regency", parentCode: null }]);
          // A nested scope for another tenant, then back: the outer scope is restored.
          await withTenant(scoped, other.id, async (inner) => {
            expect(await getDraft(inner, tenant.id)).toBeUndefined();
          });
          expect(await getDraft(scoped, tenant.id)).toMatchObject({ revision: 1 });
        });
        // Outside the nested scope, the outer (unscoped) transaction sees nothing again.
        expect(await tx.select().from(configDrafts)).toEqual([]);
        return tenant;
      });
      expect(await withTenant(db(), created.id, (tx) => listAreas(tx, created.id))).toHaveLength(1);
    });

    it("keeps interleaved transactions of two tenants on one pool apart", async () => {
      const [a, b] = await ctx.twoTenants();
      await populate(a, "A");
      await populate(b, "B");
      const leaks: string[] = [];
      // More transactions than pool connections, each pausing mid-way so the
      // other tenant's transactions run in between on the other connections.
      await Promise.all(
        Array.from({ length: 40 }, async (_, n) => {
          const tenant = n % 2 === 0 ? a : b;
          await withTenant(db(), tenant.id, async (tx) => {
            const first = await unfiltered(tx);
            await tx.execute(sql`select pg_sleep(${(n % 5) / 1000})`);
            const second = await unfiltered(tx);
            for (const seen of [first, second]) {
              for (const [table, rows] of Object.entries(seen)) {
                if (rows.length === 0 || rows.some((row) => row.tenantId !== tenant.id)) leaks.push(`${n}:${table}`);
              }
            }
          });
          // And between transactions, an unscoped read on the same pool sees nothing.
          const after = await unfiltered(db());
          if (Object.values(after).some((rows) => rows.length > 0)) leaks.push(`${n}:unscoped`);
        }),
      );
      expect(leaks).toEqual([]);
    });

    it("refuses a malformed tenant id before it reaches a policy", async () => {
      await expect(withTenant(db(), "sragen", async () => 1)).rejects.toThrow(/not a tenant id/);
    });
  });
}
