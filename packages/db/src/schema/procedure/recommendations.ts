import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { bytea, id } from "../columns.ts";
import { tenants } from "../tenancy/tenants.ts";
import { cases } from "./cases.ts";

/** `pending` until the agency marks it `delivered` or `declined` (with a reason). */
export const recommendationStatuses = ["pending", "delivered", "declined"] as const;
export type RecommendationStatus = (typeof recommendationStatuses)[number];

/**
 * A recommendation from the unit to the agency that delivers the service (the service's lead
 * agency), made when a case is approved. When the service draws on a counted quota it records
 * which quota and period it consumed, and whether that quota was already used up (a `warn`
 * policy lets it through, flagged).
 */
export const recommendations = pgTable(
  "recommendations",
  {
    id: id(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    number: text("number").notNull(),
    serviceId: text("service_id").notNull(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    /** The agency it is addressed to: agency officers reach only their own agency's. */
    agencyId: text("agency_id").notNull(),
    subdistrictCode: text("subdistrict_code").notNull(),
    villageCode: text("village_code").notNull(),
    holderNikHmac: bytea("holder_nik_hmac").notNull(),
    holderNikMasked: text("holder_nik_masked").notNull(),
    holderName: text("holder_name").notNull(),
    quotaId: text("quota_id"),
    /** `2026`, `2026-Q4` or `2026-11`, by the quota's period; null when no quota was consumed. */
    periodKey: text("period_key"),
    quotaWarning: boolean("quota_warning").notNull().default(false),
    status: text("status", { enum: recommendationStatuses }).notNull(),
    /** Why the agency declined it (required then). */
    reason: text("reason"),
    handledBy: uuid("handled_by"),
    handledAt: timestamp("handled_at", { withTimezone: true, mode: "date" }),
    issuedBy: uuid("issued_by"),
    issuedAt: timestamp("issued_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    unique("recommendations_tenant_number").on(t.tenantId, t.number),
    index("recommendations_tenant_agency_idx").on(t.tenantId, t.agencyId, t.status),
    index("recommendations_tenant_case_idx").on(t.tenantId, t.caseId),
    check("recommendations_nik_masked_shape", sql`${t.holderNikMasked} ~ '^[0-9]{4}x{12}$'`),
    check("recommendations_decline_reason", sql`${t.status} <> 'declined' or ${t.reason} is not null`),
  ],
);

export type Recommendation = typeof recommendations.$inferSelect;
export type NewRecommendation = typeof recommendations.$inferInsert;
