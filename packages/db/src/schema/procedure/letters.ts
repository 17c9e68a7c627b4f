import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, unique, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { bytea, id } from "../columns.ts";
import { tenants } from "../tenancy/tenants.ts";
import { cases } from "./cases.ts";

/**
 * A letter's stored status: `replaced` once renewed (the renewal links back to it), `revoked`
 * when withdrawn. Past `valid_until` an active letter reads as expired (computed, like cards).
 */
export const letterStatuses = ["active", "replaced", "revoked"] as const;
export type LetterStatus = (typeof letterStatuses)[number];

/**
 * A letter issued when a case is approved (e.g. a care recommendation letter valid 30 days),
 * and each renewal of it: a new row whose `renews_letter_id` points at the letter it renews.
 * `renews_letter_id` is unique, so a letter is renewed at most once, whatever races.
 */
export const letters = pgTable(
  "letters",
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
    subdistrictCode: text("subdistrict_code").notNull(),
    villageCode: text("village_code").notNull(),
    holderNikHmac: bytea("holder_nik_hmac").notNull(),
    holderNikMasked: text("holder_nik_masked").notNull(),
    holderName: text("holder_name").notNull(),
    /** Calendar dates in the regency's time zone (`YYYY-MM-DD`). */
    validFrom: text("valid_from").notNull(),
    validUntil: text("valid_until"),
    renewsLetterId: uuid("renews_letter_id").references((): AnyPgColumn => letters.id),
    status: text("status", { enum: letterStatuses }).notNull(),
    issuedBy: uuid("issued_by"),
    issuedAt: timestamp("issued_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    unique("letters_tenant_number").on(t.tenantId, t.number),
    unique("letters_renewed_once").on(t.renewsLetterId),
    index("letters_tenant_case_idx").on(t.tenantId, t.caseId),
    check("letters_nik_masked_shape", sql`${t.holderNikMasked} ~ '^[0-9]{4}x{12}$'`),
  ],
);

export type Letter = typeof letters.$inferSelect;
export type NewLetter = typeof letters.$inferInsert;
