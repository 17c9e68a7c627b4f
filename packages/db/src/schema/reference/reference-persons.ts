import { sql } from "drizzle-orm";
import { bigint, check, integer, pgTable, smallint, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { bytea } from "../columns.ts";
import { tenants } from "../tenancy/tenants.ts";
import { referenceImports } from "./reference-imports.ts";

/**
 * A person of a regency's reference lists, one row per NIK, whatever the source:
 * the match history is its appearances. The NIK itself is never stored in clear:
 * - `nik_hmac`: HMAC-SHA-256 under a key outside the database, for lookup and matching;
 * - `nik_ciphertext`: AES-256-GCM under another such key (`nik_key_id` names it), for
 *   the users allowed to reveal it;
 * - `nik_masked`: what everybody else sees (`3314xxxxxxxxxxxx`).
 */
export const referencePersons = pgTable(
  "reference_persons",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    nikHmac: bytea("nik_hmac").notNull(),
    nikCiphertext: bytea("nik_ciphertext").notNull(),
    nikKeyId: text("nik_key_id").notNull(),
    nikMasked: text("nik_masked").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    unique("reference_persons_tenant_nik").on(t.tenantId, t.nikHmac),
    check("reference_persons_nik_masked_shape", sql`${t.nikMasked} ~ '^[0-9]{4}x{12}$'`),
  ],
);

export type ReferencePerson = typeof referencePersons.$inferSelect;

/**
 * A person's appearance in one list (source and year), as that list described them:
 * household (KK, as an HMAC like the NIK), name, address, village, category or decile,
 * household size. One per person, source and year: importing the same list again adds none.
 */
export const referenceAppearances = pgTable(
  "reference_appearances",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    // No foreign key to tenants: the person's own key already ties the row to its regency
    // (and row-level security checks tenant_id), and an import of a million rows would
    // otherwise run a million more key checks.
    tenantId: uuid("tenant_id").notNull(),
    personId: bigint("person_id", { mode: "number" })
      .notNull()
      .references(() => referencePersons.id, { onDelete: "cascade" }),
    importId: uuid("import_id")
      .notNull()
      .references(() => referenceImports.id, { onDelete: "cascade" }),
    source: text("source").notNull(),
    year: integer("year").notNull(),
    kkHmac: bytea("kk_hmac"),
    name: text("name").notNull(),
    address: text("address").notNull(),
    villageCode: text("village_code").notNull(),
    category: text("category"),
    householdSize: smallint("household_size").notNull(),
    /** Line of the file it came from (line 1 is the header). */
    line: integer("line").notNull(),
  },
  (t) => [unique("reference_appearances_person_source_year").on(t.tenantId, t.personId, t.source, t.year)],
);

export type ReferenceAppearance = typeof referenceAppearances.$inferSelect;
