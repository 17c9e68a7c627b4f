import { listDecisionsOfCase, listSurveysOfCase } from "@satu-atap/db";
import type { RecordReach } from "../../procedure/record-scope.ts";
import type { TenantServiceContext } from "../context.ts";
import { caseInReach } from "./case-in-reach.ts";
import { presentDecision } from "./decide-case.ts";
import { presentSurvey } from "./submit-survey.ts";

/**
 * A case's surveys and decisions (with their reasons), oldest first: what the case read model
 * includes, and what `GET …/cases/{id}/decisions` answers.
 */
export async function surveysAndDecisionsOf(ctx: TenantServiceContext, caseId: string) {
  // One after the other: both run on the request's single transaction connection.
  const surveys = await listSurveysOfCase(ctx.db, ctx.tenant.id, caseId);
  const decisions = await listDecisionsOfCase(ctx.db, ctx.tenant.id, caseId);
  return { surveys: surveys.map(presentSurvey), decisions: decisions.map(presentDecision) };
}

/** The same for one case the caller reaches (404 otherwise). */
export async function getCaseDecisions({ ctx, input }: { ctx: TenantServiceContext; input: { caseId: string; reach: readonly RecordReach[] } }) {
  const caseRow = await caseInReach(ctx, { caseId: input.caseId, reach: input.reach });
  return { case: { id: caseRow.id, number: caseRow.number, state: caseRow.state, decisionLevel: caseRow.decisionLevel }, ...(await surveysAndDecisionsOf(ctx, caseRow.id)) };
}
