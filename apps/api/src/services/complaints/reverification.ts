import type { Case, Complaint, VerificationTask } from "@satu-atap/db";
import { transitionCase, type CaseActor, type CaseServiceContext } from "../../procedure/transition-case.ts";
import { openVerificationTask } from "../cases/assign-verifier.ts";

/** The household's place: where the re-verification visit goes. */
export interface HouseholdPlace {
  subdistrictCode: string;
  villageCode: string;
}

/**
 * Sends a household back to the field because of a complaint: a `reverification` task in its
 * village, assigned like an application's (a field verifier covering the village, the least
 * busy first; none: the village's queue), and, when the complaint names a closed case
 * (approved or refused), the case back to `surveying` with the `reverify` action, recorded in
 * the case's history with the complaint's number. The new survey then decides the case again.
 */
export async function requestReverification(input: {
  ctx: CaseServiceContext;
  complaint: Complaint;
  place: HouseholdPlace;
  linkedCase: Case | null;
  actor: CaseActor;
}): Promise<{ task: VerificationTask; caseMoved: { from: string; to: string } | null }> {
  const { ctx, complaint, place, linkedCase, actor } = input;
  let caseMoved: { from: string; to: string } | null = null;
  if (linkedCase !== null && (linkedCase.state === "approved" || linkedCase.state === "refused")) {
    const moved = await transitionCase({
      ctx,
      input: {
        caseId: linkedCase.id,
        action: "reverify",
        to: "surveying",
        // The complaint was checked against this revision a moment ago in the same transaction.
        expectedRevision: linkedCase.revision,
        actor,
        note: `Pengaduan ${complaint.number} (${complaint.category})`,
        data: { complaintId: complaint.id, complaintNumber: complaint.number, category: complaint.category },
      },
    });
    caseMoved = { from: linkedCase.state, to: moved.state };
  }
  const task = await openVerificationTask(ctx.db, {
    tenantId: ctx.tenant.id,
    caseId: linkedCase?.id ?? null,
    complaintId: complaint.id,
    reason: "reverification",
    subdistrictCode: place.subdistrictCode,
    villageCode: place.villageCode,
    now: ctx.now,
  });
  return { task, caseMoved };
}
