import { and, asc, count, desc, eq, exists, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client.ts";
import {
  areas,
  cases,
  memberships,
  users,
  verificationTasks,
  type Area,
  type Case,
  type CaseState,
  type VerificationTask,
} from "../schema/index.ts";

// Queries that find and list cases and verification tasks for the procedure's reading routes
// and registration. Which records a caller may see is decided by the API (its "reach"); the
// queries take it as a `CaseScope` so filtering happens in SQL, before paging.

function hexOf(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) out += byte.toString(16).padStart(2, "0");
  return out;
}

/** The part of a regency a reader reaches: everything, or some sub-districts and field areas. */
export type CaseScope =
  | { readonly all: true }
  | {
      readonly all: false;
      /** Sub-district codes (`33.14.01`) reached whole. */
      readonly subdistrictCodes: readonly string[];
      /** A field verifier's area codes (villages or sub-districts): cases with a task there. */
      readonly areaCodes: readonly string[];
    };

/** States a case is still being worked on in. */
export const OPEN_CASE_STATES: readonly CaseState[] = ["registered", "surveying", "deciding", "proposed"];

function taskInAreas(areaCodes: readonly string[]): SQL {
  return or(inArray(verificationTasks.villageCode, [...areaCodes]), inArray(verificationTasks.subdistrictCode, [...areaCodes])) as SQL;
}

function caseScopeCondition(db: Db, scope: CaseScope): SQL | undefined {
  if (scope.all) return undefined;
  const parts: SQL[] = [];
  if (scope.subdistrictCodes.length > 0) parts.push(inArray(cases.subdistrictCode, [...scope.subdistrictCodes]));
  if (scope.areaCodes.length > 0) {
    parts.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(verificationTasks)
          .where(and(eq(verificationTasks.tenantId, cases.tenantId), eq(verificationTasks.caseId, cases.id), taskInAreas(scope.areaCodes))),
      ),
    );
  }
  // Reaching nothing: no rows (not every row).
  return parts.length === 0 ? sql`false` : (or(...parts) as SQL);
}

/** Filters of the case list. */
export interface CaseListFilter {
  states?: readonly CaseState[] | undefined;
  serviceId?: string | undefined;
  /** Open cases whose `dueAt` is before this instant. */
  overdueAt?: Date | undefined;
  limit: number;
  offset: number;
}

/** A page of a regency's cases in the scope, newest first, and how many match in all. */
export async function listCases(db: Db, tenantId: string, scope: CaseScope, filter: CaseListFilter): Promise<{ rows: Case[]; total: number }> {
  const where = and(
    eq(cases.tenantId, tenantId),
    caseScopeCondition(db, scope),
    filter.states === undefined ? undefined : inArray(cases.state, [...filter.states]),
    filter.serviceId === undefined ? undefined : eq(cases.serviceId, filter.serviceId),
    filter.overdueAt === undefined ? undefined : and(inArray(cases.state, [...OPEN_CASE_STATES]), lt(cases.dueAt, filter.overdueAt)),
  );
  const rows = await db.select().from(cases).where(where).orderBy(desc(cases.createdAt), desc(cases.number)).limit(filter.limit).offset(filter.offset);
  const [total] = await db.select({ n: count() }).from(cases).where(where);
  return { rows, total: Number(total?.n ?? 0) };
}

/** Whether a case is in the scope (a case outside it is "not found" to the reader). */
export async function caseInScope(db: Db, tenantId: string, caseId: string, scope: CaseScope): Promise<boolean> {
  if (scope.all) return true;
  const [row] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.tenantId, tenantId), eq(cases.id, caseId), caseScopeCondition(db, scope)));
  return row !== undefined;
}

/**
 * The applicant's open case for a service, if any (one open application per person and
 * service). Call {@link lockApplicant} first so two desks registering the same person at once
 * cannot both miss each other.
 */
export async function findOpenCaseOfApplicant(db: Db, tenantId: string, applicantNikHmac: Uint8Array, serviceId: string): Promise<Case | null> {
  const [row] = await db
    .select()
    .from(cases)
    .where(
      and(
        eq(cases.tenantId, tenantId),
        sql`${cases.applicantNikHmac} = decode(${hexOf(applicantNikHmac)}, 'hex')`,
        eq(cases.serviceId, serviceId),
        inArray(cases.state, [...OPEN_CASE_STATES]),
      ),
    )
    .limit(1);
  return row ?? null;
}

/**
 * Serialises registrations of one applicant in a regency until the transaction ends (a
 * transaction-scoped advisory lock on the NIK's lookup value): the duplicate check and the
 * insert then happen as one step.
 */
export async function lockApplicant(db: Db, tenantId: string, applicantNikHmac: Uint8Array): Promise<void> {
  const key = `case-applicant:${tenantId}:${hexOf(applicantNikHmac)}`;
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
}

/** One area of the regency by code (any level), or null. */
export async function findArea(db: Db, tenantId: string, code: string): Promise<Area | null> {
  const [row] = await db.select().from(areas).where(and(eq(areas.tenantId, tenantId), eq(areas.code, code)));
  return row ?? null;
}

/**
 * The active field verifiers of the regency whose areas cover a village (its code or its
 * sub-district's), each with how many open tasks it holds, fewest first (then by user id, so
 * the choice is stable).
 */
export async function fieldVerifiersCovering(
  db: Db,
  tenantId: string,
  place: { subdistrictCode: string; villageCode: string },
): Promise<Array<{ userId: string; openTasks: number }>> {
  const openTasks = sql<number>`(select count(*)::int from ${verificationTasks} where ${verificationTasks.tenantId} = ${tenantId} and ${verificationTasks.assigneeUserId} = ${memberships.userId} and ${verificationTasks.status} = 'open')`;
  // One field-verifier membership per user and regency (a unique constraint), so no duplicates.
  const rows = await db
    .select({ userId: memberships.userId, openTasks })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.tenantId, tenantId),
        eq(memberships.role, "field-verifier"),
        eq(users.status, "active"),
        sql`${memberships.areaCodes} && array[${place.villageCode}, ${place.subdistrictCode}]::text[]`,
      ),
    );
  rows.sort((a, b) => Number(a.openTasks) - Number(b.openTasks) || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
  return rows.map((r) => ({ userId: r.userId, openTasks: Number(r.openTasks) }));
}

/** A verification task with what its list shows of the case. */
export interface VerificationTaskRow {
  task: VerificationTask;
  caseNumber: string | null;
  serviceId: string | null;
  applicantName: string | null;
}

/** Where a reader sees tasks: everywhere, or in some sub-districts and field areas. */
function taskScopeCondition(scope: CaseScope): SQL | undefined {
  if (scope.all) return undefined;
  const parts: SQL[] = [];
  if (scope.subdistrictCodes.length > 0) parts.push(inArray(verificationTasks.subdistrictCode, [...scope.subdistrictCodes]));
  if (scope.areaCodes.length > 0) parts.push(taskInAreas(scope.areaCodes));
  return parts.length === 0 ? sql`false` : (or(...parts) as SQL);
}

/** A page of the regency's verification tasks in the scope: open ones first, then oldest first. */
export async function listVerificationTasks(
  db: Db,
  tenantId: string,
  scope: CaseScope,
  filter: { status?: VerificationTask["status"] | undefined; assigneeUserId?: string | undefined; limit: number; offset: number },
): Promise<{ rows: VerificationTaskRow[]; total: number }> {
  const where = and(
    eq(verificationTasks.tenantId, tenantId),
    taskScopeCondition(scope),
    filter.status === undefined ? undefined : eq(verificationTasks.status, filter.status),
    filter.assigneeUserId === undefined ? undefined : eq(verificationTasks.assigneeUserId, filter.assigneeUserId),
  );
  const rows = await db
    .select({ task: verificationTasks, caseNumber: cases.number, serviceId: cases.serviceId, applicantName: cases.applicantName })
    .from(verificationTasks)
    .leftJoin(cases, and(eq(cases.tenantId, verificationTasks.tenantId), eq(cases.id, verificationTasks.caseId)))
    .where(where)
    .orderBy(sql`case when ${verificationTasks.status} = 'open' then 0 else 1 end`, asc(verificationTasks.createdAt), asc(verificationTasks.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await db.select({ n: count() }).from(verificationTasks).where(where);
  return { rows, total: Number(total?.n ?? 0) };
}

/** One verification task in the scope, or null. */
export async function findVerificationTask(db: Db, tenantId: string, taskId: string, scope: CaseScope): Promise<VerificationTaskRow | null> {
  const [row] = await db
    .select({ task: verificationTasks, caseNumber: cases.number, serviceId: cases.serviceId, applicantName: cases.applicantName })
    .from(verificationTasks)
    .leftJoin(cases, and(eq(cases.tenantId, verificationTasks.tenantId), eq(cases.id, verificationTasks.caseId)))
    .where(and(eq(verificationTasks.tenantId, tenantId), eq(verificationTasks.id, taskId), taskScopeCondition(scope)));
  return row ?? null;
}

/** Every verification task of a case (open first), for the case view. */
export async function tasksOfCase(db: Db, tenantId: string, caseId: string): Promise<VerificationTask[]> {
  return db
    .select()
    .from(verificationTasks)
    .where(and(eq(verificationTasks.tenantId, tenantId), eq(verificationTasks.caseId, caseId)))
    .orderBy(sql`case when ${verificationTasks.status} = 'open' then 0 else 1 end`, asc(verificationTasks.createdAt));
}

/** Cancels a case's open tasks (the case ended without a survey), at `now`; returns how many. */
export async function cancelOpenTasksOfCase(db: Db, tenantId: string, caseId: string, now: Date): Promise<number> {
  const rows = await db
    .update(verificationTasks)
    .set({ status: "cancelled", completedAt: now })
    .where(and(eq(verificationTasks.tenantId, tenantId), eq(verificationTasks.caseId, caseId), eq(verificationTasks.status, "open")))
    .returning({ id: verificationTasks.id });
  return rows.length;
}
