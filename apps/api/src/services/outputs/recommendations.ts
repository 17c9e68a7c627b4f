import type { RegencyConfig, Service } from "@satu-atap/config";
import {
  appendAuditEvent,
  findRecommendation,
  handleRecommendation,
  insertRecommendation,
  listRecommendations as queryRecommendations,
  type Case,
  type Recommendation,
  type RecommendationStatus,
} from "@satu-atap/db";
import type { Actor } from "../../http/actor.ts";
import { ApiError } from "../../http/errors.ts";
import type { RecordReach } from "../../procedure/record-scope.ts";
import { auditActorFields } from "../audit-actor.ts";
import type { TenantServiceContext } from "../context.ts";
import { notConfigured, reasonRequired, userIdOf } from "./cards.ts";
import { nextDocumentNumber } from "./document-numbers.ts";
import { holderOfCase } from "./output-holder.ts";
import { regencyToday } from "./output-dates.ts";
import { outputScopeOf, reachesRecommendation } from "./output-scope.ts";
import { drawQuota, quotaWarning, recordQuotaDraw } from "./quotas.ts";

/** A recommendation as every reader sees it (the NIK masked). */
export function presentRecommendation(r: Recommendation) {
  return {
    id: r.id,
    number: r.number,
    serviceId: r.serviceId,
    caseId: r.caseId,
    agencyId: r.agencyId,
    holder: { name: r.holderName, nikMasked: r.holderNikMasked },
    subdistrictCode: r.subdistrictCode,
    villageCode: r.villageCode,
    quotaId: r.quotaId,
    periodKey: r.periodKey,
    quotaWarning: r.quotaWarning,
    status: r.status,
    reason: r.reason,
    handledBy: r.handledBy,
    handledAt: r.handledAt?.toISOString() ?? null,
    issuedAt: r.issuedAt.toISOString(),
    issuedBy: r.issuedBy,
  };
}

export type RecommendationView = ReturnType<typeof presentRecommendation>;

/**
 * Makes the recommendation of an approved case to the service's lead agency (`deliveredBy[0]`).
 * A service drawing on a counted quota uses one unit of the current period: a used-up `block`
 * quota refuses with 409 `QUOTA_EXHAUSTED` (nothing is written; the approval rolls back); a
 * used-up `warn` quota lets it through, flagged, with a warning for the officer.
 */
export async function issueRecommendation({
  ctx,
  input,
}: {
  ctx: TenantServiceContext;
  input: { caseRow: Case; service: Service; config: RegencyConfig; actor: Actor; now: Date };
}): Promise<{ recommendation: Recommendation; warning?: ReturnType<typeof quotaWarning> }> {
  const { caseRow, service, config, now } = input;
  const agencyId = service.deliveredBy[0];
  if (agencyId === undefined) throw notConfigured(`service ${service.id} has no delivering agency`);
  const today = regencyToday(config, now);
  const quota = service.quota === undefined ? undefined : (config.quotas ?? []).find((q) => q.id === service.quota);
  if (service.quota !== undefined && quota === undefined) throw notConfigured(`quota ${service.quota} of service ${service.id} is not in the configuration`);
  const draw = quota === undefined ? undefined : await drawQuota({ ctx, input: { quota, today } });
  const number = await nextDocumentNumber(ctx.db, ctx.tenant.id, { kind: "recommendation", prefix: service.id, year: today.slice(0, 4) });
  const recommendation = await insertRecommendation(ctx.db, {
    tenantId: ctx.tenant.id,
    number,
    serviceId: service.id,
    ...holderOfCase(caseRow),
    agencyId,
    quotaId: draw?.quotaId ?? null,
    periodKey: draw?.periodKey ?? null,
    quotaWarning: draw?.exhausted ?? false,
    status: "pending",
    issuedBy: userIdOf(input.actor),
    issuedAt: now,
  });
  if (draw) await recordQuotaDraw(ctx, draw, recommendation.id, now);
  await appendAuditEvent(ctx.db, {
    tenantId: ctx.tenant.id,
    action: "recommendation.issue",
    target: `recommendation:${recommendation.id}`,
    after: { number, serviceId: service.id, caseId: caseRow.id, agencyId, quotaId: recommendation.quotaId, periodKey: recommendation.periodKey, quotaWarning: recommendation.quotaWarning },
    ...auditActorFields(input.actor),
  });
  const warning = quota && draw?.exhausted && draw.periodKey ? quotaWarning(quota, draw.periodKey) : undefined;
  return warning ? { recommendation, warning } : { recommendation };
}

/** 404 for a recommendation that does not exist, is another regency's, or is outside the caller's reach. */
function recommendationNotFound() {
  return new ApiError("NOT_FOUND", { id: "Rekomendasi tidak ditemukan.", en: "No such recommendation." });
}

/** Recommendations the caller reaches (an agency officer: its agency's), newest first. */
export async function listRecommendationsFor({
  ctx,
  input,
}: {
  ctx: TenantServiceContext;
  input: { reach: readonly RecordReach[]; agencyId?: string | undefined; status?: RecommendationStatus | undefined; limit: number };
}): Promise<RecommendationView[]> {
  const rows = await queryRecommendations(ctx.db, ctx.tenant.id, { agencyId: input.agencyId, status: input.status, scope: outputScopeOf(input.reach), limit: input.limit });
  return rows.map(presentRecommendation);
}

/** One recommendation the caller reaches, or 404. */
export async function getRecommendationFor({ ctx, input }: { ctx: TenantServiceContext; input: { id: string; reach: readonly RecordReach[]; lock?: boolean } }) {
  const row = await findRecommendation(ctx.db, ctx.tenant.id, input.id, { lock: input.lock ?? false });
  if (row === null || !reachesRecommendation(input.reach, row)) throw recommendationNotFound();
  return row;
}

/**
 * The agency's answer to a pending recommendation: `delivered`, or `declined` with a reason
 * (422 `REASON_REQUIRED` without one). Only a pending one: 409 `RECOMMENDATION_NOT_PENDING`
 * otherwise. Audited with before and after.
 */
export async function handleRecommendationFor({
  ctx,
  input,
}: {
  ctx: TenantServiceContext;
  input: { id: string; outcome: "delivered" | "declined"; reason?: string | undefined; reach: readonly RecordReach[]; actor: Actor; now: Date };
}): Promise<RecommendationView> {
  const reason = input.reason?.trim() || null;
  const current = await getRecommendationFor({ ctx, input: { id: input.id, reach: input.reach, lock: true } });
  if (input.outcome === "declined" && reason === null) throw reasonRequired("body/reason");
  if (current.status !== "pending") throw notPending(current);
  const updated = await handleRecommendation(ctx.db, { tenantId: ctx.tenant.id, id: current.id, status: input.outcome, reason, by: userIdOf(input.actor), at: input.now });
  if (updated === null) throw notPending(current);
  await appendAuditEvent(ctx.db, {
    tenantId: ctx.tenant.id,
    action: input.outcome === "delivered" ? "recommendation.deliver" : "recommendation.decline",
    target: `recommendation:${current.id}`,
    before: { status: current.status },
    after: { status: updated.status, reason },
    ...auditActorFields(input.actor),
  });
  return presentRecommendation(updated);
}

function notPending(r: Recommendation) {
  return new ApiError(
    "RECOMMENDATION_NOT_PENDING",
    { id: `Rekomendasi ${r.number} sudah ditangani (${r.status}).`, en: `Recommendation ${r.number} was already handled (${r.status}).` },
    [{ path: "status", message: r.status }],
  );
}
