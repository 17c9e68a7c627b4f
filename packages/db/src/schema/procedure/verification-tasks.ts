import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "../columns.ts";
import { tenants } from "../tenancy/tenants.ts";
import { cases } from "./cases.ts";

/** `open` until the survey is submitted (`done`) or the case ends without one (`cancelled`). */
export const verificationTaskStatuses = ["open", "done", "cancelled"] as const;
export type VerificationTaskStatus = (typeof verificationTaskStatuses)[number];

/** Why the household is visited: a new application, or a complaint asking to check it again. */
export const verificationTaskReasons = ["application", "reverification"] as const;
export type VerificationTaskReason = (typeof verificationTaskReasons)[number];

/**
 * A field visit to a household in one village, for a field verifier (TKSK) whose assigned
 * areas cover that village. `assignee_user_id` is the verifier chosen when the task was made
 * (null when nobody covers the village yet: the task waits in the village's queue).
 */
export const verificationTasks = pgTable(
  "verification_tasks",
  {
    id: id(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    caseId: uuid("case_id").references(() => cases.id, { onDelete: "cascade" }),
    /** Set when a complaint asked for the visit (no foreign key: complaints live in their own module). */
    complaintId: uuid("complaint_id"),
    reason: text("reason", { enum: verificationTaskReasons }).notNull(),
    subdistrictCode: text("subdistrict_code").notNull(),
    villageCode: text("village_code").notNull(),
    assigneeUserId: uuid("assignee_user_id"),
    status: text("status", { enum: verificationTaskStatuses }).notNull().default("open"),
    createdAt: createdAt(),
    completedAt: timestamp("completed_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    index("verification_tasks_village_idx").on(t.tenantId, t.villageCode, t.status),
    index("verification_tasks_case_idx").on(t.tenantId, t.caseId),
  ],
);

export type VerificationTask = typeof verificationTasks.$inferSelect;
