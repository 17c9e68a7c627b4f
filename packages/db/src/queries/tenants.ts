import { asc, eq, max } from "drizzle-orm";
import type { Db } from "../client.ts";
import { configVersions, tenants, type NewTenant, type Tenant } from "../schema/index.ts";
import { withPlatform } from "../scope.ts";

/**
 * All tenants, ordered by slug. Not tenant-scoped on purpose: for the province
 * console and for resolving a URL slug; callers gate it by role.
 *
 * @example
 * const all = await listTenants(db); // [{ slug: "karanganyar", … }, { slug: "sragen", … }]
 */
export async function listTenants(db: Db): Promise<Tenant[]> {
  return db.select().from(tenants).orderBy(asc(tenants.slug));
}

/**
 * The tenant with this URL slug, if any.
 *
 * @example
 * const tenant = await findTenantBySlug(db, "sragen");
 */
export async function findTenantBySlug(db: Db, slug: string): Promise<Tenant | undefined> {
  const [tenant] = await db.select().from(tenants).where(eq(tenants.slug, slug)).limit(1);
  return tenant;
}

/**
 * The tenant with this id, if any.
 *
 * @example
 * const tenant = await getTenant(db, ctx.tenant.id);
 */
export async function getTenant(db: Db, tenantId: string): Promise<Tenant | undefined> {
  const [tenant] = await db.select().from(tenants).where(eq(tenants.id, tenantId)).limit(1);
  return tenant;
}

/**
 * Creates a tenant. The database refuses a malformed or taken slug
 * (`tenants_slug_format`, `tenants_slug_unique`).
 *
 * @example
 * const tenant = await createTenant(db, { slug: "sragen", name: "Kabupaten Sragen", regencyCode: "3314" });
 */
export async function createTenant(db: Db, input: NewTenant): Promise<Tenant> {
  const [tenant] = await db.insert(tenants).values(input).returning();
  if (tenant === undefined) throw new Error("insert into tenants returned no row");
  return tenant;
}

/** A tenant with the number of its latest published configuration version (null when none). */
export type TenantWithLatestVersion = Tenant & { latestVersion: number | null };

/**
 * All tenants with their latest published version, in one query (the province
 * console lists every regency; no query per row). Province level by nature,
 * so it runs in the platform scope itself (row-level security would otherwise
 * hide every tenant's versions from the application role); inside a caller's
 * transaction that is a savepoint, and the caller's scope is restored.
 *
 * @example
 * const rows = await listTenantsWithLatestVersion(db); // [{ slug: "sragen", latestVersion: 3, … }]
 */
export async function listTenantsWithLatestVersion(db: Db): Promise<TenantWithLatestVersion[]> {
  return withPlatform(db, async (tx) => {
    const latest = tx
      .select({ tenantId: configVersions.tenantId, version: max(configVersions.version).as("latest_version") })
      .from(configVersions)
      .groupBy(configVersions.tenantId)
      .as("latest");
    const rows = await tx
      .select({ tenant: tenants, latestVersion: latest.version })
      .from(tenants)
      .leftJoin(latest, eq(latest.tenantId, tenants.id))
      .orderBy(asc(tenants.slug));
    return rows.map((row) => ({ ...row.tenant, latestVersion: row.latestVersion ?? null }));
  });
}

/**
 * Updates a tenant's lifecycle status, template flag, or the template version it
 * last synced with (`clonedFromVersion`, after merging template updates; the
 * template itself and the slug never change). Returns the updated tenant.
 *
 * @example
 * await updateTenant(db, tenant.id, { status: "active" });
 * await updateTenant(db, tenant.id, { isTemplate: true });
 * await updateTenant(db, tenant.id, { clonedFromVersion: 3 });
 */
export async function updateTenant(
  db: Db,
  tenantId: string,
  changes: Partial<Pick<Tenant, "status" | "isTemplate" | "clonedFromVersion">>,
): Promise<Tenant> {
  const [tenant] = await db.update(tenants).set(changes).where(eq(tenants.id, tenantId)).returning();
  if (tenant === undefined) throw new Error(`tenant ${tenantId} does not exist`);
  return tenant;
}
