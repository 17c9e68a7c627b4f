import {
  isShapeIssue,
  RegencyConfigSchema,
  validateConfig,
  type ConfigIssue,
  type LocalizedText,
  type RegencyConfig,
  type TestHousehold,
} from "@satu-atap/config";
import { getDraft } from "@satu-atap/db";
import { evaluateHousehold, HouseholdEvaluationError, validateHouseholdInput, type HouseholdInput } from "@satu-atap/rules";
import { ApiError } from "../http/errors.ts";
import { versionInForce } from "./configuration.ts";
import type { TenantServiceContext } from "./context.ts";
import type { DraftProblem } from "./drafts.ts";

/** What a test household states as expected, and what an evaluation is judged on. */
export interface HouseholdOutcome {
  category: string;
  /** Tier id per card programme id (`null`: no tier). */
  tiers: Record<string, string | null>;
  eligibleServices: string[];
}

/** How the draft's result differs from the household's `expected`; empty when it matches. */
export interface ExpectationDifferences {
  category?: { expected: string; actual: string };
  tiers?: Array<{ programme: string; expected: string | null; actual: string | null }>;
  /** `added`: eligible now but not expected; `removed`: expected but not eligible now. */
  eligibleServices?: { added: string[]; removed: string[] };
}

/** How the draft's result differs from the published version's for the same household; empty when unchanged. */
export interface OutcomeChanges {
  category?: { published: string; draft: string };
  tiers?: Array<{ programme: string; published: string | null; draft: string | null }>;
  /** `added`: eligible under the draft only; `removed`: eligible under the published version only. */
  eligibleServices?: { added: string[]; removed: string[] };
}

/** One test household of the draft, checked. */
export interface HouseholdCheck {
  /** Position in the draft's `testHouseholds` (its problems are at `/testHouseholds/<index>`). */
  index: number;
  id: string;
  label: LocalizedText;
  /** `fail` when the result differs from `expected` or the household itself has problems. */
  status: "pass" | "fail";
  expected: HouseholdOutcome;
  actual: HouseholdOutcome;
  differences: ExpectationDifferences;
  /** Problems of the household's own data (unknown village, answer out of range, …). */
  problems: DraftProblem[];
  /** The published version has no household with this id: nothing to compare with. */
  new: boolean;
  /** The draft's result differs from the published version's for this household. */
  changed: boolean;
  /** The result under the published version (`null` when `new`, or when that version could not evaluate it). */
  published: HouseholdOutcome | null;
  changes: OutcomeChanges;
}

/** Every test household of a configuration, checked against its expectations and a published version. */
export interface HouseholdCheckReport {
  summary: { total: number; passed: number; failed: number; changed: number; new: number };
  households: HouseholdCheck[];
  /** Households of the published version that the draft no longer has (not checked). */
  removed: Array<{ id: string; label: LocalizedText }>;
}

// The parts of a configuration evaluateHousehold reads: a problem here makes results meaningless.
const RULE_INPUTS = [/^\/survey(\/|$)/, /^\/cardProgrammes(\/|$)/, /^\/services\/\d+\/(id|output|cardProgramme|eligibility)(\/|$)/];

/** Whether a configuration problem keeps its rules from being evaluated at all. */
export function blocksEvaluation(issue: ConfigIssue): boolean {
  return isShapeIssue(issue) || RULE_INPUTS.some((pattern) => pattern.test(issue.path));
}

function inputOf(example: TestHousehold): HouseholdInput {
  const applicant = example.household.members[example.applicantIndex];
  return { answers: example.answers, household: example.household, ...(applicant === undefined ? {} : { applicant }), holds: example.holds };
}

/** The household's result under `config`, on its own decision date. Throws what evaluateHousehold throws. */
function outcomeOf(config: RegencyConfig, example: TestHousehold): HouseholdOutcome {
  const result = evaluateHousehold(config, inputOf(example), { decisionDate: example.decisionDate });
  return {
    category: result.category.id,
    tiers: Object.fromEntries(result.programmes.map((programme) => [programme.id, programme.tier?.id ?? null])),
    eligibleServices: [...result.eligibleServices],
  };
}

function tierIn(outcome: HouseholdOutcome, programme: string): string | null {
  return Object.hasOwn(outcome.tiers, programme) ? (outcome.tiers[programme] ?? null) : null;
}

/** Category, tiers of `programmes` and services of `after` compared with `before`. */
function compare(before: HouseholdOutcome, after: HouseholdOutcome, programmes: readonly string[]) {
  return {
    category: before.category === after.category ? undefined : { before: before.category, after: after.category },
    tiers: programmes
      .filter((programme) => tierIn(before, programme) !== tierIn(after, programme))
      .map((programme) => ({ programme, before: tierIn(before, programme), after: tierIn(after, programme) })),
    added: after.eligibleServices.filter((service) => !before.eligibleServices.includes(service)),
    removed: before.eligibleServices.filter((service) => !after.eligibleServices.includes(service)),
  };
}

function servicesPart(added: string[], removed: string[]) {
  return added.length > 0 || removed.length > 0 ? { eligibleServices: { added, removed } } : {};
}

function expectationDifferences(expected: HouseholdOutcome, actual: HouseholdOutcome): ExpectationDifferences {
  // Only the programmes the household states a tier for are checked.
  const found = compare(expected, actual, Object.keys(expected.tiers));
  return {
    ...(found.category ? { category: { expected: found.category.before, actual: found.category.after } } : {}),
    ...(found.tiers.length > 0 ? { tiers: found.tiers.map((t) => ({ programme: t.programme, expected: t.before, actual: t.after })) } : {}),
    ...servicesPart(found.added, found.removed),
  };
}

function outcomeChanges(published: HouseholdOutcome, draft: HouseholdOutcome): OutcomeChanges {
  const programmes = [...new Set([...Object.keys(published.tiers), ...Object.keys(draft.tiers)])];
  const found = compare(published, draft, programmes);
  return {
    ...(found.category ? { category: { published: found.category.before, draft: found.category.after } } : {}),
    ...(found.tiers.length > 0 ? { tiers: found.tiers.map((t) => ({ programme: t.programme, published: t.before, draft: t.after })) } : {}),
    ...servicesPart(found.added, found.removed),
  };
}

const isEmpty = (differences: object): boolean => Object.keys(differences).length === 0;

/** The household's own problems: configuration issues inside it, then answers and facts the survey refuses. */
function householdProblems(config: RegencyConfig, example: TestHousehold, index: number, issues: readonly ConfigIssue[]): DraftProblem[] {
  const at = `/testHouseholds/${index}`;
  const problems: DraftProblem[] = issues
    .filter((issue) => issue.path === at || issue.path.startsWith(`${at}/`))
    .map(({ path, code, message, messages }) => ({ path, code, message, messages }));
  const seen = new Set(problems.map((problem) => problem.path));
  // The input's applicant is a member of the household: point at that member.
  const applicantAt = `${at}/household/members/${example.applicantIndex}`;
  for (const problem of validateHouseholdInput(config, inputOf(example))) {
    const path = problem.path.startsWith("/applicant") ? `${applicantAt}${problem.path.slice("/applicant".length)}` : `${at}${problem.path}`;
    if (seen.has(path)) continue;
    seen.add(path);
    problems.push({ path, code: problem.code, message: problem.message, messages: problem.messages });
  }
  return problems;
}

function brokenRules(index: number, messages: LocalizedText): ApiError {
  return new ApiError(
    "INVALID_CONFIGURATION",
    {
      id: `Aturan draf tidak dapat menilai rumah tangga contoh: ${messages.id}`,
      en: `The draft's rules cannot evaluate a test household: ${messages.en}`,
    },
    [{ path: `draft/testHouseholds/${index}`, message: messages.en }],
  );
}

/** The draft's result for a household; a rule producing nonsense is the draft's problem (422). */
function draftOutcome(config: RegencyConfig, example: TestHousehold, index: number): HouseholdOutcome {
  try {
    return outcomeOf(config, example);
  } catch (error) {
    if (error instanceof HouseholdEvaluationError) throw brokenRules(index, error.messages);
    throw error;
  }
}

/** The published version's result, or `null` when it cannot evaluate the household. */
function publishedOutcome(config: RegencyConfig, example: TestHousehold): HouseholdOutcome | null {
  try {
    return outcomeOf(config, example);
  } catch (error) {
    if (error instanceof HouseholdEvaluationError) return null;
    throw error;
  }
}

/**
 * Evaluates every test household of `draft` with the draft's rules (on the household's own
 * `decisionDate`) and compares the result with its `expected` (pass/fail), and with what the
 * `published` configuration gives for its own household of the same id (changed/new).
 * `issues` are the draft's remaining configuration problems: those inside a household make
 * it fail. Pure: the caller loads the configurations.
 *
 * @example
 * const report = checkTestHouseholds(draftConfig, [], publishedConfig);
 * report.summary; // { total: 12, passed: 12, failed: 0, changed: 0, new: 0 }
 */
export function checkTestHouseholds(draft: RegencyConfig, issues: readonly ConfigIssue[], published: RegencyConfig | null): HouseholdCheckReport {
  const publishedById = new Map<string, TestHousehold>();
  for (const example of published?.testHouseholds ?? []) if (!publishedById.has(example.id)) publishedById.set(example.id, example);

  const households = (draft.testHouseholds ?? []).map((example, index): HouseholdCheck => {
    const actual = draftOutcome(draft, example, index);
    const expected: HouseholdOutcome = {
      category: example.expected.category,
      tiers: { ...example.expected.tiers },
      eligibleServices: [...example.expected.eligibleServices],
    };
    const differences = expectationDifferences(expected, actual);
    const problems = householdProblems(draft, example, index, issues);
    const before = published === null ? undefined : publishedById.get(example.id);
    // A published household the published rules cannot evaluate counts as changed: it needs a look.
    const previous = before === undefined || published === null ? null : publishedOutcome(published, before);
    const changes = previous === null ? {} : outcomeChanges(previous, actual);
    return {
      index,
      id: example.id,
      label: example.label,
      status: isEmpty(differences) && problems.length === 0 ? "pass" : "fail",
      expected,
      actual,
      differences,
      problems,
      new: before === undefined,
      changed: before !== undefined && (previous === null || !isEmpty(changes)),
      published: previous,
      changes,
    };
  });

  const draftIds = new Set(households.map((household) => household.id));
  const removed = [...publishedById.values()].filter((example) => !draftIds.has(example.id)).map(({ id, label }) => ({ id, label }));
  return {
    summary: {
      total: households.length,
      passed: households.filter((h) => h.status === "pass").length,
      failed: households.filter((h) => h.status === "fail").length,
      changed: households.filter((h) => h.changed).length,
      new: households.filter((h) => h.new).length,
    },
    households,
    removed,
  };
}

/** One line saying why a household failed, for an error issue. */
export function describeFailure(household: HouseholdCheck): string {
  const parts: string[] = [];
  const { category, tiers, eligibleServices } = household.differences;
  if (category) parts.push(`category expected ${category.expected}, got ${category.actual}`);
  for (const tier of tiers ?? []) parts.push(`${tier.programme} tier expected ${tier.expected ?? "none"}, got ${tier.actual ?? "none"}`);
  if (eligibleServices?.added.length) parts.push(`also eligible for ${eligibleServices.added.join(", ")}`);
  if (eligibleServices?.removed.length) parts.push(`no longer eligible for ${eligibleServices.removed.join(", ")}`);
  for (const problem of household.problems) parts.push(`${problem.path}: ${problem.message}`);
  return `${household.id}: ${parts.join("; ")}`;
}

/** One line saying how a household's outcome changed from the published version, for an error issue. */
export function describeChange(household: HouseholdCheck): string {
  if (household.published === null) return `${household.id}: the published version cannot evaluate it`;
  const parts: string[] = [];
  const { category, tiers, eligibleServices } = household.changes;
  if (category) parts.push(`category ${category.published} → ${category.draft}`);
  for (const tier of tiers ?? []) parts.push(`${tier.programme} tier ${tier.published ?? "none"} → ${tier.draft ?? "none"}`);
  if (eligibleServices?.added.length) parts.push(`newly eligible for ${eligibleServices.added.join(", ")}`);
  if (eligibleServices?.removed.length) parts.push(`no longer eligible for ${eligibleServices.removed.join(", ")}`);
  return `${household.id}: ${parts.join("; ")}`;
}

/**
 * A draft's content as a configuration whose rules can run, with its remaining problems;
 * 422 with the problems that keep the rules from running (shape, rules, the survey,
 * programmes, services' eligibility).
 */
export function evaluableDraft(content: unknown): { config: RegencyConfig; issues: ConfigIssue[] } {
  const result = validateConfig(content);
  if (result.ok) return { config: result.config, issues: [] };
  const blockers = result.issues.filter(blocksEvaluation);
  const parsed = RegencyConfigSchema.safeParse(content);
  if (blockers.length > 0 || !parsed.success) {
    throw new ApiError(
      "INVALID_CONFIGURATION",
      {
        id: "Aturan draf belum dapat dijalankan; perbaiki masalah ini dulu.",
        en: "The draft's rules cannot run yet; fix these problems first.",
      },
      (blockers.length > 0 ? blockers : result.issues).map((issue) => ({ path: `draft${issue.path}`, message: issue.message })),
    );
  }
  return { config: parsed.data, issues: result.issues };
}

/** The published version in force a draft is compared with, or `null` before the first one takes effect. */
export async function comparisonBase(ctx: TenantServiceContext) {
  const row = await versionInForce(ctx);
  if (!row) return null;
  // Published content was validated before it was stored, and versions are immutable.
  return { version: row.version, contentHash: row.contentHash, effectiveFrom: row.effectiveFrom, config: row.content as RegencyConfig };
}

/**
 * Runs the draft's test households (see {@link checkTestHouseholds}) against the draft and
 * the version in force. 404 without a draft; 422 when the draft's rules cannot run.
 */
export async function checkDraftHouseholds({ ctx }: { ctx: TenantServiceContext }) {
  const draft = await getDraft(ctx.db, ctx.tenant.id);
  if (!draft) {
    throw new ApiError("NOT_FOUND", { id: "Kabupaten/kota ini belum memiliki draf konfigurasi.", en: "This regency has no configuration draft." });
  }
  const { config, issues } = evaluableDraft(draft.content);
  const base = await comparisonBase(ctx);
  const report = checkTestHouseholds(config, issues, base?.config ?? null);
  return {
    draft: { revision: draft.revision },
    comparedWith: base === null ? null : { version: base.version, contentHash: base.contentHash, effectiveFrom: base.effectiveFrom },
    ...report,
  };
}

export type DraftHouseholdCheck = Awaited<ReturnType<typeof checkDraftHouseholds>>;
