import { cancelOpenTasksOfCase, type Case } from "@satu-atap/db";
import type { RecordReach } from "../../procedure/record-scope.ts";
import { transitionCase, type CaseActor, type CaseServiceContext } from "../../procedure/transition-case.ts";

/**
 * Withdraws an open case (the applicant gives up, or it was lodged by mistake), with the
 * reason as the history note; its open verification tasks are cancelled with it.
 */
export async function withdrawCase({
  ctx,
  input,
}: {
  ctx: CaseServiceContext;
  input: { caseId: string; expectedRevision: number | undefined; note: string; actor: CaseActor; reach: readonly RecordReach[] };
}): Promise<Case> {
  const updated = await transitionCase({ ctx, input: { ...input, action: "withdraw", to: "withdrawn" } });
  await cancelOpenTasksOfCase(ctx.db, ctx.tenant.id, updated.id, ctx.now);
  return updated;
}
