import { appendAuditEvent, appendCaseEvent, lockCase, updateCaseState, type Case, type CaseChanges, type CaseState } from "@satu-atap/db";
import type { Context } from "hono";
import { actorOf, type Actor } from "../http/actor.ts";
import type { AppEnv } from "../http/app-env.ts";
import { commonErrors } from "../http/errors.ts";
import { auditActorFields } from "../services/audit-actor.ts";
import type { TenantServiceContext } from "../services/context.ts";
import { assertTransition, caseChanged, FINAL_STATES, type CaseActionId } from "./case-transitions.ts";
import { reachesPlace, type RecordReach } from "./record-scope.ts";
import { caseNotFound } from "./case-not-found.ts";

/** What a procedure service needs besides the database and regency: the request's "now". */
export interface CaseServiceContext extends TenantServiceContext {
  /** The API clock's instant for this request (`c.get("now")`): every procedure timestamp. */
  now: Date;
}

/** Who acts on a case: the audit actor plus the name the history shows. */
export interface CaseActor extends Actor {
  /** Shown in the case history ("who"): the user's name. */
  label: string;
}

/** The case actor of a signed-in request in a regency route. */
export function caseActorOf(c: Context<AppEnv>): CaseActor {
  const auth = c.get("auth");
  if (!auth) throw commonErrors.unauthorized();
  return { ...actorOf(c, true), label: auth.user.name };
}

/** The procedure context of a regency route. */
export function caseContextOf(c: Context<AppEnv>): CaseServiceContext {
  return { db: c.get("db"), tenant: c.get("tenant"), now: c.get("now") };
}

export interface TransitionInput {
  caseId: string;
  action: CaseActionId;
  /** The state the service chose (must be one the action may lead to). */
  to: CaseState;
  /** From `If-Match` (`expectedCaseRevision(c.req.header("if-match"))`); undefined: not sent. */
  expectedRevision: number | undefined;
  actor: CaseActor;
  note?: string | null | undefined;
  /** What the history row should show of the step (no NIK). */
  data?: Record<string, unknown> | null | undefined;
  /** Other columns the step changes (decision level, facts, documents). */
  changes?: CaseChanges | undefined;
  /**
   * The caller's reach with the action's permission (`callerReach(c, permission)`): a case
   * outside it is a 404, like a missing one. Omit only for system steps.
   */
  reach?: readonly RecordReach[] | undefined;
  /**
   * Runs inside the lock, after the transition was found allowed and before the update: extra
   * checks on the locked case (throw an ApiError to refuse; nothing is written).
   */
  check?: ((locked: Case) => void | Promise<void>) | undefined;
}

/**
 * Moves a case by one action, the one way every action route does it, inside the request's
 * transaction: lock the case (`FOR UPDATE`, so of two officers acting at once the second waits
 * and then sees the first one's revision), 404 outside the caller's reach, 409 `CASE_CHANGED`
 * when `If-Match` names an older revision, 409 `TRANSITION_NOT_ALLOWED` (listing the allowed
 * actions) when the action cannot start from the case's state or lead to `to`, then the update
 * (revision + 1, `stateEnteredAt` = now, `closedAt` set on a final state and cleared on leaving
 * one), one history row and one audit event `case.<action>`. Returns the updated case; set its
 * ETag with `caseEtag(updated.revision)`.
 *
 * @example
 * const updated = await transitionCase({
 *   ctx: caseContextOf(c),
 *   input: { caseId, action: "withdraw", to: "withdrawn", expectedRevision: expectedCaseRevision(c.req.header("if-match")),
 *            actor: caseActorOf(c), note, reach: callerReach(c, "case:register") },
 * });
 */
export async function transitionCase({ ctx, input }: { ctx: CaseServiceContext; input: TransitionInput }): Promise<Case> {
  const locked = await lockCase(ctx.db, ctx.tenant.id, input.caseId);
  if (locked === null) throw caseNotFound();
  if (input.reach !== undefined && !reachesPlace(input.reach, locked)) throw caseNotFound();
  if (input.expectedRevision !== undefined && input.expectedRevision !== locked.revision) throw caseChanged();
  assertTransition(locked.state, input.action, input.to);
  await input.check?.(locked);

  const closing = FINAL_STATES.includes(input.to);
  const updated = await updateCaseState(ctx.db, {
    tenantId: ctx.tenant.id,
    caseId: locked.id,
    expectedRevision: locked.revision,
    to: input.to,
    now: ctx.now,
    changes: { ...input.changes, closedAt: closing ? ctx.now : null },
  });
  // The row is locked, so this only happens if a caller forgot the lock elsewhere.
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
    at: ctx.now,
  });
  await appendAuditEvent(ctx.db, {
    tenantId: ctx.tenant.id,
    action: `case.${input.action}`,
    target: `case:${locked.id}`,
    before: { state: locked.state, revision: locked.revision },
    after: { state: updated.state, revision: updated.revision },
    ...auditActorFields(input.actor, { number: locked.number, ...(input.note ? { note: input.note } : {}) }),
  });
  return updated;
}
