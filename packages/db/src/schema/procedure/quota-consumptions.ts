import { bigint, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenants } from "../tenancy/tenants.ts";
import { recommendations } from "./recommendations.ts";

/**
 * One unit of a counted quota used by one recommendation, in one period. Append-only (the
 * application role may only SELECT and INSERT): what a period used is the count of its rows.
 */
export const quotaConsumptions = pgTable(
  "quota_consumptions",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    quotaId: text("quota_id").notNull(),
    /** `2026`, `2026-Q4` or `2026-11`: the quota's period containing `at`, in the regency's time zone. */
    periodKey: text("period_key").notNull(),
    recommendationId: uuid("recommendation_id")
      .notNull()
      .references(() => recommendations.id, { onDelete: "cascade" }),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("quota_consumptions_period_idx").on(t.tenantId, t.quotaId, t.periodKey)],
);

export type QuotaConsumption = typeof quotaConsumptions.$inferSelect;
