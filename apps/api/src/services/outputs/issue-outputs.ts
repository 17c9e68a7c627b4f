import type { RegencyConfig } from "@satu-atap/config";
import type { Case, CaseLevel } from "@satu-atap/db";
import type { Actor } from "../../http/actor.ts";
import type { NikServiceContext } from "../reference-persons.ts";

// The seam between deciding a case and what approval produces. The decision service calls
// `issueOutputs` in the same transaction as the approval; the outputs module (cards, letters,
// recommendations, quotas) gives it its body. Until then it issues nothing.

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
 * Issues the approved case's card, letter or recommendation (by the service's `output`).
 * Throws an ApiError (4xx) when it cannot (a second active card, a blocked quota), which rolls
 * the approval back with it.
 */
export async function issueOutputs(_args: {
  ctx: NikServiceContext;
  input: { caseRow: Case; decision: ApprovedDecision; config: RegencyConfig; actor: Actor };
}): Promise<IssuedOutput[]> {
  return [];
}
