import type { RegencyConfig } from "@satu-atap/config";
import { findReferencePerson, type CaseListMatch, type Db } from "@satu-atap/db";
import { evaluate, semantics } from "@satu-atap/rules";

/** The list match of an applicant and what the fast-path rule made of it. */
export interface MatchOutcome {
  listMatch: CaseListMatch;
  /** `household.referenceSource` as rules read it: the newest appearance's list, as a configured list id when one matches. */
  referenceSource: string | null;
  /** Whether `procedure.fastPath.when` holds and its `skipSteps` skip the survey step. */
  fastPath: boolean;
}

/**
 * The configured reference list an import's free-text source names: the list whose id or
 * label (either language) equals it, ignoring case, spaces and punctuation ("TNP2K" → `tnp2k`,
 * "PPLS 2011" → `ppls-2011`); otherwise the source as imported. Imports name their source as
 * people write it; rules compare `household.referenceSource` to the configuration's list ids.
 */
export function referenceListIdOf(config: RegencyConfig, source: string): string {
  const key = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");
  const wanted = key(source);
  const list = config.procedure.referenceLists.find((l) => [l.id, l.label.id, l.label.en].some((name) => key(name) === wanted));
  return list?.id ?? source;
}

/**
 * Looks the applicant up in the regency's reference lists by the NIK's keyed HMAC (the NIK
 * itself is never in a query) and keeps every appearance, newest first, without the NIK.
 */
export async function matchApplicant(db: Db, tenantId: string, nikHmac: Uint8Array): Promise<CaseListMatch> {
  const found = await findReferencePerson(db, tenantId, { nikHmac });
  if (found === undefined) return { found: false, personId: null, appearances: [] };
  const appearances = found.appearances
    .map((a) => ({ source: a.source, year: a.year, category: a.category, villageCode: a.villageCode }))
    .sort((a, b) => b.year - a.year || a.source.localeCompare(b.source));
  return { found: true, personId: found.person.id, appearances };
}

/**
 * Whether the configured fast path applies: `procedure.fastPath.when` holds for the household
 * facts known at registration, and its `skipSteps` include the step of kind `survey` (a fast
 * path that skips something else does not spare the field visit).
 */
export function fastPathHolds(config: RegencyConfig, facts: { household: Record<string, unknown>; applicant?: Record<string, unknown> | undefined }, decisionDate: string): boolean {
  const fastPath = config.procedure.fastPath;
  const surveyStep = config.procedure.steps.find((s) => s.kind === "survey");
  if (fastPath === undefined || surveyStep === undefined || !fastPath.skipSteps.includes(surveyStep.id)) return false;
  try {
    return semantics.truthy(evaluate(fastPath.when, { household: facts.household, applicant: facts.applicant ?? {}, decisionDate }));
  } catch {
    // A rule that cannot be evaluated on what is known (e.g. an applicant fact not given yet)
    // does not hold: the household goes the ordinary way, through the survey.
    return false;
  }
}

/** The match and the fast-path decision, with the household facts the rules read. */
export async function matchAndRoute(
  db: Db,
  input: {
    tenantId: string;
    config: RegencyConfig;
    nikHmac: Uint8Array;
    household: Record<string, unknown>;
    applicant?: Record<string, unknown> | undefined;
    decisionDate: string;
  },
): Promise<MatchOutcome & { household: Record<string, unknown> }> {
  const listMatch = await matchApplicant(db, input.tenantId, input.nikHmac);
  const newest = listMatch.appearances[0];
  const referenceSource = newest === undefined ? null : referenceListIdOf(input.config, newest.source);
  const household = { ...input.household, inReferenceList: listMatch.found, referenceSource };
  const fastPath = fastPathHolds(input.config, { household, applicant: input.applicant }, input.decisionDate);
  return { listMatch, referenceSource, fastPath, household };
}
