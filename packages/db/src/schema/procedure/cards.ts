import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { bytea, id } from "../columns.ts";
import { tenants } from "../tenancy/tenants.ts";
import { cases } from "./cases.ts";

/**
 * A card's stored status. `expired` is written when a newer card replaces an expired one; a
 * card past its `valid_until` reads as expired even while the row still says `active`
 * (the API computes it from its clock), so nothing has to sweep the table at midnight.
 */
export const cardStatuses = ["active", "revoked", "expired", "replaced"] as const;
export type CardStatus = (typeof cardStatuses)[number];

/**
 * A programme card (e.g. a health card at one tier) issued when a case is approved. The holder
 * is the case's applicant: NIK as a keyed HMAC (to find the person's cards) and masked (what is
 * printed and shown); the household by its KK HMAC (to find the tiers a household holds).
 * One active card per person and programme: the partial unique index below is the last wall,
 * behind the service's own check that answers 409 with the existing card's number.
 */
export const cards = pgTable(
  "cards",
  {
    id: id(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    /** Printed number, unique within the regency (e.g. `SARASWATI-2026-000123`). */
    number: text("number").notNull(),
    programmeId: text("programme_id").notNull(),
    tierId: text("tier_id").notNull(),
    serviceId: text("service_id").notNull(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    /** Copied from the case: who reaches the card (a sub-district officer, a field verifier). */
    subdistrictCode: text("subdistrict_code").notNull(),
    villageCode: text("village_code").notNull(),
    holderNikHmac: bytea("holder_nik_hmac").notNull(),
    holderNikMasked: text("holder_nik_masked").notNull(),
    holderName: text("holder_name").notNull(),
    householdKkHmac: bytea("household_kk_hmac"),
    householdKkMasked: text("household_kk_masked"),
    /** Calendar dates in the regency's time zone (`YYYY-MM-DD`), as printed. */
    validFrom: text("valid_from").notNull(),
    /** Null: valid until revoked (the service configures no validity). */
    validUntil: text("valid_until"),
    status: text("status", { enum: cardStatuses }).notNull(),
    issuedBy: uuid("issued_by"),
    issuedAt: timestamp("issued_at", { withTimezone: true, mode: "date" }).notNull(),
    revokedBy: uuid("revoked_by"),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
    revokeReason: text("revoke_reason"),
  },
  (t) => [
    unique("cards_tenant_number").on(t.tenantId, t.number),
    uniqueIndex("cards_one_active_per_person").on(t.tenantId, t.programmeId, t.holderNikHmac).where(sql`${t.status} = 'active'`),
    index("cards_tenant_holder_idx").on(t.tenantId, t.holderNikHmac),
    index("cards_tenant_household_idx").on(t.tenantId, t.householdKkHmac),
    index("cards_tenant_case_idx").on(t.tenantId, t.caseId),
    check("cards_nik_masked_shape", sql`${t.holderNikMasked} ~ '^[0-9]{4}x{12}$'`),
  ],
);

export type Card = typeof cards.$inferSelect;
export type NewCard = typeof cards.$inferInsert;
