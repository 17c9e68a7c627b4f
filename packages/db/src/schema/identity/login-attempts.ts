import { bigint, boolean, index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * One sign-in attempt, for throttling (10 failures per account + IP in 10
 * minutes → 429). `email` is lower-cased and need not belong to a user (an
 * attacker guessing accounts is throttled too). Never holds the password.
 * Old rows are pruned; the audit log keeps the lasting record.
 */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    success: boolean("success").notNull(),
  },
  (t) => [index("login_attempts_email_ip_at_idx").on(t.email, t.ip, t.at)],
);

export type LoginAttempt = typeof loginAttempts.$inferSelect;
