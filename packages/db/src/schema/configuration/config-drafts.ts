import { sql } from "drizzle-orm";
import { check, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenants } from "../tenancy/tenants.ts";

/**
 * The one editable draft of a tenant's configuration. `revision` grows on every
 * save and backs the ETag, so two admins never silently overwrite each other.
 * The draft may be invalid (work in progress); only publishing requires validity.
 */
export const configDrafts = pgTable(
  "config_drafts",
  {
    tenantId: uuid("tenant_id")
      .primaryKey()
      .references(() => tenants.id, { onDelete: "cascade" }),
    content: jsonb("content").$type<unknown>().notNull(),
    revision: integer("revision").notNull().default(1),
    updatedBy: text("updated_by").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [check("config_drafts_revision_positive", sql`${t.revision} >= 1`)],
);

export type ConfigDraft = typeof configDrafts.$inferSelect;
