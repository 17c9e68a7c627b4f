import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "../columns.ts";
import { users } from "./users.ts";

/**
 * A signed-in session (ADR 0003, after Lucia's guide). `id` is the lower-case
 * hex SHA-256 of the token; the token itself is never stored. `expiresAt`
 * slides with use, `absoluteExpiresAt` never moves, and the database keeps the
 * first from passing the second. Sign-out deletes the row.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    absoluteExpiresAt: timestamp("absolute_expires_at", { withTimezone: true, mode: "date" }).notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true, mode: "date" }),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [
    index("sessions_user_idx").on(t.userId),
    // A token (rather than its hash) stored by mistake would fail this.
    check("sessions_id_sha256_hex", sql`${t.id} ~ '^[0-9a-f]{64}$'`),
    check("sessions_expiry_capped", sql`${t.expiresAt} <= ${t.absoluteExpiresAt}`),
  ],
);

export type Session = typeof sessions.$inferSelect;
export type NewSession = typeof sessions.$inferInsert;
