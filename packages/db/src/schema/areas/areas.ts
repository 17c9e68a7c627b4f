import { check, index, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { id } from "../columns.ts";
import { tenants } from "../tenancy/tenants.ts";

/** Administrative levels, top-down. */
export const areaLevels = ["regency", "subdistrict", "village"] as const;
export type AreaLevel = (typeof areaLevels)[number];

/**
 * A regency's administrative areas (regency → sub-districts → villages) with
 * their official codes. Materialised from the tenant's configuration so cases
 * and queues can join on village codes.
 */
export const areas = pgTable(
  "areas",
  {
    id: id(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    name: text("name").notNull(),
    level: text("level", { enum: areaLevels }).notNull(),
    parentCode: text("parent_code"),
  },
  (t) => [
    unique("areas_tenant_code").on(t.tenantId, t.code),
    index("areas_tenant_parent_idx").on(t.tenantId, t.parentCode),
    // `text({ enum })` only narrows the TypeScript type; the database needs its own check.
    check("areas_level_valid", sql`${t.level} in ('regency', 'subdistrict', 'village')`),
    check("areas_parent_rule", sql`(${t.level} = 'regency') = (${t.parentCode} is null)`),
  ],
);

export type Area = typeof areas.$inferSelect;
export type NewArea = typeof areas.$inferInsert;
