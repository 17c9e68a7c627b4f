import { date, index, integer, jsonb, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "../columns.ts";
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
    publishedAt: createdAt(),
  },
  (t) => [
    unique("config_versions_tenant_version").on(t.tenantId, t.version),
    index("config_versions_tenant_idx").on(t.tenantId),
  ],
);

export type ConfigVersion = typeof configVersions.$inferSelect;
export type NewConfigVersion = typeof configVersions.$inferInsert;
