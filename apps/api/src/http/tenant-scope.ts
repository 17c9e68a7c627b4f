import { createMiddleware } from "hono/factory";
import { TENANT_SLUG_PATTERN, findTenantBySlug, withTenant } from "@satu-atap/db";
import { membershipsCovering } from "./access.ts";
import type { AppEnv } from "./app-env.ts";
import { commonErrors } from "./errors.ts";
import { unauthenticated } from "./route-permission.ts";

/**
 * Resolves `/api/t/{tenant}/…` for a signed-in member and runs the rest of the request in
 * that regency's row-level security scope (`withTenant`): handlers get the transaction as
 * `db`, so even a query that forgot its tenant filter sees only this regency.
 *
 * - No session: 401 (before the slug is looked at, so it reveals nothing).
 * - Malformed, unknown, or a regency none of the caller's memberships reach: the same 404.
 */
export const tenantScope = createMiddleware<AppEnv>(async (c, next) => {
  const auth = c.get("auth");
  if (!auth) throw unauthenticated(c, null);
  const slug = c.req.param("tenant");
  if (!slug || !TENANT_SLUG_PATTERN.test(slug)) throw commonErrors.tenantNotFound();
  const root = c.get("db");
  const tenant = await findTenantBySlug(root, slug);
  if (!tenant) throw commonErrors.tenantNotFound();
  if (membershipsCovering(auth.memberships, tenant.id).length === 0) {
    c.set("denial", { status: 404, tenantId: tenant.id, reason: "not a member" });
    throw commonErrors.tenantNotFound();
  }
  c.set("tenant", tenant);
  if (managesOwnTransactions(c.req.method, c.req.path)) {
    // The handler scopes each of its transactions itself (withTenant); `db` stays the root.
    await next();
    return;
  }
  try {
    await withTenant(root, tenant.id, async (tx) => {
      // PGlite has one connection: inside this transaction nothing may use `root` (deadlock).
      c.set("db", tx);
      await next();
      // Hono turned a handler's error into a response, so next() did not throw: throw
      // here so the transaction rolls back instead of committing half the work.
      if (c.error) throw new RolledBack();
    });
  } catch (error) {
    // The error response is already on the context (and a 500 already logged once).
    if (!(error instanceof RolledBack)) throw error;
  } finally {
    c.set("db", root);
  }
});

// Routes that commit in several transactions of their own instead of the request's one: a
// streamed reference import commits batch by batch, so that its progress is readable while
// it runs and an interruption keeps what was committed. Their handlers must run every query
// inside `withTenant(db, tenant.id, …)` themselves.
const OWN_TRANSACTION_ROUTES: ReadonlyArray<{ method: string; path: RegExp }> = [
  { method: "POST", path: /^\/api\/t\/[^/]+\/reference-imports\/?$/ },
];

function managesOwnTransactions(method: string, path: string): boolean {
  return OWN_TRANSACTION_ROUTES.some((route) => route.method === method && route.path.test(path));
}

/** Aborts the tenant transaction after a request that already has its error response. */
class RolledBack extends Error {
  constructor() {
    super("tenant transaction rolled back after an error response");
    this.name = "RolledBack";
  }
}
