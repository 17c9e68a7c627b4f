import { sql } from "drizzle-orm";
import { boolean, check, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { bytea, id } from "../columns.ts";
import { tenants } from "../tenancy/tenants.ts";
import { cases } from "./cases.ts";

/**
 * The regency's own records of households approved although they are not in the reference
 * list: the next list update reads the rows `flagged_for_list_update` and proposes them.
 * One row per household head and year, whatever number of outputs its cases produced.
 */
export const householdRecords = pgTable(
  "household_records",
  {
    id: id(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    subdistrictCode: text("subdistrict_code").notNull(),
    villageCode: text("village_code").notNull(),
    kkHmac: bytea("kk_hmac"),
    kkMasked: text("kk_masked"),
    headNikHmac: bytea("head_nik_hmac").notNull(),
    headNikMasked: text("head_nik_masked").notNull(),
    headName: text("head_name").notNull(),
    /** The category the survey or decision gave the household, when it gave one. */
    category: text("category"),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    flaggedForListUpdate: boolean("flagged_for_list_update").notNull().default(true),
    /** The year it was added (the regency's calendar). */
    year: integer("year").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    unique("household_records_head_year").on(t.tenantId, t.headNikHmac, t.year),
    check("household_records_nik_masked_shape", sql`${t.headNikMasked} ~ '^[0-9]{4}x{12}$'`),
  ],
);

export type HouseholdRecord = typeof householdRecords.$inferSelect;
