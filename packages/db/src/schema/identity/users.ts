import { sql } from "drizzle-orm";
import { check, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id } from "../columns.ts";

/** Whether a user may sign in. Users are disabled, never deleted: audit rows name them. */
export const userStatuses = ["active", "disabled"] as const;
export type UserStatus = (typeof userStatuses)[number];

/**
 * A person who signs in. Platform-level (no tenant): one account may hold
 * memberships in several regencies. `email` is kept lower-cased by the query
 * functions, and the unique index is on `lower(email)`, so the database itself
 * refuses `Ana@x.id` next to `ana@x.id` whatever the caller sends.
 * `passwordHash` is a PHC string (`$argon2id$…`, see @satu-atap/auth).
 */
export const users = pgTable(
  "users",
  {
    id: id(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    status: text("status", { enum: userStatuses }).notNull().default("active"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("users_email_lower_unique").on(sql`lower(${t.email})`),
    check("users_status_valid", sql`${t.status} in ('active', 'disabled')`),
    check("users_password_hash_phc", sql`${t.passwordHash} like '$%'`),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
