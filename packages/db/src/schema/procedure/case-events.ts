import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { cases } from "./cases.ts";

/**
 * The append-only history of a case: one row per transition (who, when, from, to, note),
 * written in the same transaction as the change. The application role may only SELECT and
 * INSERT here (migration 0007), so history cannot be rewritten.
 */
export const caseEvents = pgTable(
  "case_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: uuid("tenant_id").notNull(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    /** The action taken, e.g. `register`, `match`, `submit-survey`, `decide`, `approve-proposal`. */
    action: text("action").notNull(),
    /** `null` for the first event (registration). */
    fromState: text("from_state"),
    toState: text("to_state").notNull(),
    actorUserId: uuid("actor_user_id"),
    actorLabel: text("actor_label").notNull(),
    note: text("note"),
    /** What the step produced that the history should show (match result, decision id, …). No NIK. */
    data: jsonb("data").$type<Record<string, unknown>>(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("case_events_case_idx").on(t.tenantId, t.caseId, t.id)],
);

export type CaseEvent = typeof caseEvents.$inferSelect;
