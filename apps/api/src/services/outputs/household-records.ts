import type { RegencyConfig } from "@satu-atap/config";
import { recordHousehold, type Case, type HouseholdRecord } from "@satu-atap/db";
import type { TenantServiceContext } from "../context.ts";
import { regencyToday } from "./output-dates.ts";

/**
 * Adds an approved household that is not in the reference list to the regency's own records,
 * flagged for the next list update (once per household head and year). The applicant stands
 * for the household head: the case knows no other member by NIK.
 */
export async function recordUnlistedHousehold({
  ctx,
  input,
}: {
  ctx: TenantServiceContext;
  input: { caseRow: Case; config: RegencyConfig; now: Date };
}): Promise<HouseholdRecord> {
  const { caseRow } = input;
  const category = caseRow.facts["category"];
  return recordHousehold(ctx.db, {
    tenantId: ctx.tenant.id,
    subdistrictCode: caseRow.subdistrictCode,
    villageCode: caseRow.villageCode,
    kkHmac: caseRow.kkHmac,
    kkMasked: caseRow.kkMasked,
    headNikHmac: caseRow.applicantNikHmac,
    headNikMasked: caseRow.applicantNikMasked,
    headName: caseRow.applicantName,
    category: typeof category === "string" ? category : null,
    caseId: caseRow.id,
    flaggedForListUpdate: true,
    year: Number(regencyToday(input.config, input.now).slice(0, 4)),
    createdAt: input.now,
  });
}
