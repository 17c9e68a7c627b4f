import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { bytea, createdAt, id } from "../columns.ts";
import { tenants } from "../tenancy/tenants.ts";

/**
 * Where a case stands. The transitions between them, and who may make each, are in the
 * API's procedure state machine (`apps/api/src/procedure/`) and `docs/procedure.md`.
 * - `registered`: just lodged; the list match runs in the same request and moves it on.
 * - `surveying`: not on the fast path: a verification task waits for a field verifier.
 * - `deciding`: ready for a decision (after the survey, or at once on the fast path).
 * - `proposed`: decided at a level that may not issue; waits for the issuing level.
 * - `approved`, `refused`, `withdrawn`: final.
 */
export const caseStates = ["registered", "surveying", "deciding", "proposed", "approved", "refused", "withdrawn"] as const;
export type CaseState = (typeof caseStates)[number];

/** How the application reached the unit. */
export const caseChannels = ["regency-desk", "subdistrict", "village-point", "agency", "school"] as const;
export type CaseChannel = (typeof caseChannels)[number];

/** Administrative levels, as in the configuration (`regency`, `subdistrict`, `village`). */
export const caseLevels = ["regency", "subdistrict", "village"] as const;
export type CaseLevel = (typeof caseLevels)[number];

/** One required document of the service and whether the applicant brought it. */
export interface CaseDocument {
  id: string;
  present: boolean;
}

/** The reference-list match, taken once at registration and kept with the case. */
export interface CaseListMatch {
  found: boolean;
  /** `reference_persons.id` when found. */
  personId: number | null;
  /** Every list the person appeared in, newest first: source, year, category. */
  appearances: { source: string; year: number; category: string | null; villageCode: string }[];
}

/**
 * An application for one service by one applicant: the unit of work of the procedure.
 * The applicant's NIK is stored like the reference lists' (keyed HMAC to find it, AES-GCM to
 * reveal it, masked for everyone else); the KK number likewise as an HMAC.
 * `revision` grows with every change and is the case's ETag, so two officers acting on the
 * same case at once cannot both win.
 */
export const cases = pgTable(
  "cases",
  {
    id: id(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    /** Human case number, unique within the regency (e.g. `2026-000042`). */
    number: text("number").notNull(),
    serviceId: text("service_id").notNull(),
    deskId: text("desk_id").notNull(),
    channel: text("channel", { enum: caseChannels }).notNull(),
    /** Level where the application was lodged. */
    receivedAt: text("received_at", { enum: caseLevels }).notNull(),
    /** Level that decides next: the receiving level, or higher once referred up. */
    decisionLevel: text("decision_level", { enum: caseLevels }).notNull(),
    subdistrictCode: text("subdistrict_code").notNull(),
    villageCode: text("village_code").notNull(),
    applicantNikHmac: bytea("applicant_nik_hmac").notNull(),
    applicantNikCiphertext: bytea("applicant_nik_ciphertext").notNull(),
    applicantNikKeyId: text("applicant_nik_key_id").notNull(),
    applicantNikMasked: text("applicant_nik_masked").notNull(),
    applicantName: text("applicant_name").notNull(),
    kkHmac: bytea("kk_hmac"),
    kkMasked: text("kk_masked"),
    contact: text("contact"),
    /** Household facts given at registration (rules' `household.*`, `applicant.*`). */
    facts: jsonb("facts").$type<Record<string, unknown>>().notNull().default({}),
    documents: jsonb("documents").$type<CaseDocument[]>().notNull(),
    listMatch: jsonb("list_match").$type<CaseListMatch>().notNull(),
    fastPath: boolean("fast_path").notNull(),
    state: text("state", { enum: caseStates }).notNull(),
    revision: integer("revision").notNull().default(1),
    /** Configuration version in force at registration (the survey and decision record their own). */
    configVersion: integer("config_version").notNull(),
    registeredBy: uuid("registered_by"),
    createdAt: createdAt(),
    /** When the case entered its current state: the clock of the step's service time. */
    stateEnteredAt: timestamp("state_entered_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    /** Service-time deadline (registration + the service's `maxDays`). */
    dueAt: timestamp("due_at", { withTimezone: true, mode: "date" }).notNull(),
    closedAt: timestamp("closed_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    unique("cases_tenant_number").on(t.tenantId, t.number),
    index("cases_tenant_state_idx").on(t.tenantId, t.state),
    index("cases_tenant_applicant_idx").on(t.tenantId, t.applicantNikHmac),
    index("cases_tenant_subdistrict_idx").on(t.tenantId, t.subdistrictCode),
    check("cases_nik_masked_shape", sql`${t.applicantNikMasked} ~ '^[0-9]{4}x{12}$'`),
    check("cases_revision_positive", sql`${t.revision} >= 1`),
  ],
);

export type Case = typeof cases.$inferSelect;
export type NewCase = typeof cases.$inferInsert;
