import { timestamp, uuid } from "drizzle-orm/pg-core";

/** Primary key column shared by every table: a random UUID made by the database. */
export const id = () => uuid("id").primaryKey().defaultRandom();

/** Creation time, set by the database. */
export const createdAt = () =>
  timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();
