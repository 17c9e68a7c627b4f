import { createMiddleware } from "hono/factory";
import { TENANT_SLUG_PATTERN, findTenantBySlug } from "@satu-atap/db";
import type { AppEnv } from "./app-env.ts";
import { commonErrors } from "./errors.ts";

/**
 * Resolves `/api/t/{tenant}/…` to a tenant row and puts it on the context.
 * A slug that is malformed or unknown is the same 404, so probing slugs tells
 * nothing. (Membership checks join here when identity lands.)
 */
export const tenantScope = createMiddleware<AppEnv>(async (c, next) => {
  const slug = c.req.param("tenant");
  if (!slug || !TENANT_SLUG_PATTERN.test(slug)) throw commonErrors.tenantNotFound();
  const tenant = await findTenantBySlug(c.get("db"), slug);
  if (!tenant) throw commonErrors.tenantNotFound();
  c.set("tenant", tenant);
  await next();
});
