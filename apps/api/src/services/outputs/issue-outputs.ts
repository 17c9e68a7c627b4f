import type { RegencyConfig } from "@satu-atap/config";
import type { Case, CaseLevel } from "@satu-atap/db";
import type { Actor } from "../../http/actor.ts";
import type { NikServiceContext } from "../reference-persons.ts";
import { issueCard, notConfigured } from "./cards.ts";
import { recordUnlistedHousehold } from "./household-records.ts";
import { issueLetter } from "./letters.ts";
import { issueRecommendation } from "./recommendations.ts";

// The seam between deciding a case and what approval produces. The decision service calls
// `issueOutputs` in the same transaction as the approval, so an output that cannot be issued
// (a second active card, a blocked quota) throws and the approval rolls back with it.

/** What an approval produced, for the decision's answer and the case history. */
export interface IssuedOutput {
  kind: "card" | "letter" | "recommendation";
  id: string;
  number: string;
  /** A quota warning (`warn` policy) the officer should see; block policies throw instead. */
  warning?: { code: string; messages: { id: string; en: string } };
}

/** The approved decision outputs are issued for. */
export interface ApprovedDecision {
  id: string;
  /** Tier given per card programme (null: none). */
  tiers: Record<string, string | null>;
  level: CaseLevel;
  /** The configuration version the decision used. */
  configVersion: number;
}

/**
 * Issues the approved case's card, letter or recommendation (by the service's `output`):
 * - `card`: a card of the service's `cardProgramme` at the decided tier (one active per person
 *   and programme: 409 `CARD_ALREADY_ACTIVE` otherwise);
 * - `letter`: a letter valid for the service's `validity.days`;
 * - `recommendation`: a recommendation to the service's lead agency, using one unit of its
 *   counted quota (`block` when used up: 409 `QUOTA_EXHAUSTED`; `warn`: issued with a warning);
 * - `case` (complaints, data corrections): nothing.
 * A household approved although not found in the reference list is also added to the
 * regency's own records, flagged for the next list update.
 * `now` is the request's clock (`c.get("now")`); without it, the instant the case entered its state (the approval).
 * Throws an ApiError (4xx) when it cannot, which rolls the approval back with it.
 */
export async function issueOutputs({
  ctx,
  input,
}: {
  ctx: NikServiceContext;
  input: { caseRow: Case; decision: ApprovedDecision; config: RegencyConfig; actor: Actor; now?: Date | undefined };
}): Promise<IssuedOutput[]> {
  const { caseRow, decision, config, actor } = input;
  // The decision service passes the case as approved: it entered that state at the request's clock.
  const now = input.now ?? caseRow.stateEnteredAt;
  const service = config.services.find((s) => s.id === caseRow.serviceId);
  if (service === undefined) throw notConfigured(`service ${caseRow.serviceId} is not in the configuration`);
  const outputs: IssuedOutput[] = [];
  switch (service.output) {
    case "card": {
      const tierId = service.cardProgramme === undefined ? undefined : decision.tiers[service.cardProgramme];
      const card = await issueCard({ ctx, input: { caseRow, service, config, tierId, actor, now } });
      outputs.push({ kind: "card", id: card.id, number: card.number });
      break;
    }
    case "letter": {
      const letter = await issueLetter({ ctx, input: { caseRow, service, config, actor, now } });
      outputs.push({ kind: "letter", id: letter.id, number: letter.number });
      break;
    }
    case "recommendation": {
      const { recommendation, warning } = await issueRecommendation({ ctx, input: { caseRow, service, config, actor, now } });
      outputs.push({ kind: "recommendation", id: recommendation.id, number: recommendation.number, ...(warning ? { warning } : {}) });
      break;
    }
    case "case":
      break;
  }
  if (!caseRow.listMatch.found) await recordUnlistedHousehold({ ctx, input: { caseRow, config, now } });
  return outputs;
}
