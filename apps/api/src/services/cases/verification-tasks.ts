import { findVerificationTask, listVerificationTasks, type VerificationTask } from "@satu-atap/db";
import { ApiError } from "../../http/errors.ts";
import type { RecordReach } from "../../procedure/record-scope.ts";
import type { CaseServiceContext } from "../../procedure/transition-case.ts";
import { caseScopeOf } from "./case-scope.ts";
import { presentTask } from "./read-cases.ts";

/**
 * A page of the verification tasks the caller reaches, open ones first (then oldest first): a
 * field verifier those in its areas (villages or whole sub-districts), a sub-district officer
 * its kecamatan's, a regency-wide role all.
 */
export async function listReachableTasks({
  ctx,
  input,
}: {
  ctx: CaseServiceContext;
  input: { reach: readonly RecordReach[]; status?: VerificationTask["status"] | undefined; assigneeUserId?: string | undefined; limit: number; offset: number };
}) {
  const { rows, total } = await listVerificationTasks(ctx.db, ctx.tenant.id, caseScopeOf(input.reach), input);
  return { tasks: rows.map((row) => presentTask(row.task, row)), total, limit: input.limit, offset: input.offset };
}

/** One task the caller reaches, or 404. */
export async function readTask({ ctx, input }: { ctx: CaseServiceContext; input: { taskId: string; reach: readonly RecordReach[] } }) {
  const row = await findVerificationTask(ctx.db, ctx.tenant.id, input.taskId, caseScopeOf(input.reach));
  if (row === null) throw new ApiError("NOT_FOUND", { id: "Tugas verifikasi tidak ditemukan.", en: "Verification task not found." });
  return presentTask(row.task, row);
}
