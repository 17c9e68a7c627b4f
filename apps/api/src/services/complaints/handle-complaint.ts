import {
  appendAuditEvent,
  appendComplaintEvent,
  listMembershipsForUser,
  updateComplaint,
  type Complaint,
  type ComplaintChanges,
} from "@satu-atap/db";
import { ApiError } from "../../http/errors.ts";
import { reachOf } from "../../procedure/record-scope.ts";
import { auditActorFields } from "../audit-actor.ts";
import { reachesComplaintPlace } from "./complaint-reach.ts";
import type { ComplaintServiceContext } from "./lodge-complaint.ts";
import { loadComplaintDetail, reachableComplaint } from "./read-complaints.ts";

// Assigning, resolving and annotating a complaint. Each one locks the complaint, checks the
// If-Match ETag when one is sent (a stale one is 409 `COMPLAINT_CHANGED`), changes it, bumps
// its revision and appends to its history, in the request's transaction.

/** The strong ETag of a complaint revision: `"p3"`. */
export function complaintEtag(revision: number): string {
  return `"p${revision}"`;
}

/** The revision an `If-Match` names; undefined when absent. Anything else than one of ours can never match: 409. */
export function expectedComplaintRevision(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === "" || header.trim() === "*") return undefined;
  const match = /^"p(\d{1,9})"$/.exec(header.trim());
  if (!match?.[1]) throw complaintChanged();
  return Number(match[1]);
}

/** 409: somebody changed the complaint since the caller read it. */
export function complaintChanged(): ApiError {
  return new ApiError("COMPLAINT_CHANGED", {
    id: "Pengaduan telah diubah petugas lain sejak Anda membukanya. Muat ulang lalu periksa kembali.",
    en: "Another officer changed the complaint since you opened it. Reload it and check again.",
  });
}

/**
 * Assigns the complaint to a member of the regency who may handle it there (`complaint:handle`
 * reaching its place); 422 `ASSIGNEE_NOT_ELIGIBLE` for anybody else. Moves `open` to `in-progress`.
 */
export async function assignComplaint({
  ctx,
  input,
}: {
  ctx: ComplaintServiceContext;
  input: { complaintId: string; assigneeUserId: string; note?: string | undefined; ifMatch?: string | undefined };
}) {
  const current = await lockedForChange(ctx, input.complaintId, input.ifMatch);
  const assigneeReach = reachOf(await listMembershipsForUser(ctx.db, input.assigneeUserId), ctx.tenant.id, "complaint:handle");
  if (!reachesComplaintPlace(assigneeReach, current.subdistrictCode)) {
    throw new ApiError(
      "ASSIGNEE_NOT_ELIGIBLE",
      {
        id: "Pengaduan hanya dapat diserahkan kepada anggota kabupaten/kota ini yang berwenang menangani pengaduan di wilayahnya.",
        en: "A complaint can only be assigned to a member of this regency who may handle complaints where it is.",
      },
      [{ path: "body/assigneeUserId", message: "not a member with complaint:handle reaching this complaint" }],
    );
  }
  const status = current.status === "open" ? "in-progress" : current.status;
  return change(ctx, current, { assigneeUserId: input.assigneeUserId, status }, {
    action: "assign",
    fromValue: current.assigneeUserId,
    toValue: input.assigneeUserId,
    note: input.note?.trim() || null,
  });
}

/** Resolves the complaint with a written resolution (422 `RESOLUTION_REQUIRED` without one). */
export async function resolveComplaint({
  ctx,
  input,
}: {
  ctx: ComplaintServiceContext;
  input: { complaintId: string; resolution?: string | undefined; ifMatch?: string | undefined };
}) {
  const current = await lockedForChange(ctx, input.complaintId, input.ifMatch);
  const resolution = input.resolution?.trim() ?? "";
  if (resolution === "") {
    throw new ApiError(
      "RESOLUTION_REQUIRED",
      { id: "Tuliskan penyelesaian pengaduan.", en: "Write down how the complaint was resolved." },
      [{ path: "body/resolution", message: "required" }],
    );
  }
  return change(ctx, current, { status: "resolved", resolution, resolvedBy: ctx.actor.userId, resolvedAt: ctx.now }, {
    action: "resolve",
    fromValue: current.status,
    toValue: "resolved",
    note: resolution,
  });
}

/** Adds a note to the complaint's history (also after it is resolved). */
export async function addComplaintNote({
  ctx,
  input,
}: {
  ctx: ComplaintServiceContext;
  input: { complaintId: string; note: string; ifMatch?: string | undefined };
}) {
  const current = await lockedForChange(ctx, input.complaintId, input.ifMatch, { allowResolved: true });
  const note = input.note.trim();
  if (note === "") {
    throw new ApiError("VALIDATION_FAILED", { id: "Catatan tidak boleh kosong.", en: "The note is empty." }, [{ path: "body/note", message: "required" }]);
  }
  return change(ctx, current, {}, { action: "note", fromValue: null, toValue: null, note });
}

async function lockedForChange(ctx: ComplaintServiceContext, complaintId: string, ifMatch: string | undefined, options: { allowResolved?: boolean } = {}) {
  const expected = expectedComplaintRevision(ifMatch);
  const current = await reachableComplaint(ctx, complaintId, { lock: true });
  if (expected !== undefined && expected !== current.revision) throw complaintChanged();
  if (current.status === "resolved" && options.allowResolved !== true) {
    throw new ApiError("COMPLAINT_RESOLVED", {
      id: `Pengaduan ${current.number} sudah diselesaikan.`,
      en: `Complaint ${current.number} is already resolved.`,
    });
  }
  return current;
}

async function change(
  ctx: ComplaintServiceContext,
  current: Complaint,
  changes: ComplaintChanges,
  event: { action: string; fromValue: string | null; toValue: string | null; note: string | null },
) {
  const updated = await updateComplaint(ctx.db, { tenantId: ctx.tenant.id, complaintId: current.id, expectedRevision: current.revision, changes });
  if (updated === null) throw complaintChanged();
  await appendComplaintEvent(ctx.db, {
    tenantId: ctx.tenant.id,
    complaintId: current.id,
    ...event,
    actorUserId: ctx.actor.userId,
    actorLabel: ctx.actor.label,
    at: ctx.now,
  });
  await appendAuditEvent(ctx.db, {
    tenantId: ctx.tenant.id,
    action: `complaint.${event.action}`,
    target: `complaint:${current.id}`,
    before: { status: current.status, assigneeUserId: current.assigneeUserId, revision: current.revision },
    after: { status: updated.status, assigneeUserId: updated.assigneeUserId, revision: updated.revision },
    ...auditActorFields(ctx.actor),
  });
  return loadComplaintDetail(ctx, current.id);
}
