import { bigint, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { tenants } from "../tenancy/tenants.ts";

/**
 * Per-regency running numbers (case numbers, card numbers, letter numbers, …), one row a
 * name. `nextCounterValue` bumps a row with one `INSERT … ON CONFLICT DO UPDATE`, so two
 * officers registering at once get consecutive numbers, never the same one, and a rolled-back
 * registration leaves at most a gap.
 */
export const counters = pgTable(
  "counters",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    /** What is counted, e.g. `case/2026`, `card/saraswati/2026`. */
    name: text("name").notNull(),
    value: bigint("value", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ name: "counters_pk", columns: [t.tenantId, t.name] })],
);

export type Counter = typeof counters.$inferSelect;
