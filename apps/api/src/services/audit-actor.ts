import type { Actor } from "../http/actor.ts";

// Principals that are not users (`system:seed`, `system:cli`). Authorship columns (a draft's
// `updatedBy`, a version's `publishedBy`) are text and name them as they are.
const SYSTEM_PRINCIPAL_PREFIX = "system:";

/** Whether an actor id names a system principal (e.g. `system:cli`) rather than a user. */
export function isSystemPrincipal(actorId: string): boolean {
  return actorId.startsWith(SYSTEM_PRINCIPAL_PREFIX);
}

/**
 * The actor fields of an audit event. `actorUserId` is a user's id, so a system principal is
 * recorded as `details.actor` instead, as the command line's user commands record it.
 *
 * @example
 * await appendAuditEvent(db, { tenantId, action: "config.import", ...auditActorFields(actor, { source }) });
 */
export function auditActorFields(actor: Actor, details?: Record<string, unknown>) {
  const system = isSystemPrincipal(actor.userId);
  return {
    actorUserId: system ? null : actor.userId,
    actorRole: actor.role,
    requestId: actor.requestId,
    details: system ? { actor: actor.userId, ...details } : details,
  };
}
