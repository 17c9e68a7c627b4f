import type { Context } from "hono";
import { membershipsCovering, platformMemberships, rolesOf } from "./access.ts";
import type { AppEnv } from "./app-env.ts";
import { commonErrors } from "./errors.ts";

/** Who did it, for the audit trail: the signed-in user, the roles reaching where the route acts, the request. */
export interface Actor {
  /** The user's id; or, for the command line without `--actor`, the system principal `system:cli`. */
  userId: string;
  role: string | null;
  requestId: string;
}

/**
 * The actor of a signed-in request. In a regency route the roles are those reaching that
 * regency; elsewhere the platform-wide ones.
 */
export function actorOf(c: Context<AppEnv>, tenantRoute: boolean): Actor {
  const auth = c.get("auth");
  if (!auth) throw commonErrors.unauthorized();
  const reaching = tenantRoute ? membershipsCovering(auth.memberships, c.get("tenant").id) : platformMemberships(auth.memberships);
  return { userId: auth.user.id, role: rolesOf(reaching).join(",") || null, requestId: c.get("requestId") };
}
