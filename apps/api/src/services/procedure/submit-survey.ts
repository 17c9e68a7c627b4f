import { completeVerificationTask, insertSurvey, openTasksOfCase, type Survey } from "@satu-atap/db";
import { evaluateHousehold, HouseholdEvaluationError, validateHouseholdInput, type HouseholdInput } from "@satu-atap/rules";
import { ApiError, type ErrorIssue } from "../../http/errors.ts";
import { assertTransition } from "../../procedure/case-transitions.ts";
import { lockCaseForAction, moveLockedCase, type CaseActor } from "../../procedure/transition-case.ts";
import type { RecordReach } from "../../procedure/record-scope.ts";
import type { TenantServiceContext } from "../context.ts";
import { configInForce } from "../cases/case-config.ts";
import { caseFacts, mergeFacts, type CaseFacts } from "./household-facts.ts";

/** What the verifier sends. */
export interface SurveySubmission {
  answers: Record<string, unknown>;
  narratives: { criteria?: Record<string, string> | undefined; overall: string };
  facts?: Partial<CaseFacts> | undefined;
  override?: { category: string; justification: string } | undefined;
}

/** A survey as readers see it (no NIK ever lives here). */
export function presentSurvey(survey: Survey) {
  return {
    id: survey.id,
    caseId: survey.caseId,
    taskId: survey.taskId,
    configVersion: survey.configVersion,
    answers: survey.answers,
    narratives: survey.narratives,
    facts: survey.facts,
    score: survey.evaluation.score,
    signCount: survey.evaluation.signCount,
    computedCategory: survey.computedCategory,
    override: survey.overrideCategory === null ? null : { category: survey.overrideCategory, justification: survey.overrideJustification },
    finalCategory: survey.finalCategory,
    evaluation: survey.evaluation,
    submittedBy: { userId: survey.submittedBy, name: survey.submittedByLabel },
    submittedAt: survey.submittedAt.toISOString(),
  };
}

function invalid(issues: ErrorIssue[]): ApiError {
  return new ApiError("VALIDATION_FAILED", { id: "Isian survei tidak valid.", en: "The survey is not valid." }, issues);
}

/**
 * A field verifier's survey of a case's household: answers checked against the published
 * criteria (400 with JSON-pointer paths), scored and classified by the rules with their
 * explanation, an override only with a known category and a written justification (422),
 * stored with the configuration version used; the open verification task is done and the case
 * moves `surveying → deciding`. 404 when the caller's areas do not cover the case's village.
 */
export async function submitSurvey({
  ctx,
  input,
}: {
  ctx: TenantServiceContext;
  input: { caseId: string; reach: readonly RecordReach[]; expectedRevision: number | undefined; actor: CaseActor; now: Date; survey: SurveySubmission };
}) {
  const locked = await lockCaseForAction(ctx, { caseId: input.caseId, reach: input.reach, expectedRevision: input.expectedRevision });
  assertTransition(locked.state, "submit-survey", "deciding");
  const { config, version, today } = await configInForce(ctx, input.now);
  const { survey } = input;

  const facts = mergeFacts(caseFacts(locked), survey.facts, locked);
  const householdInput = { answers: survey.answers, household: facts.household, ...(facts.applicant ? { applicant: facts.applicant } : {}) };
  const issues: ErrorIssue[] = validateHouseholdInput(config, householdInput).map((problem) => ({
    path: problem.path.startsWith("/answers") ? problem.path : `/facts${problem.path}`,
    message: problem.message,
  }));
  const criterionIds = new Set(config.survey.criteria.map((c) => c.id));
  for (const criterion of config.survey.criteria) {
    const text = survey.narratives.criteria?.[criterion.id];
    if (criterion.narrative.required && (text === undefined || text.trim() === "")) {
      issues.push({ path: `/narratives/criteria/${criterion.id}`, message: `A narrative is required for "${criterion.label.en}"` });
    }
  }
  for (const id of Object.keys(survey.narratives.criteria ?? {})) {
    if (!criterionIds.has(id)) issues.push({ path: `/narratives/criteria/${id}`, message: `Unknown survey criterion "${id}"` });
  }
  if (survey.narratives.overall.trim() === "") issues.push({ path: "/narratives/overall", message: "The overall narrative is required" });
  if (issues.length > 0) throw invalid(issues);

  const override = survey.override;
  if (override !== undefined) {
    if (!config.survey.override.allowed) {
      throw new ApiError(
        "OVERRIDE_NOT_ALLOWED",
        { id: "Konfigurasi tidak mengizinkan hasil survei diubah verifikator.", en: "The configuration does not let verifiers override the result." },
        [{ path: "/override", message: "overrides are not allowed" }],
      );
    }
    if (!config.survey.categories.some((c) => c.id === override.category)) {
      const known = config.survey.categories.map((c) => c.id).join(", ");
      throw new ApiError(
        "OVERRIDE_CATEGORY_UNKNOWN",
        { id: `Kategori "${override.category}" tidak dikenal (yang ada: ${known}).`, en: `Unknown category "${override.category}" (known: ${known}).` },
        [{ path: "/override/category", message: `must be one of ${known}` }],
      );
    }
    const min = config.survey.override.minJustificationLength;
    if (override.justification.trim().length < min) {
      throw new ApiError(
        "OVERRIDE_JUSTIFICATION_REQUIRED",
        {
          id: `Perubahan hasil survei harus disertai alasan tertulis paling sedikit ${min} karakter.`,
          en: `Overriding the survey result needs a written justification of at least ${min} characters.`,
        },
        [{ path: "/override/justification", message: `at least ${min} characters` }],
      );
    }
  }

  let evaluation;
  try {
    // validateHouseholdInput accepted it, so it has the HouseholdInput shape.
    evaluation = evaluateHousehold(config, householdInput as unknown as HouseholdInput, {
      decisionDate: today,
      ...(override === undefined ? {} : { category: override.category }),
    });
  } catch (error) {
    if (error instanceof HouseholdEvaluationError) throw new ApiError("INVALID_CONFIGURATION", error.messages);
    throw error;
  }
  const computedCategory = evaluation.classifiedCategory?.id ?? evaluation.category.id;
  const tasks = await openTasksOfCase(ctx.db, ctx.tenant.id, locked.id);
  for (const task of tasks) await completeVerificationTask(ctx.db, ctx.tenant.id, task.id, input.now);

  const stored = await insertSurvey(ctx.db, {
    tenantId: ctx.tenant.id,
    caseId: locked.id,
    taskId: tasks[0]?.id ?? null,
    configVersion: version,
    answers: survey.answers,
    narratives: { criteria: survey.narratives.criteria ?? {}, overall: survey.narratives.overall },
    facts: { ...facts },
    evaluation: {
      score: evaluation.score,
      signCount: evaluation.signCount,
      category: computedCategory,
      criteria: [...evaluation.criteria],
      scoring: evaluation.scoring,
      classificationTrace: evaluation.classificationTrace,
      decisionDate: evaluation.decisionDate,
    },
    computedCategory,
    overrideCategory: override?.category ?? null,
    overrideJustification: override === undefined ? null : override.justification.trim(),
    finalCategory: override?.category ?? computedCategory,
    submittedBy: input.actor.userId.startsWith("system:") ? null : input.actor.userId,
    submittedByLabel: input.actor.label,
    submittedAt: input.now,
  });
  const updated = await moveLockedCase({ ...ctx, now: input.now }, locked, {
    action: "submit-survey",
    to: "deciding",
    actor: input.actor,
    auditData: true,
    data: {
      surveyId: stored.id,
      computedCategory,
      finalCategory: stored.finalCategory,
      overridden: override !== undefined,
      score: evaluation.score,
      configVersion: version,
      tasksDone: tasks.map((t) => t.id),
    },
    changes: { facts: { ...locked.facts, ...facts } },
  });
  return { survey: presentSurvey(stored), case: { id: updated.id, state: updated.state, revision: updated.revision } };
}
