import { asc, eq } from "drizzle-orm";
import type { Db } from "../client.ts";
import { tenants, type NewTenant, type Tenant } from "../schema/index.ts";

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
 * const tenant = await createTenant(db, { slug: "sragen", name: "Kabupaten Sragen", regencyCode: "33.14" });
 */
export async function createTenant(db: Db, input: NewTenant): Promise<Tenant> {
  const [tenant] = await db.insert(tenants).values(input).returning();
  if (tenant === undefined) throw new Error("insert into tenants returned no row");
  return tenant;
}
