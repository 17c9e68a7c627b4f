import { sql } from "drizzle-orm";
import { bigint, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { id } from "../columns.ts";
import { tenants } from "../tenancy/tenants.ts";
import { cases } from "./cases.ts";
import { verificationTasks } from "./verification-tasks.ts";

/** The verifier's narratives: one per criterion (by criterion id) and one about the household overall. */
export interface SurveyNarratives {
  criteria: Record<string, string>;
  overall: string;
}

/**
 * What the rules made of the answers, kept as computed (score, category, each criterion's
 * result with its trace), so the survey can be explained later even after the criteria change.
 */
export interface SurveyEvaluation {
  score: number;
  signCount: number;
  category: string;
  criteria: unknown[];
  scoring: unknown;
  classificationTrace: unknown;
  decisionDate: string;
}

/**
 * A field survey of a case's household (append-only: a re-verification adds a new one). The
 * survey keeps the configuration version it was scored with, the rules' category and the
 * verifier's override with its written justification (both or neither), and the final
 * category the decision reads.
 */
export const surveys = pgTable(
  "surveys",
  {
    id: id(),
    /** Insertion order: a stopped clock may give two surveys the same `submittedAt`. */
    sequence: bigint("sequence", { mode: "number" }).notNull().generatedAlwaysAsIdentity(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    taskId: uuid("task_id").references(() => verificationTasks.id, { onDelete: "set null" }),
    configVersion: integer("config_version").notNull(),
    answers: jsonb("answers").$type<Record<string, unknown>>().notNull(),
    narratives: jsonb("narratives").$type<SurveyNarratives>().notNull(),
    /** Household and applicant facts as known after the visit (the rules' `household.*`, `applicant.*`). */
    facts: jsonb("facts").$type<Record<string, unknown>>().notNull(),
    evaluation: jsonb("evaluation").$type<SurveyEvaluation>().notNull(),
    computedCategory: text("computed_category").notNull(),
    overrideCategory: text("override_category"),
    overrideJustification: text("override_justification"),
    /** The override when there is one, else the computed category. */
    finalCategory: text("final_category").notNull(),
    submittedBy: uuid("submitted_by"),
    submittedByLabel: text("submitted_by_label").notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    index("surveys_case_idx").on(t.tenantId, t.caseId, t.sequence),
    // An override without its justification (or the reverse) is never stored.
    check(
      "surveys_override_justified",
      sql`(${t.overrideCategory} IS NULL) = (${t.overrideJustification} IS NULL)`,
    ),
    check(
      "surveys_final_category",
      sql`${t.finalCategory} = coalesce(${t.overrideCategory}, ${t.computedCategory})`,
    ),
  ],
);

export type Survey = typeof surveys.$inferSelect;
export type NewSurvey = typeof surveys.$inferInsert;
