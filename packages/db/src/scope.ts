import { sql } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import type { Db } from "./client.ts";

// Transaction-local settings read by the row-level security policies
// (`app_tenant_id()`, `app_platform_scope()` in the row_level_security migration).
interface Scope {
  tenantId: string;
  platform: "on" | "";
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Runs `fn` in a transaction whose row-level security scope is one tenant:
 * tenant tables (config drafts and versions, areas, audit events) show and
 * accept only that tenant's rows, whatever the query's own filter says. The
 * query functions keep their `tenantId` filter too (the first wall); this is
 * the second.
 *
 * The scope is set with `set_config('app.tenant_id', $1, true)`, local to the
 * transaction, so a pooled connection never carries it into the next request.
 * Inside an existing transaction (`db` is a `tx`) it runs in a savepoint and
 * restores the outer scope afterwards, so e.g. creating a tenant and then
 * writing its draft in one transaction works:
 *
 * @example
 * const draft = await withTenant(db, ctx.tenant.id, (tx) => getDraft(tx, ctx.tenant.id));
 *
 * @example
 * await db.transaction(async (tx) => {
 *   const tenant = await createTenant(tx, input);
 *   await withTenant(tx, tenant.id, (scoped) => saveDraft(scoped, { tenantId: tenant.id, content, updatedBy }));
 * });
 */
export async function withTenant<T>(db: Db, tenantId: string, fn: (tx: Db) => Promise<T>): Promise<T> {
  // A malformed id would surface as a uuid cast error inside a policy; say it plainly.
  if (!UUID.test(tenantId)) throw new TypeError(`withTenant: not a tenant id (uuid): ${JSON.stringify(tenantId)}`);
  return inScope(db, { tenantId, platform: "" }, fn);
}

/**
 * Runs `fn` in a transaction in the platform scope (province level): it may
 * read every tenant's rows in tenant tables, but write none of them, and it
 * reads and writes the platform audit chain (`tenant_id` NULL). Tables that
 * are not tenant tables (tenants, users, memberships, sessions, login
 * attempts) need no scope at all. Nested use restores the outer scope, like
 * {@link withTenant}.
 *
 * @example
 * const rows = await withPlatform(db, (tx) => tx.select().from(configVersions)); // every regency
 */
export async function withPlatform<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return inScope(db, { tenantId: "", platform: "on" }, fn);
}

async function inScope<T>(db: Db, scope: Scope, fn: (tx: Db) => Promise<T>): Promise<T> {
  // Only a nested call has an outer scope to give back: a top-level
  // transaction's settings vanish with it.
  const nested = db instanceof PgTransaction;
  return db.transaction(async (tx) => {
    const outer = nested ? await readScope(tx) : undefined;
    await writeScope(tx, scope);
    const result = await fn(tx);
    // On failure the savepoint's rollback restores the outer settings by itself.
    if (outer !== undefined) await writeScope(tx, outer);
    return result;
  });
}

async function writeScope(tx: Db, scope: Scope): Promise<void> {
  await tx.execute(
    sql`select set_config('app.tenant_id', ${scope.tenantId}, true), set_config('app.platform', ${scope.platform}, true)`,
  );
}

async function readScope(tx: Db): Promise<Scope> {
  const [row] = await tx
    .select({
      tenantId: sql<string | null>`current_setting('app.tenant_id', true)`,
      platform: sql<string | null>`current_setting('app.platform', true)`,
    })
    .from(sql`(select 1) as scope`);
  return { tenantId: row?.tenantId ?? "", platform: row?.platform === "on" ? "on" : "" };
}
