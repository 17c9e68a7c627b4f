import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./app-env.ts";
import { PERMISSION_EXTENSION, type RoutePermission } from "./route-permission.ts";

/** A route and the permission it declares (OpenAPI-style path, `{param}`). */
export interface DeclaredRoute {
  method: string;
  path: string;
  permission: RoutePermission | undefined;
}

/** A route outside the OpenAPI document (a page), with its declared permission. */
export interface PageDeclaration {
  method: string;
  path: string;
  permission: RoutePermission;
}

/**
 * Every operation in the app's OpenAPI registry with the permission its definition
 * declares (undefined when a route was made with plain `createRoute`), plus the pages.
 * The route × role matrix test is generated from this.
 */
export function declaredRoutes(app: OpenAPIHono<AppEnv>, pages: readonly PageDeclaration[]): DeclaredRoute[] {
  const routes: DeclaredRoute[] = [];
  for (const definition of app.openAPIRegistry.definitions) {
    if (definition.type !== "route") continue;
    const route: Record<string, unknown> = { ...definition.route };
    const permission = route[PERMISSION_EXTENSION];
    routes.push({
      method: definition.route.method.toUpperCase(),
      path: definition.route.path,
      permission: typeof permission === "string" ? (permission as RoutePermission) : undefined,
    });
  }
  return [...routes, ...pages];
}
