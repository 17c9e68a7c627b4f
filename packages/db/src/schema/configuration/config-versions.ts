import { sql } from "drizzle-orm";
import { check, date, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { id } from "../columns.ts";
import { tenants } from "../tenancy/tenants.ts";

/**
 * A published, immutable configuration version. Numbered 1, 2, 3… per tenant.
 * `contentHash` is the SHA-256 of the canonical JSON of `content`, so a decision
 * that records (version, hash) can be reproduced years later. A database trigger
 * (see the migration) refuses UPDATE and DELETE: history is append-only.
 */
export const configVersions = pgTable(
  "config_versions",
  {
    id: id(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "restrict" }),
    version: integer("version").notNull(),
    content: jsonb("content").$type<unknown>().notNull(),
    contentHash: text("content_hash").notNull(),
    effectiveFrom: date("effective_from", { mode: "string" }).notNull(),
    publishedBy: text("published_by").notNull(),
    note: text("note").notNull(),
    // Named for what it is: the shared `createdAt()` helper would call the column "created_at".
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    // Also serves lookups by tenant (leading column), so no separate tenant index.
    unique("config_versions_tenant_version").on(t.tenantId, t.version),
    check("config_versions_version_positive", sql`${t.version} >= 1`),
  ],
);

export type ConfigVersion = typeof configVersions.$inferSelect;
export type NewConfigVersion = typeof configVersions.$inferInsert;
