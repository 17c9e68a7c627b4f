import { createRoute, type RouteConfig } from "@hono/zod-openapi";
import type { Permission } from "@satu-atap/auth";
import type { Context, MiddlewareHandler } from "hono";
import { createMiddleware } from "hono/factory";
import { membershipsCovering, permissionsOf, platformMemberships } from "./access.ts";
import type { AppEnv } from "./app-env.ts";
import { commonErrors } from "./errors.ts";

/**
 * What a route needs: a named permission (held in the URL's regency for `/api/t/{tenant}/…`
 * routes, platform-wide otherwise), `"session"` (any signed-in user, e.g. `/api/auth/me`),
 * or `"public"` (no session at all). Every route declares one; a test fails otherwise.
 */
export type RoutePermission = Permission | "session";

/** Where a route's permission is recorded in the OpenAPI operation. */
export const PERMISSION_EXTENSION = "x-permission";

/** The security requirement of a signed-in route: the session cookie or the same token as Bearer. */
const SIGNED_IN = [{ sessionCookie: [] }, { bearerToken: [] }];

const TENANT_PATH_PREFIX = "/api/t/{tenant}";

/**
 * `createRoute` plus the permission the route needs, declared in the definition itself.
 * The permission lands in the OpenAPI operation (`x-permission` and `security`), and a
 * middleware enforcing it runs before request validation, so a refused caller learns
 * nothing from validation errors.
 *
 * @example
 * export const listThingsRoute = defineRoute({ method: "get", path: "/api/t/{tenant}/things", permission: "config:read", … });
 */
export function defineRoute<const R extends RouteConfig & { permission: RoutePermission }>(config: R) {
  const { permission, ...route } = config;
  const existing = route.middleware === undefined ? [] : Array.isArray(route.middleware) ? route.middleware : [route.middleware];
  return createRoute({
    ...route,
    [PERMISSION_EXTENSION]: permission,
    security: permission === "public" ? [] : SIGNED_IN,
    middleware: [requirePermission(permission, route.path.startsWith(TENANT_PATH_PREFIX)), ...existing] as MiddlewareHandler[],
  } as Omit<R, "permission"> & { [PERMISSION_EXTENSION]: RoutePermission });
}

function requirePermission(permission: RoutePermission, tenantRoute: boolean) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (permission !== "public") {
      // Tenant routes were already checked for a session and a membership by the tenant scope.
      if (!c.get("auth")) throw unauthenticated(c, null);
      if (permission !== "session") assertPermission(c, permission, tenantRoute);
    }
    await next();
  });
}

/**
 * Refuses the request (403) unless the caller holds `permission` where the route acts:
 * in the URL's regency, or platform-wide. For checks that depend on the input, such as
 * evaluating against the draft.
 *
 * @example
 * if (query.config === "draft") assertPermission(c, "config:edit", true);
 */
export function assertPermission(c: Context<AppEnv>, permission: Permission, tenantRoute: boolean): void {
  const auth = c.get("auth");
  if (!auth) throw unauthenticated(c, null);
  const tenantId = tenantRoute ? c.get("tenant").id : null;
  const reaching = tenantId === null ? platformMemberships(auth.memberships) : membershipsCovering(auth.memberships, tenantId);
  if (!permissionsOf(reaching).includes(permission)) {
    c.set("denial", { status: 403, tenantId, reason: `lacks ${permission}` });
    throw commonErrors.forbidden();
  }
}

/** 401, recorded for the audit trail. */
export function unauthenticated(c: Context<AppEnv>, tenantId: string | null) {
  c.set("denial", { status: 401, tenantId, reason: "no valid session" });
  return commonErrors.unauthorized();
}
