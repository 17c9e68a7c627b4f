import { activeCardsOfHousehold, type Case } from "@satu-atap/db";
import type { TenantServiceContext } from "../context.ts";

// The tiers a household already holds (its active cards), which rules read as `holds.<programme>`
// (e.g. "a child of a Saraswati Melati holder qualifies for Sintawati").

/**
 * The tier held per card programme by the case's household: its cards still active on
 * `today` (`YYYY-MM-DD` in the regency's time zone; without it every card stored as active
 * counts), found by the household's KK HMAC, or by the applicant's NIK HMAC when the case has
 * no KK. When several members hold cards of one programme, the most recently issued counts.
 */
export async function heldTiersOf({ ctx, input }: { ctx: TenantServiceContext; input: { caseRow: Case; today?: string | undefined } }): Promise<Record<string, string | null>> {
  const cards = await activeCardsOfHousehold(ctx.db, ctx.tenant.id, { kkHmac: input.caseRow.kkHmac, nikHmac: input.caseRow.applicantNikHmac });
  const held: Record<string, string | null> = {};
  for (const card of cards) {
    if (input.today !== undefined && card.validUntil !== null && card.validUntil < input.today) continue;
    held[card.programmeId] ??= card.tierId;
  }
  return held;
}
