import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../client.ts";
import {
  cases,
  decisions,
  surveys,
  verificationTasks,
  type Case,
  type Decision,
  type NewDecision,
  type NewSurvey,
  type Survey,
  type VerificationTask,
} from "../schema/index.ts";

/** Stores a survey (append-only). */
export async function insertSurvey(db: Db, values: NewSurvey): Promise<Survey> {
  const [row] = await db.insert(surveys).values(values).returning();
  if (!row) throw new Error("survey insert returned no row");
  return row;
}

/** The case's most recent survey, or null. */
export async function latestSurveyOfCase(db: Db, tenantId: string, caseId: string): Promise<Survey | null> {
  const [row] = await db
    .select()
    .from(surveys)
    .where(and(eq(surveys.tenantId, tenantId), eq(surveys.caseId, caseId)))
    .orderBy(desc(surveys.sequence))
    .limit(1);
  return row ?? null;
}

/** Every survey of a case, oldest first. */
export async function listSurveysOfCase(db: Db, tenantId: string, caseId: string): Promise<Survey[]> {
  return db
    .select()
    .from(surveys)
    .where(and(eq(surveys.tenantId, tenantId), eq(surveys.caseId, caseId)))
    .orderBy(asc(surveys.sequence));
}

/** Marks a verification task done at `now`. */
export async function completeVerificationTask(db: Db, tenantId: string, taskId: string, now: Date): Promise<VerificationTask | null> {
  const [row] = await db
    .update(verificationTasks)
    .set({ status: "done", completedAt: now })
    .where(and(eq(verificationTasks.tenantId, tenantId), eq(verificationTasks.id, taskId), eq(verificationTasks.status, "open")))
    .returning();
  return row ?? null;
}

/** Stores a decision (append-only). */
export async function insertDecision(db: Db, values: NewDecision): Promise<Decision> {
  const [row] = await db.insert(decisions).values(values).returning();
  if (!row) throw new Error("decision insert returned no row");
  return row;
}

/** A case's decisions, oldest first. */
export async function listDecisionsOfCase(db: Db, tenantId: string, caseId: string): Promise<Decision[]> {
  return db
    .select()
    .from(decisions)
    .where(and(eq(decisions.tenantId, tenantId), eq(decisions.caseId, caseId)))
    .orderBy(asc(decisions.sequence));
}

/** The proposal a `proposed` case waits on: its latest `proposal` decision, or null. */
export async function pendingProposalOfCase(db: Db, tenantId: string, caseId: string): Promise<Decision | null> {
  const [row] = await db
    .select()
    .from(decisions)
    .where(and(eq(decisions.tenantId, tenantId), eq(decisions.caseId, caseId), eq(decisions.kind, "proposal")))
    .orderBy(desc(decisions.sequence))
    .limit(1);
  return row ?? null;
}

/** Cases in state `proposed` with their pending proposal, oldest proposal first. */
export async function listProposedCases(db: Db, tenantId: string): Promise<{ caseRow: Case; proposal: Decision }[]> {
  const proposed = await db
    .select()
    .from(cases)
    .where(and(eq(cases.tenantId, tenantId), eq(cases.state, "proposed")));
  if (proposed.length === 0) return [];
  const rows = await db
    .select()
    .from(decisions)
    .where(
      and(
        eq(decisions.tenantId, tenantId),
        eq(decisions.kind, "proposal"),
        inArray(
          decisions.caseId,
          proposed.map((c) => c.id),
        ),
      ),
    )
    .orderBy(desc(decisions.sequence));
  const latest = new Map<string, Decision>();
  for (const row of rows) if (!latest.has(row.caseId)) latest.set(row.caseId, row);
  return proposed
    .flatMap((caseRow) => {
      const proposal = latest.get(caseRow.id);
      return proposal === undefined ? [] : [{ caseRow, proposal }];
    })
    .sort((a, b) => a.proposal.sequence - b.proposal.sequence);
}
