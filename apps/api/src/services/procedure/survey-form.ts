import type { RegencyConfig, SurveyCriterion } from "@satu-atap/config";
import type { RecordReach } from "../../procedure/record-scope.ts";
import type { TenantServiceContext } from "../context.ts";
import { configInForce } from "../cases/case-config.ts";
import { caseInReach } from "./case-in-reach.ts";
import { caseFacts } from "./household-facts.ts";

/** A criterion's answer field as a form shows it. */
function answerField(criterion: SurveyCriterion) {
  const answer = criterion.answer;
  switch (answer.type) {
    case "yes-no":
      return { type: "yes-no" as const };
    case "number":
      return {
        type: "number" as const,
        ...(answer.unit === undefined ? {} : { unit: answer.unit }),
        ...(answer.min === undefined ? {} : { min: answer.min }),
        ...(answer.max === undefined ? {} : { max: answer.max }),
        integer: answer.integer,
      };
    case "choice":
      return { type: "choice" as const, options: answer.options.map((o) => ({ id: o.id, label: o.label })) };
    case "text":
      return { type: "text" as const, ...(answer.maxLength === undefined ? {} : { maxLength: answer.maxLength }) };
  }
}

/** The survey form of a configuration: every criterion with its question, answer field and narrative field. */
export function surveyFormOf(config: RegencyConfig) {
  return {
    criteria: config.survey.criteria.map((criterion) => ({
      id: criterion.id,
      label: criterion.label,
      question: criterion.question,
      answer: answerField(criterion),
      // Criteria without a sign are recorded, not scored: they may stay unanswered.
      required: criterion.sign !== undefined,
      narrative: criterion.narrative,
    })),
    // The overall narrative is always asked: a result is never applied without the verifier's words.
    narrative: { overall: { required: true } },
    categories: config.survey.categories.map((c) => ({ id: c.id, rank: c.rank, label: c.label })),
    override: { allowed: config.survey.override.allowed, minJustificationLength: config.survey.override.minJustificationLength },
  };
}

/**
 * The field survey form of a case, generated from the published criteria of the version in
 * force, with the household facts already known; 404 outside the caller's reach.
 */
export async function getSurveyForm({
  ctx,
  input,
}: {
  ctx: TenantServiceContext;
  input: { caseId: string; reach: readonly RecordReach[]; now: Date };
}) {
  const caseRow = await caseInReach(ctx, { caseId: input.caseId, reach: input.reach });
  const { config, version } = await configInForce(ctx, input.now);
  return {
    case: { id: caseRow.id, number: caseRow.number, state: caseRow.state, serviceId: caseRow.serviceId, villageCode: caseRow.villageCode },
    configVersion: version,
    ...surveyFormOf(config),
    facts: caseFacts(caseRow),
  };
}
