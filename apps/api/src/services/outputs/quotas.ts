import type { Quota, RegencyConfig } from "@satu-atap/config";
import { insertQuotaConsumption, lockQuotaPeriod, quotaUsed, type Db } from "@satu-atap/db";
import { ApiError } from "../../http/errors.ts";
import type { TenantServiceContext } from "../context.ts";
import { regencyToday } from "./output-dates.ts";

// Counted quotas (`count-per-period`): each recommendation of a service drawing on one uses a
// unit of the current period; what a period used is the count of its consumptions. Other
// kinds (a share of school seats, an amount per household) are limits the delivering agency
// applies itself: the unit records which quota a recommendation drew on, and counts nothing.

/** What happens when a counted quota is used up: issue with a warning, or refuse (409). */
export type ExhaustedPolicy = "warn" | "block";

/** The quota's policy when used up (configuration: `whenExhausted`). */
export function exhaustedPolicyOf(quota: Quota): ExhaustedPolicy {
  return quota.whenExhausted;
}

/** The key of the period containing `today`: `2026`, `2026-Q4` or `2026-11`. */
export function periodKeyOf(period: "month" | "quarter" | "year", today: string): string {
  const year = today.slice(0, 4);
  const month = Number(today.slice(5, 7));
  if (period === "year") return year;
  if (period === "quarter") return `${year}-Q${Math.ceil(month / 3)}`;
  return `${year}-${today.slice(5, 7)}`;
}

/** A counted quota as it stands in the current period. */
export interface QuotaStanding {
  quotaId: string;
  label: { id: string; en: string };
  agencyId: string;
  kind: Quota["limit"]["kind"];
  /** Null for quotas the unit does not count. */
  period: "month" | "quarter" | "year" | null;
  periodKey: string | null;
  limit: number | null;
  used: number | null;
  remaining: number | null;
  whenExhausted: ExhaustedPolicy;
}

async function standingOf(db: Db, tenantId: string, quota: Quota, today: string): Promise<QuotaStanding> {
  const base = { quotaId: quota.id, label: quota.label, agencyId: quota.agency, kind: quota.limit.kind, whenExhausted: exhaustedPolicyOf(quota) };
  if (quota.limit.kind !== "count-per-period") return { ...base, period: null, periodKey: null, limit: null, used: null, remaining: null };
  const periodKey = periodKeyOf(quota.limit.period, today);
  const used = await quotaUsed(db, tenantId, quota.id, periodKey);
  return { ...base, period: quota.limit.period, periodKey, limit: quota.limit.count, used, remaining: Math.max(0, quota.limit.count - used) };
}

/** Every quota of the configuration with its current period's use. */
export async function listQuotaStandings({ ctx, input }: { ctx: TenantServiceContext; input: { config: RegencyConfig; now: Date } }): Promise<QuotaStanding[]> {
  const today = regencyToday(input.config, input.now);
  const standings: QuotaStanding[] = [];
  for (const quota of input.config.quotas ?? []) standings.push(await standingOf(ctx.db, ctx.tenant.id, quota, today));
  return standings;
}

/** The quota a recommendation drew on, the period it used, and a warning when it went over a `warn` quota. */
export interface QuotaDraw {
  quotaId: string;
  periodKey: string | null;
  exhausted: boolean;
}

/**
 * Checks a quota before a recommendation is made: locks the current period (concurrent
 * approvals queue here) and refuses with 409 `QUOTA_EXHAUSTED` when a `block` quota is used
 * up. Call {@link recordQuotaDraw} once the recommendation exists.
 */
export async function drawQuota({ ctx, input }: { ctx: TenantServiceContext; input: { quota: Quota; today: string } }): Promise<QuotaDraw> {
  const { quota } = input;
  if (quota.limit.kind !== "count-per-period") return { quotaId: quota.id, periodKey: null, exhausted: false };
  const periodKey = periodKeyOf(quota.limit.period, input.today);
  await lockQuotaPeriod(ctx.db, ctx.tenant.id, quota.id, periodKey);
  const used = await quotaUsed(ctx.db, ctx.tenant.id, quota.id, periodKey);
  const exhausted = used >= quota.limit.count;
  if (exhausted && exhaustedPolicyOf(quota) === "block") {
    throw new ApiError(
      "QUOTA_EXHAUSTED",
      {
        id: `Kuota ${quota.label.id} untuk periode ${periodKey} sudah habis (${used} dari ${quota.limit.count}).`,
        en: `Quota ${quota.label.en} for period ${periodKey} is used up (${used} of ${quota.limit.count}).`,
      },
      [{ path: "quota", message: `${quota.id} ${periodKey}: ${used}/${quota.limit.count} used` }],
    );
  }
  return { quotaId: quota.id, periodKey, exhausted };
}

/** Records the unit a recommendation used (counted quotas only). */
export async function recordQuotaDraw(ctx: TenantServiceContext, draw: QuotaDraw, recommendationId: string, now: Date): Promise<void> {
  if (draw.periodKey === null) return;
  await insertQuotaConsumption(ctx.db, { tenantId: ctx.tenant.id, quotaId: draw.quotaId, periodKey: draw.periodKey, recommendationId, at: now });
}

/** The warning shown to the officer when a `warn` quota was already used up. */
export function quotaWarning(quota: Quota, periodKey: string) {
  return {
    code: "QUOTA_EXHAUSTED",
    messages: {
      id: `Kuota ${quota.label.id} untuk periode ${periodKey} sudah habis; rekomendasi tetap diterbitkan.`,
      en: `Quota ${quota.label.en} for period ${periodKey} is used up; the recommendation was issued anyway.`,
    },
  };
}
