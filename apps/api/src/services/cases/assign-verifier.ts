import { fieldVerifiersCovering, insertVerificationTask, type Db, type VerificationTask } from "@satu-atap/db";

/**
 * Opens a verification task in the household's village for the field verifier whose areas
 * cover it (the village itself or its sub-district) and who holds the fewest open tasks; left
 * unassigned (null) when no active verifier covers the village, waiting in the village's queue.
 */
export async function openVerificationTask(
  db: Db,
  input: {
    tenantId: string;
    caseId: string | null;
    complaintId?: string | null | undefined;
    reason: VerificationTask["reason"];
    subdistrictCode: string;
    villageCode: string;
    now: Date;
  },
): Promise<VerificationTask> {
  const [chosen] = await fieldVerifiersCovering(db, input.tenantId, input);
  return insertVerificationTask(db, {
    tenantId: input.tenantId,
    caseId: input.caseId,
    complaintId: input.complaintId ?? null,
    reason: input.reason,
    subdistrictCode: input.subdistrictCode,
    villageCode: input.villageCode,
    assigneeUserId: chosen?.userId ?? null,
    status: "open",
    createdAt: input.now,
  });
}
