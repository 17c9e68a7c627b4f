import { customType, timestamp, uuid } from "drizzle-orm/pg-core";

/** Primary key column shared by every table: a random UUID made by the database. */
export const id = () => uuid("id").primaryKey().defaultRandom();

/** Creation time, set by the database. */
export const createdAt = () =>
  timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();

/**
 * Raw bytes (`bytea`): keyed hashes and ciphertexts. node-postgres reads a Buffer,
 * PGlite a Uint8Array; both are Uint8Arrays.
 */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});
