import type { Permission } from "@satu-atap/auth";
import type { Context } from "hono";
import { membershipsCovering, permissionsOf } from "../http/access.ts";
import type { AppEnv } from "../http/app-env.ts";

/** The permissions the caller holds in the URL's regency (for `allowedActions`). */
export function permissionsOfCaller(c: Context<AppEnv>): Permission[] {
  return permissionsOf(membershipsCovering(c.get("auth")?.memberships ?? [], c.get("tenant").id));
}
