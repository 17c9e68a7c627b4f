import { type AnyPgColumn, bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { id } from "../columns.ts";
import { tenants } from "../tenancy/tenants.ts";
import { caseLevels, cases } from "./cases.ts";

/**
 * What a decision row records:
 * - `decision`: an officer decided at a level that issues (approved or refused);
 * - `proposal`: an approval at a level that may only propose (the case waits in `proposed`);
 * - `proposal-approved` / `proposal-returned`: the issuing level's review of a proposal;
 * - `referral`: the case was sent up to the next level.
 */
export const decisionKinds = ["decision", "proposal", "proposal-approved", "proposal-returned", "referral"] as const;
export type DecisionKind = (typeof decisionKinds)[number];

export const decisionOutcomes = ["approved", "refused", "proposed", "referred", "returned"] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

/**
 * Why the decision came out as it did: the household context it used, the tier per
 * programme and the service's eligibility, each with the rules' explanation; for a refusal
 * the criterion-by-criterion trace is the reason given to the citizen.
 */
export type DecisionReason = Record<string, unknown>;

/**
 * The append-only record of decisions on a case. A review (`proposal-approved`,
 * `proposal-returned`) points at the proposal it reviews.
 */
export const decisions = pgTable(
  "decisions",
  {
    id: id(),
    /** Insertion order: a stopped clock may give two decisions the same `decidedAt`. */
    sequence: bigint("sequence", { mode: "number" }).notNull().generatedAlwaysAsIdentity(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: decisionKinds }).notNull(),
    /** The level the decision was taken at. */
    level: text("level", { enum: caseLevels }).notNull(),
    outcome: text("outcome", { enum: decisionOutcomes }).notNull(),
    /** Tier given per card programme (`null`: none). */
    tiers: jsonb("tiers").$type<Record<string, string | null>>().notNull().default({}),
    reason: jsonb("reason").$type<DecisionReason>(),
    note: text("note"),
    /** The proposal a review answers. */
    reviewsDecisionId: uuid("reviews_decision_id").references((): AnyPgColumn => decisions.id),
    configVersion: integer("config_version").notNull(),
    decidedBy: uuid("decided_by"),
    decidedByLabel: text("decided_by_label").notNull(),
    decidedAt: timestamp("decided_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    index("decisions_case_idx").on(t.tenantId, t.caseId, t.sequence),
    index("decisions_kind_idx").on(t.tenantId, t.kind),
  ],
);

export type Decision = typeof decisions.$inferSelect;
export type NewDecision = typeof decisions.$inferInsert;
