import { appendAuditEvent, appendCaseEvent, updateCaseState, type Case, type CaseChanges, type CaseState } from "@satu-atap/db";
import type { Actor } from "../../http/actor.ts";
import { assertTransition, caseChanged, FINAL_STATES, type CaseActionId } from "../../procedure/case-transitions.ts";
import { auditActorFields } from "../audit-actor.ts";
import type { TenantServiceContext } from "../context.ts";

/** Who acts: the audit actor and the name the case history shows. */
export interface StepActor extends Actor {
  label: string;
}

/**
 * Moves a case the caller already locked (`caseInReach(…, lock: true)`) by one action: the
 * transition check (409 listing the allowed actions), the revision-checked update, one history
 * row and one audit event `case.<action>`, all in the request's transaction.
 */
export async function stepCase(
  ctx: TenantServiceContext,
  locked: Case,
  input: {
    action: CaseActionId;
    to: CaseState;
    actor: StepActor;
    now: Date;
    note?: string | null;
    data?: Record<string, unknown>;
    changes?: CaseChanges;
  },
): Promise<Case> {
  assertTransition(locked.state, input.action, input.to);
  const updated = await updateCaseState(ctx.db, {
    tenantId: ctx.tenant.id,
    caseId: locked.id,
    expectedRevision: locked.revision,
    to: input.to,
    now: input.now,
    changes: { ...input.changes, closedAt: FINAL_STATES.includes(input.to) ? input.now : null },
  });
  if (updated === null) throw caseChanged();
  await appendCaseEvent(ctx.db, {
    tenantId: ctx.tenant.id,
    caseId: locked.id,
    action: input.action,
    fromState: locked.state,
    toState: input.to,
    actorUserId: input.actor.userId.startsWith("system:") ? null : input.actor.userId,
    actorLabel: input.actor.label,
    note: input.note ?? null,
    data: input.data ?? null,
    at: input.now,
  });
  await appendAuditEvent(ctx.db, {
    tenantId: ctx.tenant.id,
    action: `case.${input.action}`,
    target: `case:${locked.id}`,
    before: { state: locked.state, revision: locked.revision },
    after: { state: updated.state, revision: updated.revision },
    ...auditActorFields(input.actor, { number: locked.number, ...input.data, ...(input.note ? { note: input.note } : {}) }),
  });
  return updated;
}
