import {
  findCase,
  findComplaint,
  listComplaintEvents,
  listComplaints,
  tasksOfComplaint,
  type Complaint,
  type ComplaintCategory,
  type ComplaintStatus,
} from "@satu-atap/db";
import { ApiError } from "../../http/errors.ts";
import type { TenantServiceContext } from "../context.ts";
import { reachedSubdistricts, reachesComplaintPlace } from "./complaint-reach.ts";
import type { ComplaintServiceContext } from "./lodge-complaint.ts";

/** A complaint as every reader sees it: NIK and KK masked, never their lookup values. */
export function presentComplaint(row: Complaint, now: Date) {
  return {
    id: row.id,
    number: row.number,
    category: row.category,
    description: row.description,
    complainant: row.complainantName === null && row.complainantContact === null ? null : { name: row.complainantName, contact: row.complainantContact },
    links: {
      caseId: row.caseId,
      nikMasked: row.nikMasked,
      kkMasked: row.kkMasked,
      subdistrictCode: row.subdistrictCode,
      villageCode: row.villageCode,
    },
    assigneeUserId: row.assigneeUserId,
    status: row.status,
    dueAt: row.dueAt.toISOString(),
    overdue: isOverdue(row, now),
    resolution: row.resolution,
    resolvedBy: row.resolvedBy,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    revision: row.revision,
    configVersion: row.configVersion,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Past its due date and not resolved. */
export function isOverdue(row: Pick<Complaint, "status" | "dueAt">, now: Date): boolean {
  return row.status !== "resolved" && row.dueAt.getTime() < now.getTime();
}

/** The complaint, or 404 when it is not in the regency or outside the caller's reach. */
export async function reachableComplaint(ctx: ComplaintServiceContext, complaintId: string, options: { lock?: boolean } = {}): Promise<Complaint> {
  const row = await findComplaint(ctx.db, ctx.tenant.id, complaintId, options);
  if (row === null || !reachesComplaintPlace(ctx.reach, row.subdistrictCode)) throw complaintNotFound();
  return row;
}

/** A complaint with its history, its linked case and the verification tasks it asked for. */
export async function loadComplaintDetail(ctx: TenantServiceContext & { now: Date }, complaintId: string) {
  const row = await findComplaint(ctx.db, ctx.tenant.id, complaintId);
  if (row === null) throw complaintNotFound();
  const [events, tasks, linkedCase] = await Promise.all([
    listComplaintEvents(ctx.db, ctx.tenant.id, row.id),
    tasksOfComplaint(ctx.db, ctx.tenant.id, row.id),
    row.caseId === null ? null : findCase(ctx.db, ctx.tenant.id, row.caseId),
  ]);
  return {
    ...presentComplaint(row, ctx.now),
    case: linkedCase === null ? null : { id: linkedCase.id, number: linkedCase.number, state: linkedCase.state },
    tasks: tasks.map((t) => ({
      id: t.id,
      reason: t.reason,
      caseId: t.caseId,
      subdistrictCode: t.subdistrictCode,
      villageCode: t.villageCode,
      assigneeUserId: t.assigneeUserId,
      status: t.status,
      createdAt: t.createdAt.toISOString(),
    })),
    history: events.map((e) => ({
      action: e.action,
      from: e.fromValue,
      to: e.toValue,
      actorUserId: e.actorUserId,
      actorLabel: e.actorLabel,
      note: e.note,
      at: e.at.toISOString(),
    })),
  };
}

/** The detail of a complaint the caller reaches (404 otherwise). */
export async function getComplaint({ ctx, input }: { ctx: ComplaintServiceContext; input: { complaintId: string } }) {
  await reachableComplaint(ctx, input.complaintId);
  return loadComplaintDetail(ctx, input.complaintId);
}

/** Filters of `GET …/complaints`. */
export interface ComplaintListInput {
  status?: ComplaintStatus | undefined;
  category?: ComplaintCategory | undefined;
  overdue?: boolean | undefined;
  assigneeUserId?: string | undefined;
  limit?: number | undefined;
}

/** The complaints the caller reaches, filtered; overdue ones by the request's clock. */
export async function listComplaintsFor({ ctx, input }: { ctx: ComplaintServiceContext; input: ComplaintListInput }) {
  const rows = await listComplaints(
    ctx.db,
    ctx.tenant.id,
    {
      status: input.status,
      category: input.category,
      assigneeUserId: input.assigneeUserId,
      overdue: input.overdue === undefined ? undefined : { at: ctx.now, is: input.overdue },
      subdistrictCodes: reachedSubdistricts(ctx.reach),
    },
    input.limit ?? 100,
  );
  return { complaints: rows.map((r) => presentComplaint(r, ctx.now)) };
}

export function complaintNotFound() {
  return new ApiError("NOT_FOUND", { id: "Pengaduan tidak ditemukan.", en: "No such complaint." });
}
