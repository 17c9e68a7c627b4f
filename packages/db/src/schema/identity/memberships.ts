import { sql } from "drizzle-orm";
import { check, index, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "../columns.ts";
import { tenants } from "../tenancy/tenants.ts";
import { users } from "./users.ts";

/**
 * Role ids, as stored in memberships. The same list as `ROLE_IDS` in
 * @satu-atap/auth (this package does not depend on it); the check constraint
 * below keeps the database to exactly these.
 */
export const membershipRoles = [
  "province-admin",
  "district-admin",
  "desk-officer",
  "subdistrict-officer",
  "field-verifier",
  "agency-officer",
] as const;
export type MembershipRole = (typeof membershipRoles)[number];

/**
 * A user's role in one regency (or, for `province-admin`, in all of them:
 * `tenant_id` is NULL). The scope columns a role needs are required by check
 * constraints, and the others must be empty, so a field verifier can never be
 * stored with a whole-regency scope:
 * - `subdistrict-officer`: `subdistrict_code`;
 * - `field-verifier`: a non-empty `area_codes`;
 * - `agency-officer`: `agency_id`.
 *
 * Not under row-level security: sign-in and session checks read a user's
 * memberships before any tenant is known (ADR 0005).
 */
export const memberships = pgTable(
  "memberships",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tenantId: uuid("tenant_id").references(() => tenants.id, { onDelete: "cascade" }),
    role: text("role", { enum: membershipRoles }).notNull(),
    subdistrictCode: text("subdistrict_code"),
    areaCodes: text("area_codes").array(),
    agencyId: text("agency_id"),
    createdAt: createdAt(),
  },
  (t) => [
    // NULLS NOT DISTINCT: one province-admin membership per user, too.
    unique("memberships_user_tenant_role").on(t.userId, t.tenantId, t.role).nullsNotDistinct(),
    index("memberships_tenant_idx").on(t.tenantId),
    check(
      "memberships_role_valid",
      sql`${t.role} in ('province-admin', 'district-admin', 'desk-officer', 'subdistrict-officer', 'field-verifier', 'agency-officer')`,
    ),
    check("memberships_tenant_scope", sql`(${t.role} = 'province-admin') = (${t.tenantId} is null)`),
    check("memberships_subdistrict_scope", sql`(${t.role} = 'subdistrict-officer') = (${t.subdistrictCode} is not null)`),
    check(
      "memberships_areas_scope",
      sql`(${t.role} = 'field-verifier') = (${t.areaCodes} is not null) and coalesce(cardinality(${t.areaCodes}) > 0, true)`,
    ),
    check("memberships_agency_scope", sql`(${t.role} = 'agency-officer') = (${t.agencyId} is not null)`),
  ],
);

export type Membership = typeof memberships.$inferSelect;
export type NewMembership = typeof memberships.$inferInsert;
