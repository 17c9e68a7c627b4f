import {
  appendCaseEvent,
  insertVerificationTask,
  listMembershipsForTenant,
  lockCase,
  updateCaseState,
  type Case,
  type Complaint,
  type Db,
  type VerificationTask,
} from "@satu-atap/db";
import type { Actor } from "../../http/actor.ts";
import { assertTransition, caseChanged } from "../../procedure/case-transitions.ts";

/** The household's place: where the re-verification visit goes. */
export interface HouseholdPlace {
  subdistrictCode: string;
  villageCode: string;
}

/**
 * Sends a household back to the field because of a complaint: a `reverification` task in its
 * village for a field verifier covering it, and, when the complaint names a closed case
 * (approved or refused), the case back to `surveying` with the `reverify` action, in its
 * history. The new survey then decides the case again.
 */
export async function requestReverification(input: {
  db: Db;
  tenantId: string;
  complaint: Complaint;
  place: HouseholdPlace;
  linkedCase: Case | null;
  actor: Actor;
  now: Date;
}): Promise<{ task: VerificationTask; caseMoved: { from: string; to: string } | null }> {
  const { db, tenantId, complaint, place, linkedCase, actor, now } = input;
  let caseMoved: { from: string; to: string } | null = null;
  if (linkedCase !== null && (linkedCase.state === "approved" || linkedCase.state === "refused")) {
    const moved = await reverifyCase({ db, tenantId, caseId: linkedCase.id, complaint, actor, now });
    caseMoved = { from: linkedCase.state, to: moved.state };
  }
  const task = await insertVerificationTask(db, {
    tenantId,
    caseId: linkedCase?.id ?? null,
    complaintId: complaint.id,
    reason: "reverification",
    subdistrictCode: place.subdistrictCode,
    villageCode: place.villageCode,
    assigneeUserId: await verifierCovering(db, tenantId, place),
    createdAt: now,
  });
  return { task, caseMoved };
}

/** The case moved back to surveying with the `reverify` action (row-locked, revision-checked). */
async function reverifyCase(input: { db: Db; tenantId: string; caseId: string; complaint: Complaint; actor: Actor; now: Date }): Promise<Case> {
  const { db, tenantId, caseId, complaint, actor, now } = input;
  const locked = await lockCase(db, tenantId, caseId);
  if (locked === null) throw caseChanged();
  assertTransition(locked.state, "reverify", "surveying");
  const updated = await updateCaseState(db, {
    tenantId,
    caseId,
    expectedRevision: locked.revision,
    to: "surveying",
    now,
    changes: { closedAt: null },
  });
  if (updated === null) throw caseChanged();
  await appendCaseEvent(db, {
    tenantId,
    caseId,
    action: "reverify",
    fromState: locked.state,
    toState: "surveying",
    actorUserId: actor.userId,
    actorLabel: actor.role ?? actor.userId,
    note: `Pengaduan ${complaint.number} (${complaint.category})`,
    data: { complaintId: complaint.id, complaintNumber: complaint.number, category: complaint.category },
    at: now,
  });
  return updated;
}

/**
 * A field verifier whose areas cover the village (or its whole sub-district), or null when
 * nobody does yet (the task waits in the village's queue).
 */
async function verifierCovering(db: Db, tenantId: string, place: HouseholdPlace): Promise<string | null> {
  const memberships = await listMembershipsForTenant(db, tenantId);
  const covering = memberships.filter(
    (m) => m.role === "field-verifier" && m.areaCodes !== null && (m.areaCodes.includes(place.villageCode) || m.areaCodes.includes(place.subdistrictCode)),
  );
  return covering[0]?.userId ?? null;
}
