import { sql } from "drizzle-orm";
import { type AnyPgColumn, boolean, check, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "../columns.ts";

/** Lifecycle of a regency on the platform. */
export const tenantStatuses = ["onboarding", "active", "archived"] as const;
export type TenantStatus = (typeof tenantStatuses)[number];

/** A tenant slug: lower-case letters, digits and dashes, starting with a letter. */
export const TENANT_SLUG_PATTERN = /^[a-z][a-z0-9-]{1,62}$/;

/**
 * A regency (kabupaten/kota) running its own unit. `slug` is its URL name
 * (`/api/t/{slug}/…`). Lineage says which template it was cloned from and at
 * which published version of that template.
 */
export const tenants = pgTable(
  "tenants",
  {
    id: id(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    regencyCode: text("regency_code").notNull(),
    status: text("status", { enum: tenantStatuses }).notNull().default("onboarding"),
    isTemplate: boolean("is_template").notNull().default(false),
    // Self-reference needs the lazy form so the table can name itself.
    clonedFromTenantId: uuid("cloned_from_tenant_id").references((): AnyPgColumn => tenants.id),
    clonedFromVersion: integer("cloned_from_version"),
    createdAt: createdAt(),
  },
  (t) => [
    check("tenants_slug_format", sql`${t.slug} ~ '^[a-z][a-z0-9-]{1,62}$'`),
    // `text({ enum })` only narrows the TypeScript type; the database needs its own check.
    check("tenants_status_valid", sql`${t.status} in ('onboarding', 'active', 'archived')`),
    check(
      "tenants_lineage_complete",
      sql`(${t.clonedFromTenantId} is null) = (${t.clonedFromVersion} is null)`,
    ),
  ],
);

export type Tenant = typeof tenants.$inferSelect;
export type NewTenant = typeof tenants.$inferInsert;
