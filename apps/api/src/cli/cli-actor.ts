import type { Permission } from "@satu-atap/auth";
import { findUserByEmail, listMembershipsForUser, type Db, type Tenant } from "@satu-atap/db";
import { randomUUID } from "node:crypto";
import { membershipsCovering, permissionsOf, platformMemberships, rolesOf } from "../http/access.ts";
import type { Actor } from "../http/actor.ts";
import { CliError } from "./cli-error.ts";

/** Who the command line acts as in the audit trail when no `--actor` is named: whoever can reach the database. */
export const CLI_PRINCIPAL = "system:cli";

/**
 * The actor of a command: the user named by `--actor <email>` (who must be active and hold
 * `permission` where the command acts: in `tenant`, or platform-wide for null), else the
 * system principal. Either way the request id starts with `cli-`, so the audit trail shows
 * the change came from the command line.
 */
export async function cliActor(db: Db, email: string | undefined, need: { permission: Permission; tenant: Tenant | null }): Promise<Actor> {
  const requestId = `cli-${randomUUID()}`;
  if (email === undefined) return { userId: CLI_PRINCIPAL, role: null, requestId };
  const user = await findUserByEmail(db, email);
  if (!user) throw new CliError(`--actor: no user '${email}'.`, 1);
  if (user.status !== "active") throw new CliError(`--actor: ${user.email} is disabled.`, 1);
  const memberships = await listMembershipsForUser(db, user.id);
  const reaching = need.tenant === null ? platformMemberships(memberships) : membershipsCovering(memberships, need.tenant.id);
  if (!permissionsOf(reaching).includes(need.permission)) {
    const where = need.tenant === null ? "platform-wide" : `in ${need.tenant.slug}`;
    throw new CliError(`--actor: ${user.email} does not hold ${need.permission} ${where}, so cannot be recorded as having done this.`, 1);
  }
  return { userId: user.id, role: rolesOf(reaching).join(",") || null, requestId };
}
