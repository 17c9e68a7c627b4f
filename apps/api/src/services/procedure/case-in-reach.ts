import { ADMIN_LEVELS, type AdminLevel } from "@satu-atap/config";
import { findCase, type Case } from "@satu-atap/db";
import { reachesPlace, type RecordReach } from "../../procedure/record-scope.ts";
import { caseNotFound, couldBeCaseId } from "../../procedure/case-not-found.ts";
import type { TenantServiceContext } from "../context.ts";

// What the survey and decision services share: reading a case the caller reaches and the
// level a caller acts at. (The configuration in force: `../cases/case-config.ts`.)

/**
 * The case, when the caller's reach covers its place; otherwise 404 (never 403: the caller
 * does not learn that it exists). To act on it, lock it with `lockCaseForAction` instead.
 */
export async function caseInReach(ctx: TenantServiceContext, input: { caseId: string; reach: readonly RecordReach[] }): Promise<Case> {
  if (!couldBeCaseId(input.caseId)) throw caseNotFound();
  const row = await findCase(ctx.db, ctx.tenant.id, input.caseId);
  if (row === null || !reachesPlace(input.reach, row)) throw caseNotFound();
  return row;
}

/** 0 is the highest level (regency). */
export function levelIndex(level: AdminLevel): number {
  return ADMIN_LEVELS.indexOf(level);
}

/** The level above `level`, or null at the top. */
export function levelAbove(level: AdminLevel): AdminLevel | null {
  return ADMIN_LEVELS[levelIndex(level) - 1] ?? null;
}

/**
 * The highest level the caller acts at with its reach: the regency for a regency-wide
 * membership, the sub-district for a kecamatan officer. Field verifiers and agencies do not
 * decide (their roles lack `case:decide`), so their reach gives no level.
 */
export function callerLevel(reach: readonly RecordReach[]): AdminLevel | null {
  if (reach.some((r) => r.kind === "regency")) return "regency";
  if (reach.some((r) => r.kind === "subdistrict")) return "subdistrict";
  return null;
}
