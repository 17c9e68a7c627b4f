import { surveysAndDecisionsOf } from "../procedure/case-decisions.ts";
import type { Permission } from "@satu-atap/auth";
import {
  appendAuditEvent,
  caseInScope,
  findCase,
  listCaseEvents,
  listCases,
  tasksOfCase,
  type Case,
  type CaseEvent,
  type CaseState,
  type VerificationTask,
} from "@satu-atap/db";
import type { NikCrypto } from "@satu-atap/nik";
import type { Actor } from "../../http/actor.ts";
import { allowedActions, CASE_ACTIONS, type CaseAction, type CaseActionId } from "../../procedure/case-transitions.ts";
import { caseNotFound } from "../../procedure/case-not-found.ts";
import type { RecordReach } from "../../procedure/record-scope.ts";
import type { CaseServiceContext } from "../../procedure/transition-case.ts";
import { auditActorFields } from "../audit-actor.ts";
import { configVersion, serviceOf } from "./case-config.ts";
import { caseScopeOf } from "./case-scope.ts";
import { serviceTimeOf } from "./service-time.ts";

/** A case as every list shows it: the NIK masked, never in clear. */
export function presentCaseSummary(row: Case, now: Date) {
  return {
    id: row.id,
    number: row.number,
    serviceId: row.serviceId,
    deskId: row.deskId,
    channel: row.channel,
    receivedAt: row.receivedAt,
    decisionLevel: row.decisionLevel,
    subdistrictCode: row.subdistrictCode,
    villageCode: row.villageCode,
    applicant: { nikMasked: row.applicantNikMasked, name: row.applicantName, kkMasked: row.kkMasked, contact: row.contact },
    state: row.state,
    revision: row.revision,
    fastPath: row.fastPath,
    configVersion: row.configVersion,
    createdAt: row.createdAt.toISOString(),
    stateEnteredAt: row.stateEnteredAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    overdue: (row.closedAt ?? now).getTime() > row.dueAt.getTime(),
  };
}

/** One history row as the case view shows it. */
export function presentCaseEvent(event: CaseEvent) {
  return {
    id: event.id,
    action: event.action,
    from: event.fromState,
    to: event.toState,
    by: { userId: event.actorUserId, name: event.actorLabel },
    at: event.at.toISOString(),
    note: event.note,
    data: event.data,
  };
}

/** A verification task as the case view and task lists show it. */
export function presentTask(task: VerificationTask, extra: { caseNumber?: string | null; serviceId?: string | null; applicantName?: string | null } = {}) {
  return {
    id: task.id,
    caseId: task.caseId,
    complaintId: task.complaintId,
    reason: task.reason,
    subdistrictCode: task.subdistrictCode,
    villageCode: task.villageCode,
    assigneeUserId: task.assigneeUserId,
    status: task.status,
    createdAt: task.createdAt.toISOString(),
    completedAt: task.completedAt?.toISOString() ?? null,
    ...(extra.caseNumber === undefined ? {} : { case: extra.caseNumber === null ? null : { number: extra.caseNumber, serviceId: extra.serviceId ?? null, applicantName: extra.applicantName ?? null } }),
  };
}

/** The actions the caller may take on a case in this state: allowed by the state machine and held as permissions. */
export function callerActions(state: CaseState, permissions: readonly Permission[]): CaseActionId[] {
  return allowedActions(state).filter((id) => {
    const action: CaseAction = CASE_ACTIONS[id];
    return action.permission !== null && permissions.includes(action.permission);
  });
}

/** The full case view: checklist, list match, facts, history, the caller's actions, tasks and service time. */
export async function presentCase(ctx: CaseServiceContext, row: Case, permissions: readonly Permission[]) {
  const [events, tasks, config] = [
    await listCaseEvents(ctx.db, ctx.tenant.id, row.id),
    await tasksOfCase(ctx.db, ctx.tenant.id, row.id),
    await configVersion(ctx, row.configVersion),
  ];
  const service = config === null ? undefined : serviceOf(config, row.serviceId);
  return {
    ...presentCaseSummary(row, ctx.now),
    documents: row.documents,
    listMatch: row.listMatch,
    facts: row.facts,
    history: events.map(presentCaseEvent),
    allowedActions: callerActions(row.state, permissions),
    tasks: tasks.map((t) => presentTask(t)),
    serviceTime: serviceTimeOf({ events, createdAt: row.createdAt, dueAt: row.dueAt, closedAt: row.closedAt, now: ctx.now, standard: service?.serviceTime ?? null }),
    ...(await surveysAndDecisionsOf(ctx, row.id)),
  };
}

/** A case the caller reaches (`case:read` reach), or 404 (missing, another regency's, outside the reach). */
export async function readableCase(ctx: CaseServiceContext, caseId: string, reach: readonly RecordReach[]): Promise<Case> {
  const row = await findCase(ctx.db, ctx.tenant.id, caseId);
  if (row === null || !(await caseInScope(ctx.db, ctx.tenant.id, caseId, caseScopeOf(reach)))) throw caseNotFound();
  return row;
}

/** A page of the cases the caller reaches, newest first. */
export async function listReadableCases({
  ctx,
  input,
}: {
  ctx: CaseServiceContext;
  input: { reach: readonly RecordReach[]; states?: CaseState[] | undefined; serviceId?: string | undefined; overdue?: boolean | undefined; limit: number; offset: number };
}) {
  const { rows, total } = await listCases(ctx.db, ctx.tenant.id, caseScopeOf(input.reach), {
    states: input.states,
    serviceId: input.serviceId,
    overdueAt: input.overdue === true ? ctx.now : undefined,
    limit: input.limit,
    offset: input.offset,
  });
  return { cases: rows.map((row) => presentCaseSummary(row, ctx.now)), total, limit: input.limit, offset: input.offset };
}

/**
 * The applicant's full NIK, for a caller holding `nik:reveal` who reaches the case: decrypted
 * and audited as `nik.reveal` (masked NIK only) in the same transaction: no record, no reveal.
 */
export async function revealCaseNik({
  ctx,
  input,
}: {
  ctx: CaseServiceContext & { nikCrypto: NikCrypto };
  input: { caseId: string; reach: readonly RecordReach[]; actor: Actor; reason?: string | undefined };
}) {
  const row = await readableCase(ctx, input.caseId, input.reach);
  const nik = await ctx.nikCrypto.decrypt(row.applicantNikCiphertext, row.applicantNikKeyId);
  await appendAuditEvent(ctx.db, {
    tenantId: ctx.tenant.id,
    action: "nik.reveal",
    target: `case:${row.id}`,
    ...auditActorFields(input.actor, { nikMasked: row.applicantNikMasked, caseNumber: row.number, reason: input.reason ?? null }),
  });
  return { caseId: row.id, nik, nikMasked: row.applicantNikMasked };
}
