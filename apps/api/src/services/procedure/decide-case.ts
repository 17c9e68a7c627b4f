import type { AdminLevel, Issuance, RegencyConfig } from "@satu-atap/config";
import { insertDecision, latestSurveyOfCase, type Case, type Decision } from "@satu-atap/db";
import { evaluateHousehold, HouseholdEvaluationError, type HouseholdInput } from "@satu-atap/rules";
import { ApiError } from "../../http/errors.ts";
import type { RecordReach } from "../../procedure/record-scope.ts";
import { heldTiersOf } from "../outputs/held-tiers.ts";
import { issueOutputs, type IssuedOutput } from "../outputs/issue-outputs.ts";
import type { NikServiceContext } from "../reference-persons.ts";
import { lockCaseForAction, moveLockedCase, type CaseActor } from "../../procedure/transition-case.ts";
import { configInForce } from "../cases/case-config.ts";
import { callerLevel, levelAbove, levelIndex } from "./case-in-reach.ts";
import { decisionReason, type CategorySource } from "./decision-reason.ts";
import { referenceListIdOf } from "../cases/list-match.ts";
import { caseFacts, mergeFacts } from "./household-facts.ts";

/** A decision as readers see it. */
export function presentDecision(decision: Decision) {
  return {
    id: decision.id,
    caseId: decision.caseId,
    kind: decision.kind,
    level: decision.level,
    outcome: decision.outcome,
    tiers: decision.tiers,
    reason: decision.reason,
    note: decision.note,
    reviewsDecisionId: decision.reviewsDecisionId,
    configVersion: decision.configVersion,
    decidedBy: { userId: decision.decidedBy, name: decision.decidedByLabel },
    decidedAt: decision.decidedAt.toISOString(),
  };
}

/** The case fields a decision's answer shows. */
export function caseStateOf(caseRow: Case) {
  return { id: caseRow.id, number: caseRow.number, state: caseRow.state, decisionLevel: caseRow.decisionLevel, revision: caseRow.revision };
}

/**
 * The level the caller decides at: its own (regency or sub-district), which must not be
 * below the level the case waits at (a case referred up to the regency is not the
 * kecamatan's any more: 403 `LEVEL_NOT_ALLOWED`).
 */
export function decidingLevel(reach: readonly RecordReach[], caseRow: Case): AdminLevel {
  const level = callerLevel(reach);
  if (level === null || levelIndex(level) > levelIndex(caseRow.decisionLevel)) {
    throw new ApiError("LEVEL_NOT_ALLOWED", {
      id: `Kasus ini menunggu keputusan tingkat ${caseRow.decisionLevel}; Anda tidak bertindak di tingkat itu.`,
      en: `This case waits for a decision at the ${caseRow.decisionLevel} level, which you do not act at.`,
    });
  }
  return level;
}

/** Who issues the case's output: the tier's issuance for a card, else the service's. */
function issuanceOf(config: RegencyConfig, serviceId: string, tiers: Record<string, string | null>): Issuance {
  const service = config.services.find((s) => s.id === serviceId);
  if (service === undefined) throw new ApiError("INVALID_CONFIGURATION", { id: `Layanan "${serviceId}" tidak ada lagi dalam konfigurasi.`, en: `Service "${serviceId}" is no longer in the configuration.` });
  if (service.output === "card" && service.cardProgramme !== undefined) {
    const programme = config.cardProgrammes.find((p) => p.id === service.cardProgramme);
    const tier = programme?.tiers.find((t) => t.id === tiers[service.cardProgramme ?? ""]);
    if (tier !== undefined) return tier.issuance;
  }
  return service.issuance;
}

/** The category a decision reads: the survey's final one, or on the fast path the list's (mapped in configuration). */
function categoryOf(config: RegencyConfig, caseRow: Case, surveyCategory: string | undefined, overridden: boolean): { category: string; source: CategorySource } {
  if (surveyCategory !== undefined) return { category: surveyCategory, source: overridden ? "override" : "survey" };
  const newest = caseRow.listMatch.appearances[0];
  const listId = newest === undefined ? undefined : referenceListIdOf(config, newest.source);
  const list = config.procedure.referenceLists.find((l) => l.id === listId);
  const mapped = newest?.category == null ? undefined : list?.categories?.[newest.category];
  if (mapped === undefined) {
    throw new ApiError(
      "CATEGORY_UNKNOWN",
      {
        id: "Kasus ini belum disurvei dan kategori daftar rujukannya tidak dipetakan ke kategori kabupaten (procedure.referenceLists[].categories).",
        en: "The case has no survey and its reference-list category is not mapped to one of the regency's categories (procedure.referenceLists[].categories).",
      },
      [{ path: "/listMatch/appearances/0/category", message: `unmapped category ${JSON.stringify(newest?.category ?? null)} of list ${JSON.stringify(newest?.source ?? null)}` }],
    );
  }
  return { category: mapped, source: "reference-list" };
}

/**
 * Decides a case at the caller's level with the configuration in force:
 * - `refer-up`: the case waits for the next level up (state stays `deciding`);
 * - `decide`: the household context (the survey's final category and facts, or the reference
 *   list's category on the fast path), the tiers already held and the applicant give, through
 *   the rules, the tier per programme and the service's eligibility. Not eligible → `refused`
 *   with the criterion-by-criterion reason. Eligible → `approved` (outputs issued in the same
 *   transaction) when this level issues, `proposed` when it only proposes, 422
 *   `LEVEL_MAY_NOT_ISSUE` when it does neither (refer it up instead).
 * Missing required documents → 422 `DOCUMENTS_INCOMPLETE`.
 */
export async function decideCase({
  ctx,
  input,
}: {
  ctx: NikServiceContext;
  input: {
    caseId: string;
    reach: readonly RecordReach[];
    expectedRevision: number | undefined;
    actor: CaseActor;
    now: Date;
    action: "decide" | "refer-up";
    note?: string | undefined;
  };
}) {
  const locked = await lockCaseForAction(ctx, { caseId: input.caseId, reach: input.reach, expectedRevision: input.expectedRevision, action: "decide" });
  const stepCtx = { ...ctx, now: input.now };
  const level = decidingLevel(input.reach, locked);
  const { config, version, today } = await configInForce(ctx, input.now);
  const base = {
    tenantId: ctx.tenant.id,
    caseId: locked.id,
    level,
    configVersion: version,
    note: input.note ?? null,
    decidedBy: input.actor.userId.startsWith("system:") ? null : input.actor.userId,
    decidedByLabel: input.actor.label,
    decidedAt: input.now,
  };

  if (input.action === "refer-up") {
    const up = levelAbove(locked.decisionLevel);
    if (up === null) {
      throw new ApiError("NO_HIGHER_LEVEL", {
        id: "Kasus sudah di tingkat tertinggi (kabupaten); tidak dapat dirujuk lebih tinggi.",
        en: "The case is already at the highest level (regency); it cannot be referred further up.",
      });
    }
    const decision = await insertDecision(ctx.db, { ...base, kind: "referral", outcome: "referred", tiers: {} });
    const updated = await moveLockedCase(stepCtx, locked, {
      action: "decide",
      to: "deciding",
      actor: input.actor,
      auditData: true,
      note: input.note ?? null,
      data: { decisionId: decision.id, outcome: "referred", from: locked.decisionLevel, to: up },
      changes: { decisionLevel: up },
    });
    return { decision: presentDecision(decision), case: caseStateOf(updated), outputs: [] as IssuedOutput[] };
  }

  const missing = locked.documents.filter((d) => !d.present);
  if (missing.length > 0) {
    throw new ApiError(
      "DOCUMENTS_INCOMPLETE",
      {
        id: `Dokumen persyaratan belum lengkap: ${missing.map((d) => d.id).join(", ")}.`,
        en: `Required documents are missing: ${missing.map((d) => d.id).join(", ")}.`,
      },
      missing.map((d) => ({ path: `/documents/${d.id}`, message: "missing" })),
    );
  }

  const survey = await latestSurveyOfCase(ctx.db, ctx.tenant.id, locked.id);
  const { category, source } = categoryOf(config, locked, survey?.finalCategory, survey?.overrideCategory != null);
  const facts = survey === null ? mergeFacts(caseFacts(locked), undefined, locked) : (survey.facts as unknown as ReturnType<typeof caseFacts>);
  // Only cards still valid on the decision day count as held (an expired card is still stored as active).
  const holds = await heldTiersOf({ ctx, input: { caseRow: locked, today } });
  const householdInput = {
    answers: (survey?.answers ?? {}) as HouseholdInput["answers"],
    household: facts.household,
    ...(facts.applicant === undefined ? {} : { applicant: facts.applicant }),
    holds,
  } as unknown as HouseholdInput;
  let evaluation;
  try {
    evaluation = evaluateHousehold(config, householdInput, { decisionDate: today, category });
  } catch (error) {
    if (error instanceof HouseholdEvaluationError) throw new ApiError("INVALID_CONFIGURATION", error.messages);
    throw error;
  }
  const service = evaluation.services.find((s) => s.id === locked.serviceId);
  const tiers: Record<string, string | null> = Object.fromEntries(evaluation.programmes.map((p) => [p.id, p.tier?.id ?? null]));
  const reason = decisionReason(config, evaluation, { serviceId: locked.serviceId, categorySource: source, surveyId: survey?.id ?? null });

  if (service === undefined || !service.eligible) {
    const decision = await insertDecision(ctx.db, { ...base, kind: "decision", outcome: "refused", tiers, reason });
    const updated = await moveLockedCase(stepCtx, locked, {
      action: "decide",
      to: "refused",
      actor: input.actor,
      auditData: true,
      note: input.note ?? null,
      data: { decisionId: decision.id, outcome: "refused", category, reason: reason.summary },
    });
    return { decision: presentDecision(decision), case: caseStateOf(updated), outputs: [] as IssuedOutput[] };
  }

  const issuance = issuanceOf(config, locked.serviceId, tiers);
  const issues = levelIndex(level) <= levelIndex(issuance.issuedBy);
  const proposes = !issues && issuance.proposedBy !== undefined && levelIndex(level) <= levelIndex(issuance.proposedBy);
  if (!issues && !proposes) {
    throw new ApiError(
      "LEVEL_MAY_NOT_ISSUE",
      {
        id: `Tingkat ${level} tidak dapat menerbitkan maupun mengusulkan layanan ini (diterbitkan oleh tingkat ${issuance.issuedBy}). Rujuk kasus ke tingkat di atasnya.`,
        en: `The ${level} level may neither issue nor propose this (issued by the ${issuance.issuedBy} level). Refer the case up.`,
      },
      [{ path: "/action", message: "use refer-up" }],
    );
  }
  const withIssuance = { ...reason, issuance };
  if (proposes) {
    const decision = await insertDecision(ctx.db, { ...base, kind: "proposal", outcome: "proposed", tiers, reason: withIssuance });
    const updated = await moveLockedCase(stepCtx, locked, {
      action: "decide",
      to: "proposed",
      actor: input.actor,
      auditData: true,
      note: input.note ?? null,
      data: { decisionId: decision.id, outcome: "proposed", tiers, issuedBy: issuance.issuedBy },
    });
    return { decision: presentDecision(decision), case: caseStateOf(updated), outputs: [] as IssuedOutput[] };
  }

  const decision = await insertDecision(ctx.db, { ...base, kind: "decision", outcome: "approved", tiers, reason: withIssuance });
  const updated = await moveLockedCase(stepCtx, locked, {
    action: "decide",
    to: "approved",
    actor: input.actor,
    auditData: true,
    note: input.note ?? null,
    data: { decisionId: decision.id, outcome: "approved", tiers },
  });
  const outputs = await issueOutputs({
    ctx,
    input: { caseRow: updated, decision: { id: decision.id, tiers, level, configVersion: version }, config, actor: input.actor },
  });
  return { decision: presentDecision(decision), case: caseStateOf(updated), outputs };
}
