import { appendAuditEvent, appendCaseEvent, lockCase, updateCaseState, type Case, type CaseChanges, type CaseState } from "@satu-atap/db";
import type { Context } from "hono";
import { actorOf, type Actor } from "../http/actor.ts";
import type { AppEnv } from "../http/app-env.ts";
import { commonErrors } from "../http/errors.ts";
import { auditActorFields } from "../services/audit-actor.ts";
import type { TenantServiceContext } from "../services/context.ts";
import { assertTransition, caseChanged, expectedCaseRevision, FINAL_STATES, type CaseActionId } from "./case-transitions.ts";
import { reachesPlace, type RecordReach } from "./record-scope.ts";
import { caseNotFound, couldBeCaseId } from "./case-not-found.ts";

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

/**
 * The case revision the request's `If-Match` names, or undefined when it sends none; a header
 * that is no case ETag is a 409 `CASE_CHANGED`.
 */
export function caseIfMatch(c: Context<AppEnv>): number | undefined {
  return expectedCaseRevision(c.req.header("if-match"));
}

/** The procedure context of a regency route. */
export function caseContextOf(c: Context<AppEnv>): CaseServiceContext {
  return { db: c.get("db"), tenant: c.get("tenant"), now: c.get("now") };
}

/** Which case an action locks, and what the caller knows of it. */
export interface CaseLockInput {
  caseId: string;
  /** From `If-Match` (`caseIfMatch(c)`); undefined: not sent. */
  expectedRevision: number | undefined;
  /**
   * The caller's reach with the action's permission (`callerReach(c, permission)`): a case
   * outside it is a 404, like a missing one. Omit only for system steps.
   */
  reach?: readonly RecordReach[] | undefined;
}

/** One step of a locked case: the action, the state it leads to and what the history shows. */
export interface CaseStep {
  action: CaseActionId;
  /** The state the service chose (must be one the action may lead to). */
  to: CaseState;
  actor: CaseActor;
  note?: string | null | undefined;
  /** What the history row should show of the step (no NIK). */
  data?: Record<string, unknown> | null | undefined;
  /** Other columns the step changes (decision level, facts, documents). */
  changes?: CaseChanges | undefined;
  /** Also put `data` in the audit event's detail (the survey and decision steps do). */
  auditData?: boolean | undefined;
}

export interface TransitionInput extends CaseLockInput, CaseStep {
  /**
   * Runs inside the lock, after the transition was found allowed and before the update: extra
   * checks on the locked case (throw an ApiError to refuse; nothing is written).
   */
  check?: ((locked: Case) => void | Promise<void>) | undefined;
}

/**
 * Locks a case for an action inside the request's transaction (`FOR UPDATE`, so of two officers
 * acting at once the second waits and then sees the first one's revision): 404 when it is
 * missing or outside the caller's reach, 409 `CASE_CHANGED` when `If-Match` names an older
 * revision, and — given the action — 409 `TRANSITION_NOT_ALLOWED` (listing the allowed actions)
 * when the action cannot start from the case's state. For steps whose target state is only
 * known after reading the locked case (a survey, a decision); then `moveLockedCase`.
 */
export async function lockCaseForAction(ctx: TenantServiceContext, input: CaseLockInput & { action?: CaseActionId | undefined }): Promise<Case> {
  if (!couldBeCaseId(input.caseId)) throw caseNotFound();
  const locked = await lockCase(ctx.db, ctx.tenant.id, input.caseId);
  if (locked === null) throw caseNotFound();
  if (input.reach !== undefined && !reachesPlace(input.reach, locked)) throw caseNotFound();
  if (input.expectedRevision !== undefined && input.expectedRevision !== locked.revision) throw caseChanged();
  if (input.action !== undefined) assertTransition(locked.state, input.action);
  return locked;
}

/**
 * Moves a case locked by `lockCaseForAction` by one step: 409 `TRANSITION_NOT_ALLOWED` when the
 * action cannot lead to `to`, then the update (revision + 1, `stateEnteredAt` = now, `closedAt`
 * set on a final state and cleared on leaving one), one history row and one audit event
 * `case.<action>`. Returns the updated case; set its ETag with `caseEtag(updated.revision)`.
 */
export async function moveLockedCase(ctx: CaseServiceContext, locked: Case, step: CaseStep): Promise<Case> {
  assertTransition(locked.state, step.action, step.to);
  const closing = FINAL_STATES.includes(step.to);
  const updated = await updateCaseState(ctx.db, {
    tenantId: ctx.tenant.id,
    caseId: locked.id,
    expectedRevision: locked.revision,
    to: step.to,
    now: ctx.now,
    changes: { ...step.changes, closedAt: closing ? ctx.now : null },
  });
  // The row is locked, so this only happens if a caller forgot the lock elsewhere.
  if (updated === null) throw caseChanged();

  await appendCaseEvent(ctx.db, {
    tenantId: ctx.tenant.id,
    caseId: locked.id,
    action: step.action,
    fromState: locked.state,
    toState: step.to,
    actorUserId: step.actor.userId.startsWith("system:") ? null : step.actor.userId,
    actorLabel: step.actor.label,
    note: step.note ?? null,
    data: step.data ?? null,
    at: ctx.now,
  });
  const detail = { number: locked.number, ...(step.auditData ? step.data : {}), ...(step.note ? { note: step.note } : {}) };
  await appendAuditEvent(ctx.db, {
    tenantId: ctx.tenant.id,
    action: `case.${step.action}`,
    target: `case:${locked.id}`,
    before: { state: locked.state, revision: locked.revision },
    after: { state: updated.state, revision: updated.revision },
    ...auditActorFields(step.actor, detail),
  });
  return updated;
}

/**
 * Moves a case by one action whose target state the caller knows beforehand, the one way every
 * such action route does it: `lockCaseForAction`, the transition check with `to`, the optional
 * `check`, then `moveLockedCase`.
 *
 * @example
 * const updated = await transitionCase({
 *   ctx: caseContextOf(c),
 *   input: { caseId, action: "withdraw", to: "withdrawn", expectedRevision: caseIfMatch(c),
 *            actor: caseActorOf(c), note, reach: callerReach(c, "case:register") },
 * });
 */
export async function transitionCase({ ctx, input }: { ctx: CaseServiceContext; input: TransitionInput }): Promise<Case> {
  const locked = await lockCaseForAction(ctx, { ...input, action: undefined });
  assertTransition(locked.state, input.action, input.to);
  await input.check?.(locked);
  return moveLockedCase(ctx, locked, input);
}
