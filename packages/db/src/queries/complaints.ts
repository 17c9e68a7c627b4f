import { and, asc, desc, eq, gte, lt, ne, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client.ts";
import {
  complaintEvents,
  complaints,
  verificationTasks,
  type Complaint,
  type ComplaintCategory,
  type ComplaintEvent,
  type ComplaintStatus,
  type NewComplaint,
  type VerificationTask,
} from "../schema/index.ts";

/** Stores a new complaint. */
export async function insertComplaint(db: Db, values: NewComplaint): Promise<Complaint> {
  const [row] = await db.insert(complaints).values(values).returning();
  if (!row) throw new Error("complaint insert returned no row");
  return row;
}

/** A complaint of the regency by id, or null; `lock` takes a row lock (`FOR UPDATE`) for the transaction. */
export async function findComplaint(db: Db, tenantId: string, complaintId: string, options: { lock?: boolean } = {}): Promise<Complaint | null> {
  const query = db.select().from(complaints).where(and(eq(complaints.tenantId, tenantId), eq(complaints.id, complaintId)));
  const [row] = options.lock ? await query.for("update") : await query;
  return row ?? null;
}

/** Filters of the complaint list. `overdue` compares `dueAt` with `at` (the API's clock, not the database's). */
export interface ComplaintFilter {
  status?: ComplaintStatus | undefined;
  category?: ComplaintCategory | undefined;
  assigneeUserId?: string | undefined;
  overdue?: { at: Date; is: boolean } | undefined;
  /** Only complaints in these sub-districts (a sub-district officer's reach); undefined: all. */
  subdistrictCodes?: readonly string[] | undefined;
}

/** A regency's complaints, oldest due date first (what needs doing soonest on top). */
export async function listComplaints(db: Db, tenantId: string, filter: ComplaintFilter, limit: number): Promise<Complaint[]> {
  const conditions: SQL[] = [eq(complaints.tenantId, tenantId)];
  if (filter.status !== undefined) conditions.push(eq(complaints.status, filter.status));
  if (filter.category !== undefined) conditions.push(eq(complaints.category, filter.category));
  if (filter.assigneeUserId !== undefined) conditions.push(eq(complaints.assigneeUserId, filter.assigneeUserId));
  if (filter.overdue?.is === true) conditions.push(ne(complaints.status, "resolved"), lt(complaints.dueAt, filter.overdue.at));
  if (filter.overdue?.is === false) {
    const notOverdue = or(eq(complaints.status, "resolved"), gte(complaints.dueAt, filter.overdue.at));
    if (notOverdue !== undefined) conditions.push(notOverdue);
  }
  if (filter.subdistrictCodes !== undefined) {
    if (filter.subdistrictCodes.length === 0) return [];
    conditions.push(sql`${complaints.subdistrictCode} in (${sql.join(filter.subdistrictCodes.map((code) => sql`${code}`), sql`, `)})`);
  }
  return db
    .select()
    .from(complaints)
    .where(and(...conditions))
    .orderBy(asc(complaints.dueAt), desc(complaints.createdAt))
    .limit(limit);
}

/** Fields a change of a complaint may set. */
export type ComplaintChanges = Partial<Pick<Complaint, "status" | "assigneeUserId" | "resolution" | "resolvedBy" | "resolvedAt">>;

/**
 * Changes a complaint and bumps its revision, only if it is still at `expectedRevision`;
 * returns the updated row, or null when somebody changed it first.
 */
export async function updateComplaint(
  db: Db,
  input: { tenantId: string; complaintId: string; expectedRevision: number; changes: ComplaintChanges },
): Promise<Complaint | null> {
  const [row] = await db
    .update(complaints)
    .set({ ...input.changes, revision: sql`${complaints.revision} + 1` })
    .where(and(eq(complaints.tenantId, input.tenantId), eq(complaints.id, input.complaintId), eq(complaints.revision, input.expectedRevision)))
    .returning();
  return row ?? null;
}

/** Appends one row to a complaint's history. */
export async function appendComplaintEvent(db: Db, values: typeof complaintEvents.$inferInsert): Promise<ComplaintEvent> {
  const [row] = await db.insert(complaintEvents).values(values).returning();
  if (!row) throw new Error("complaint event insert returned no row");
  return row;
}

/** A complaint's history, oldest first. */
export async function listComplaintEvents(db: Db, tenantId: string, complaintId: string): Promise<ComplaintEvent[]> {
  return db
    .select()
    .from(complaintEvents)
    .where(and(eq(complaintEvents.tenantId, tenantId), eq(complaintEvents.complaintId, complaintId)))
    .orderBy(asc(complaintEvents.id));
}

/** The verification tasks a complaint asked for, oldest first. */
export async function tasksOfComplaint(db: Db, tenantId: string, complaintId: string): Promise<VerificationTask[]> {
  return db
    .select()
    .from(verificationTasks)
    .where(and(eq(verificationTasks.tenantId, tenantId), eq(verificationTasks.complaintId, complaintId)))
    .orderBy(asc(verificationTasks.createdAt));
}

/** How many complaints and complaint events a regency holds (tests: "nothing stored"). */
export async function countComplaintData(db: Db, tenantId: string): Promise<{ complaints: number; events: number }> {
  const [c] = await db.select({ n: sql<number>`count(*)::int` }).from(complaints).where(eq(complaints.tenantId, tenantId));
  const [e] = await db.select({ n: sql<number>`count(*)::int` }).from(complaintEvents).where(eq(complaintEvents.tenantId, tenantId));
  return { complaints: c?.n ?? 0, events: e?.n ?? 0 };
}
