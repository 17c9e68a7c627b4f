import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import {
  caseEvents,
  cases,
  counters,
  verificationTasks,
  type Case,
  type CaseEvent,
  type CaseState,
  type NewCase,
  type VerificationTask,
} from "../schema/index.ts";

/**
 * The next value of a regency's named counter (1 the first time). One statement, so two
 * concurrent callers never get the same value; the row stays locked until the transaction ends.
 */
export async function nextCounterValue(db: Db, tenantId: string, name: string): Promise<number> {
  const [row] = await db
    .insert(counters)
    .values({ tenantId, name, value: 1 })
    .onConflictDoUpdate({ target: [counters.tenantId, counters.name], set: { value: sql`${counters.value} + 1` } })
    .returning({ value: counters.value });
  if (!row) throw new Error("counter upsert returned no row");
  return row.value;
}

/** Stores a new case (state, revision and dates as given). */
export async function insertCase(db: Db, values: NewCase): Promise<Case> {
  const [row] = await db.insert(cases).values(values).returning();
  if (!row) throw new Error("case insert returned no row");
  return row;
}

/** A case of the regency by id, or null. Row-level security already limits it to the tenant. */
export async function findCase(db: Db, tenantId: string, caseId: string): Promise<Case | null> {
  const [row] = await db.select().from(cases).where(and(eq(cases.tenantId, tenantId), eq(cases.id, caseId)));
  return row ?? null;
}

/**
 * The case, locked for the rest of the transaction (`FOR UPDATE`): the second of two officers
 * acting at once waits here, then sees the first one's revision and state.
 */
export async function lockCase(db: Db, tenantId: string, caseId: string): Promise<Case | null> {
  const [row] = await db.select().from(cases).where(and(eq(cases.tenantId, tenantId), eq(cases.id, caseId))).for("update");
  return row ?? null;
}

/** Fields a transition may change besides the state. */
export type CaseChanges = Partial<Pick<Case, "decisionLevel" | "facts" | "documents" | "closedAt">>;

/**
 * Moves a case to `to` at `now` (the API's clock, not the database's: tests move it) and bumps
 * its revision, only if it is still at `expectedRevision`; returns the updated case, or null
 * when somebody changed it first.
 */
export async function updateCaseState(
  db: Db,
  input: { tenantId: string; caseId: string; expectedRevision: number; to: CaseState; now: Date; changes?: CaseChanges },
): Promise<Case | null> {
  const [row] = await db
    .update(cases)
    .set({ ...input.changes, state: input.to, revision: sql`${cases.revision} + 1`, stateEnteredAt: input.now })
    .where(and(eq(cases.tenantId, input.tenantId), eq(cases.id, input.caseId), eq(cases.revision, input.expectedRevision)))
    .returning();
  return row ?? null;
}

/** Appends one row to a case's history. */
export async function appendCaseEvent(db: Db, values: typeof caseEvents.$inferInsert): Promise<CaseEvent> {
  const [row] = await db.insert(caseEvents).values(values).returning();
  if (!row) throw new Error("case event insert returned no row");
  return row;
}

/** A case's history, oldest first. */
export async function listCaseEvents(db: Db, tenantId: string, caseId: string): Promise<CaseEvent[]> {
  return db
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.tenantId, tenantId), eq(caseEvents.caseId, caseId)))
    .orderBy(asc(caseEvents.id));
}

/** Stores a new verification task. */
export async function insertVerificationTask(db: Db, values: typeof verificationTasks.$inferInsert): Promise<VerificationTask> {
  const [row] = await db.insert(verificationTasks).values(values).returning();
  if (!row) throw new Error("verification task insert returned no row");
  return row;
}

/** The open verification tasks of a case. */
export async function openTasksOfCase(db: Db, tenantId: string, caseId: string): Promise<VerificationTask[]> {
  return db
    .select()
    .from(verificationTasks)
    .where(and(eq(verificationTasks.tenantId, tenantId), eq(verificationTasks.caseId, caseId), eq(verificationTasks.status, "open")));
}
