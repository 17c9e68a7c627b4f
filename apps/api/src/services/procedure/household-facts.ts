import type { Case } from "@satu-atap/db";

/** Household and applicant facts as the rules read them (`household.*`, `applicant.*`). */
export interface CaseFacts {
  household: Record<string, unknown>;
  applicant?: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The facts stored on a case at registration (`facts.household`, `facts.applicant`). */
export function caseFacts(caseRow: Case): CaseFacts {
  const facts = caseRow.facts;
  const household = isRecord(facts["household"]) ? facts["household"] : {};
  const applicant = isRecord(facts["applicant"]) ? facts["applicant"] : undefined;
  return applicant === undefined ? { household } : { household, applicant };
}

/**
 * The facts after a visit: what the verifier wrote over what registration knew, field by
 * field. The list match and the village stay the system's: the verifier cannot put a
 * household on a list.
 */
export function mergeFacts(known: CaseFacts, given: Partial<CaseFacts> | undefined, caseRow: Case): CaseFacts {
  const household = {
    ...known.household,
    ...given?.household,
    villageCode: caseRow.villageCode,
    inReferenceList: known.household["inReferenceList"] ?? caseRow.listMatch.found,
    referenceSource: known.household["referenceSource"] ?? null,
  };
  const applicant = given?.applicant ?? known.applicant;
  return applicant === undefined ? { household } : { household, applicant: { ...known.applicant, ...applicant } };
}
