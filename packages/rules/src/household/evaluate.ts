import type { CardProgramme, LocalizedText, RegencyConfig, SurveyCriterion } from "@satu-atap/config";
import { parseIsoDate } from "../domain-operators.ts";
import { describeNode, formatNumber } from "../explain/describe.ts";
import { type LabelMap, labelMap } from "../explain/labels.ts";
import { type TraceNode, explainWith } from "../explain/trace.ts";
import { evaluate } from "../interpret.ts";
import { truthy } from "../semantics/index.ts";
import type { AnswerValue, HouseholdInput } from "./input.ts";
import { ruleLabels } from "./labels.ts";

/** One survey criterion, as shown to the citizen. */
export interface CriterionResult {
  readonly id: string;
  readonly label: LocalizedText;
  readonly question: LocalizedText;
  /** The answer seen (`null`: not answered). */
  readonly value: AnswerValue | null;
  /** The answer in words: option label, ya/tidak, number with unit. */
  readonly valueText: LocalizedText;
  /** The sign condition in words; `null` for a criterion without a sign (recorded, not scored). */
  readonly condition: LocalizedText | null;
  /** Whether the answer shows the poverty sign. */
  readonly met: boolean;
  readonly weight: number;
  /** How much the score drops when this sign is taken away (the weight, for Sragen's sum of weights); 0 when not met. */
  readonly contribution: number;
  readonly trace: TraceNode | null;
}

/** One tier of a card programme, whether it was given or not, and why. */
export interface TierResult {
  readonly id: string;
  readonly rank: number;
  readonly label: LocalizedText;
  /** Whether the qualification rule holds. */
  readonly qualifies: boolean;
  /** Whether this tier was given: the first qualifying tier in rank order. */
  readonly given: boolean;
  readonly condition: LocalizedText;
  readonly trace: TraceNode;
  /** Household facts or answers the rule read that were not given (`null`): the result may change once they are. */
  readonly missingFacts: readonly string[];
}

/** A card programme's result. */
export interface ProgrammeResult {
  readonly id: string;
  readonly label: LocalizedText;
  readonly holder: CardProgramme["holder"];
  /** The tier given, or `null`. */
  readonly tier: { readonly id: string; readonly rank: number; readonly label: LocalizedText } | null;
  /** Every tier, by rank (1 = highest): the tiers above `tier` show why they were not given. */
  readonly tiers: readonly TierResult[];
}

/** A service's result. */
export interface ServiceResult {
  readonly id: string;
  readonly label: LocalizedText;
  readonly eligible: boolean;
  readonly condition: LocalizedText;
  readonly trace: TraceNode;
  /** For a card service: the programme and the tier given (eligible only with a tier). */
  readonly card?: { readonly programme: string; readonly tier: string | null };
  readonly missingFacts: readonly string[];
}

/** The tier a household is taken to hold in each programme, and where that came from. */
export interface HeldTier {
  readonly tier: string | null;
  /** `input`: stated in the input; `computed`: given by this evaluation; `none`. */
  readonly source: "input" | "computed" | "none";
}

/** The full evaluation of a household against a regency configuration. */
export interface HouseholdEvaluation {
  readonly decisionDate: string;
  readonly criteria: readonly CriterionResult[];
  readonly signCount: number;
  readonly score: number;
  readonly scoring: { readonly description: LocalizedText; readonly trace: TraceNode };
  /** The category tiers and services read: the classified one, or the one given in the options. */
  readonly category: { readonly id: string; readonly rank: number; readonly label: LocalizedText };
  /** Only when `options.category` replaced it: what the classification rule gave. */
  readonly classifiedCategory?: { readonly id: string; readonly rank: number; readonly label: LocalizedText };
  readonly classification: { readonly description: LocalizedText };
  readonly classificationTrace: TraceNode;
  readonly holds: Readonly<Record<string, HeldTier>>;
  readonly programmes: readonly ProgrammeResult[];
  readonly services: readonly ServiceResult[];
  /** Ids of the services the applicant is eligible for, in catalogue order. */
  readonly eligibleServices: readonly string[];
}

/** Options of {@link evaluateHousehold}. */
export interface HouseholdOptions {
  /** The date rules are evaluated for (`YYYY-MM-DD`); default: today in the regency's time zone. */
  readonly decisionDate?: string;
  /**
   * A category decided elsewhere, which tiers and services read instead of the classified one:
   * a verifier's justified override, or the category a reference list gives a household
   * decided without a survey. The score and classification are still computed and reported.
   */
  readonly category?: string;
}

/**
 * Thrown when the configuration's rules produce something unusable (a score
 * that is not a number, an unknown category): a configuration bug, not bad input.
 *
 * @example
 * try { evaluateHousehold(config, input); } catch (e) { if (e instanceof HouseholdEvaluationError) e.messages.id; }
 */
export class HouseholdEvaluationError extends Error {
  override readonly name = "HouseholdEvaluationError";
  readonly messages: LocalizedText;
  constructor(messages: LocalizedText) {
    super(messages.en);
    this.messages = messages;
  }
}

/** Today's date in a time zone, `YYYY-MM-DD`. */
function today(timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(new Date());
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

function valueText(criterion: SurveyCriterion, value: AnswerValue | null): LocalizedText {
  if (value === null) return { id: "tidak dijawab", en: "not answered" };
  if (typeof value === "boolean") return value ? { id: "ya", en: "yes" } : { id: "tidak", en: "no" };
  const answer = criterion.answer;
  if (answer.type === "choice") {
    const option = answer.options.find((o) => o.id === value);
    if (option !== undefined) return option.label;
  }
  if (typeof value === "number") {
    const number = formatNumber(value);
    if (answer.type === "number" && answer.unit !== undefined) {
      return { id: `${number.id} ${answer.unit.id}`, en: `${number.en} ${answer.unit.en}` };
    }
    return number;
  }
  return { id: value, en: value };
}

/** Input-derived variables a trace read as `null`: facts the decision did not know. */
function missingFacts(trace: TraceNode): string[] {
  const names = new Set<string>();
  const stack: TraceNode[] = [trace];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.evaluated && node.variable !== undefined && (node.variable.value === null || node.variable.value === undefined)) {
      const name = node.variable.name;
      if (name.startsWith("answers.") || name.startsWith("household.") || name.startsWith("applicant.")) names.add(name);
    }
    stack.push(...node.children);
  }
  return [...names].sort();
}

/** Programme ids a programme's tier rules read through `holds.<id>`. */
function holdsRead(programme: CardProgramme): Set<string> {
  const read = new Set<string>();
  const stack: unknown[] = programme.tiers.map((tier) => tier.qualification);
  for (let node = stack.pop(); node !== undefined || stack.length > 0; node = stack.pop()) {
    if (Array.isArray(node)) {
      stack.push(...node);
    } else if (typeof node === "object" && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === "var") {
          const name: unknown = Array.isArray(value) ? value[0] : value;
          if (typeof name === "string" && name.startsWith("holds.")) read.add(name.slice("holds.".length));
        }
        stack.push(value);
      }
    }
  }
  read.delete(programme.id);
  return read;
}

/**
 * Programmes in evaluation order: one whose tiers read `holds.<other>` comes
 * after `other`, so the other's computed tier is known; otherwise (and on a
 * cycle) configuration order.
 */
function evaluationOrder(programmes: readonly CardProgramme[]): CardProgramme[] {
  const pending = [...programmes];
  const done = new Set<string>();
  const order: CardProgramme[] = [];
  const ids = new Set(programmes.map((p) => p.id));
  while (pending.length > 0) {
    const index = pending.findIndex((p) => [...holdsRead(p)].every((id) => done.has(id) || !ids.has(id)));
    const [next] = pending.splice(index === -1 ? 0 : index, 1);
    if (next === undefined) break;
    order.push(next);
    done.add(next.id);
  }
  return order;
}

function person(value: unknown): unknown {
  return value === undefined ? null : value;
}

/**
 * Evaluates a household against a regency configuration, with an explanation
 * for each step:
 * 1. each criterion's `sign` rule on the answers (`answers.*`, `household.*`, `decisionDate`);
 * 2. the score (`survey.scoring.rule` on `signs.*`, `weights.*`, `answers.*`, `signCount`);
 * 3. the category (`survey.classification.rule` on `score`, `signCount`, `signs.*`, `answers.*`);
 * 4. each card programme's tiers in rank order — the first qualifying tier is
 *    given — on the household context (`category`, `score`, `signCount`,
 *    `answers.*`, `signs.*`, `household.*`, `applicant.*`, `holds.*`, `decisionDate`);
 * 5. each service's eligibility on the same context; a card service also needs a tier.
 *
 * `holds.<programme>` is the tier stated in `input.holds` when not null;
 * otherwise the tier this evaluation gives in that programme, when that
 * programme is evaluated first (programmes reading another's `holds` are
 * evaluated after it), so applying for both cards at once works like holding
 * the first (Sintawati Melati follows Saraswati Melati); otherwise `null`.
 *
 * The input is not validated here (call `validateHouseholdInput` first):
 * unknown answers are ignored, missing ones read as `null`, and absent
 * `household`/`applicant` facts read as `null` — the `missingFacts` of each
 * tier and service list what a decision read that was not known.
 *
 * @example
 * const result = evaluateHousehold(config, { answers, household, applicant }, { decisionDate: "2014-06-02" });
 * result.category.id;                                   // "very-poor"
 * result.programmes.find((p) => p.id === "saraswati")?.tier?.id; // "melati"
 * result.criteria[0]?.condition?.id;                    // "Luas lantai per orang kurang dari 8"
 */
export function evaluateHousehold(config: RegencyConfig, input: HouseholdInput, options?: HouseholdOptions): HouseholdEvaluation {
  const decisionDate = options?.decisionDate ?? today(config.meta.timezone);
  if (parseIsoDate(decisionDate) === null) {
    throw new RangeError(`decisionDate must be a YYYY-MM-DD date, got ${JSON.stringify(decisionDate)}`);
  }
  const labels: LabelMap = labelMap(ruleLabels(config));
  const criteria = config.survey.criteria;

  // Context objects carry exactly the catalogue's fields for each scope, built from known ids only.
  const answers: Record<string, AnswerValue | null> = {};
  for (const criterion of criteria) {
    const given = Object.hasOwn(input.answers, criterion.id) ? input.answers[criterion.id] : undefined;
    answers[criterion.id] = given === undefined ? null : given;
  }
  const household = person(input.household);
  const applicant = person(input.applicant);

  const signContext = { answers, household, decisionDate };
  const signs: Record<string, boolean> = {};
  const weights: Record<string, number> = {};
  const signTraces = new Map<string, TraceNode>();
  for (const criterion of criteria) {
    weights[criterion.id] = criterion.weight;
    if (criterion.sign === undefined) {
      signs[criterion.id] = false;
      continue;
    }
    const { result, trace } = explainWith(criterion.sign, signContext, labels);
    signs[criterion.id] = truthy(result);
    signTraces.set(criterion.id, trace);
  }
  const signCount = Object.values(signs).filter(Boolean).length;

  const scoreOf = (s: Record<string, boolean>, count: number): unknown =>
    evaluate(config.survey.scoring.rule, { signs: s, weights, answers, signCount: count });
  const scoring = explainWith(config.survey.scoring.rule, { signs, weights, answers, signCount }, labels);
  const score = scoring.result;
  if (typeof score !== "number" || !Number.isFinite(score)) {
    throw new HouseholdEvaluationError({
      id: `Aturan skor menghasilkan ${JSON.stringify(score)}, bukan angka`,
      en: `The scoring rule returned ${JSON.stringify(score)}, not a number`,
    });
  }

  const criterionResults: CriterionResult[] = criteria.map((criterion) => {
    const met = signs[criterion.id] === true;
    let contribution = 0;
    if (met) {
      const without = scoreOf({ ...signs, [criterion.id]: false }, signCount - 1);
      contribution = typeof without === "number" ? score - without : 0;
    }
    const value = answers[criterion.id] ?? null;
    return {
      id: criterion.id,
      label: criterion.label,
      question: criterion.question,
      value,
      valueText: valueText(criterion, value),
      condition: criterion.sign === undefined ? null : describeNode(criterion.sign, labels, { mode: "condition" }),
      met,
      weight: criterion.weight,
      contribution,
      trace: signTraces.get(criterion.id) ?? null,
    };
  });

  const categoryLabels = Object.fromEntries(config.survey.categories.map((c) => [c.id, c.label]));
  const classification = explainWith(config.survey.classification.rule, { score, signCount, signs, answers }, labels, {
    results: categoryLabels,
  });
  const classified = config.survey.categories.find((c) => c.id === classification.result);
  if (classified === undefined) {
    throw new HouseholdEvaluationError({
      id: `Aturan klasifikasi menghasilkan ${JSON.stringify(classification.result)}, bukan id kategori`,
      en: `The classification rule returned ${JSON.stringify(classification.result)}, not a category id`,
    });
  }
  const chosenCategory = options?.category === undefined ? undefined : config.survey.categories.find((c) => c.id === options.category);
  if (options?.category !== undefined && chosenCategory === undefined) {
    throw new RangeError(`category must be one of the survey's categories, got ${JSON.stringify(options.category)}`);
  }
  const category = chosenCategory ?? classified;

  const stated = (programmeId: string): string | null => {
    const holds = input.holds;
    if (holds === undefined || !Object.hasOwn(holds, programmeId)) return null;
    const tier = holds[programmeId];
    return typeof tier === "string" ? tier : null;
  };
  const computed = new Map<string, string | null>();
  const heldNow = (): Record<string, HeldTier> => {
    const held: Record<string, HeldTier> = {};
    for (const programme of config.cardProgrammes) {
      const fromInput = stated(programme.id);
      const fromEvaluation = computed.get(programme.id) ?? null;
      held[programme.id] =
        fromInput !== null
          ? { tier: fromInput, source: "input" }
          : fromEvaluation !== null
            ? { tier: fromEvaluation, source: "computed" }
            : { tier: null, source: "none" };
    }
    return held;
  };
  const householdContext = (held: Record<string, HeldTier>): Record<string, unknown> => ({
    category: category.id,
    score,
    signCount,
    answers,
    signs,
    household,
    applicant,
    holds: Object.fromEntries(Object.entries(held).map(([id, h]) => [id, h.tier])),
    decisionDate,
  });

  const programmeResults = new Map<string, ProgrammeResult>();
  for (const programme of evaluationOrder(config.cardProgrammes)) {
    const held = heldNow();
    // A programme never sees its own computed tier: only what the input says is held.
    held[programme.id] = stated(programme.id) === null ? { tier: null, source: "none" } : { tier: stated(programme.id), source: "input" };
    const context = householdContext(held);
    let given: TierResult | undefined;
    const tiers: TierResult[] = [...programme.tiers]
      .sort((a, b) => a.rank - b.rank)
      .map((tier) => {
        const { result, trace } = explainWith(tier.qualification, context, labels);
        const qualifies = truthy(result);
        const isGiven = qualifies && given === undefined;
        const tierResult: TierResult = {
          id: tier.id,
          rank: tier.rank,
          label: tier.label,
          qualifies,
          given: isGiven,
          condition: describeNode(tier.qualification, labels, { mode: "condition" }),
          trace,
          missingFacts: missingFacts(trace),
        };
        if (isGiven) given = tierResult;
        return tierResult;
      });
    computed.set(programme.id, given?.id ?? null);
    programmeResults.set(programme.id, {
      id: programme.id,
      label: programme.label,
      holder: programme.holder,
      tier: given === undefined ? null : { id: given.id, rank: given.rank, label: given.label },
      tiers,
    });
  }
  const programmes = config.cardProgrammes.flatMap((p) => {
    const found = programmeResults.get(p.id);
    return found === undefined ? [] : [found];
  });

  const finalHolds = heldNow();
  const serviceContext = householdContext(finalHolds);
  const services: ServiceResult[] = config.services.map((service) => {
    const { result, trace } = explainWith(service.eligibility, serviceContext, labels);
    const programmeId = service.output === "card" ? service.cardProgramme : undefined;
    const tier = programmeId === undefined ? undefined : (programmeResults.get(programmeId)?.tier?.id ?? null);
    const eligible = truthy(result) && tier !== null;
    return {
      id: service.id,
      label: service.label,
      eligible,
      condition: describeNode(service.eligibility, labels, { mode: "condition" }),
      trace,
      ...(programmeId === undefined || tier === undefined ? {} : { card: { programme: programmeId, tier } }),
      missingFacts: missingFacts(trace),
    };
  });

  return {
    decisionDate,
    criteria: criterionResults,
    signCount,
    score,
    scoring: { description: config.survey.scoring.description, trace: scoring.trace },
    category: { id: category.id, rank: category.rank, label: category.label },
    ...(chosenCategory === undefined ? {} : { classifiedCategory: { id: classified.id, rank: classified.rank, label: classified.label } }),
    classification: { description: config.survey.classification.description },
    classificationTrace: classification.trace,
    holds: finalHolds,
    programmes,
    services,
    eligibleServices: services.filter((s) => s.eligible).map((s) => s.id),
  };
}
