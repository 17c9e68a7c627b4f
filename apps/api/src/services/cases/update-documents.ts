import { appendAuditEvent, appendCaseEvent, updateCaseState, type Case, type CaseDocument } from "@satu-atap/db";
import { ApiError } from "../../http/errors.ts";
import { caseChanged, FINAL_STATES } from "../../procedure/case-transitions.ts";
import type { RecordReach } from "../../procedure/record-scope.ts";
import { lockCaseForAction, type CaseActor, type CaseServiceContext } from "../../procedure/transition-case.ts";
import { auditActorFields } from "../audit-actor.ts";

/**
 * Ticks documents of an open case's checklist as brought (or un-ticks them), keeping its state:
 * locked like a transition (`lockCaseForAction`), with a `documents` history row
 * (from = to = the current state). Only documents on the checklist can be ticked (422
 * `UNKNOWN_DOCUMENT`); a closed case's checklist is history (409 `TRANSITION_NOT_ALLOWED`).
 */
export async function updateCaseDocuments({
  ctx,
  input,
}: {
  ctx: CaseServiceContext;
  input: { caseId: string; expectedRevision: number | undefined; documents: Record<string, boolean>; note?: string | undefined; actor: CaseActor; reach: readonly RecordReach[] };
}): Promise<Case> {
  const locked = await lockCaseForAction(ctx, input);
  if (FINAL_STATES.includes(locked.state)) {
    throw new ApiError(
      "TRANSITION_NOT_ALLOWED",
      { id: `Kasus berstatus "${locked.state}" sudah selesai; dokumennya tidak dapat diubah.`, en: `A case in state "${locked.state}" is closed; its documents cannot change.` },
      [{ path: "state", message: "allowed actions: none" }],
    );
  }
  const onList = new Set(locked.documents.map((d) => d.id));
  const unknown = Object.keys(input.documents).filter((id) => !onList.has(id));
  if (unknown.length > 0) {
    throw new ApiError(
      "UNKNOWN_DOCUMENT",
      { id: "Dokumen tidak ada dalam daftar periksa kasus ini.", en: "A document is not on this case's checklist." },
      unknown.map((id) => ({ path: `/documents/${id}`, message: `not on the checklist: ${[...onList].join(", ")}` })),
    );
  }
  const documents: CaseDocument[] = locked.documents.map((d) => ({ id: d.id, present: input.documents[d.id] ?? d.present }));
  const changed = documents.filter((d, i) => d.present !== locked.documents[i]?.present);
  // The state stays: the same state, and its entry time kept (`now` is what `stateEnteredAt` gets).
  const updated = await updateCaseState(ctx.db, {
    tenantId: ctx.tenant.id,
    caseId: locked.id,
    expectedRevision: locked.revision,
    to: locked.state,
    now: locked.stateEnteredAt,
    changes: { documents },
  });
  if (updated === null) throw caseChanged();
  await appendCaseEvent(ctx.db, {
    tenantId: ctx.tenant.id,
    caseId: locked.id,
    action: "documents",
    fromState: locked.state,
    toState: locked.state,
    actorUserId: input.actor.userId.startsWith("system:") ? null : input.actor.userId,
    actorLabel: input.actor.label,
    note: input.note ?? null,
    data: { present: changed.filter((d) => d.present).map((d) => d.id), missing: changed.filter((d) => !d.present).map((d) => d.id) },
    at: ctx.now,
  });
  await appendAuditEvent(ctx.db, {
    tenantId: ctx.tenant.id,
    action: "case.documents",
    target: `case:${locked.id}`,
    before: { documents: locked.documents, revision: locked.revision },
    after: { documents, revision: updated.revision },
    ...auditActorFields(input.actor, { number: locked.number }),
  });
  return updated;
}
