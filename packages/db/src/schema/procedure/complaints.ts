import { sql } from "drizzle-orm";
import { bigint, check, index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { bytea, id } from "../columns.ts";
import { tenants } from "../tenancy/tenants.ts";
import { cases } from "./cases.ts";

/**
 * The complaint categories every regency uses; each regency's configuration gives them labels,
 * a service time (`dueDays`), whether they send the household back to the field (`reverify`)
 * and the desk that receives them.
 */
export const complaintCategories = [
  "wrongly-excluded",
  "wrongly-included",
  "refused",
  "data-correction",
  "service-quality",
  "other",
] as const;
export type ComplaintCategory = (typeof complaintCategories)[number];

/** `open` when lodged, `in-progress` once somebody is assigned or adds a note, `resolved` at the end. */
export const complaintStatuses = ["open", "in-progress", "resolved"] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];

/**
 * A complaint lodged at the complaints desk. It names what it is about: a case, a household
 * (KK number) and/or a person (NIK), kept like the cases' (keyed HMAC to find, masked to show:
 * never in clear), or only a description (service quality, other). `subdistrictCode` and
 * `villageCode` are the place it concerns (the linked case's, or the village given), which
 * decides which sub-district officer reaches it; null for a complaint about no place.
 * `revision` grows with every change and is the complaint's ETag.
 */
export const complaints = pgTable(
  "complaints",
  {
    id: id(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    /** Human number, unique within the regency (e.g. `A-2026-000007`). */
    number: text("number").notNull(),
    category: text("category", { enum: complaintCategories }).notNull(),
    description: text("description").notNull(),
    complainantName: text("complainant_name"),
    complainantContact: text("complainant_contact"),
    caseId: uuid("case_id").references(() => cases.id, { onDelete: "cascade" }),
    kkHmac: bytea("kk_hmac"),
    kkMasked: text("kk_masked"),
    nikHmac: bytea("nik_hmac"),
    nikMasked: text("nik_masked"),
    subdistrictCode: text("subdistrict_code"),
    villageCode: text("village_code"),
    assigneeUserId: uuid("assignee_user_id"),
    status: text("status", { enum: complaintStatuses }).notNull().default("open"),
    /** The service time's deadline: lodged + the category's `dueDays`, on the API's clock. */
    dueAt: timestamp("due_at", { withTimezone: true, mode: "date" }).notNull(),
    resolution: text("resolution"),
    resolvedBy: uuid("resolved_by"),
    resolvedAt: timestamp("resolved_at", { withTimezone: true, mode: "date" }),
    revision: integer("revision").notNull().default(1),
    /** Configuration version whose complaint settings gave the due date. */
    configVersion: integer("config_version").notNull(),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    unique("complaints_tenant_number").on(t.tenantId, t.number),
    index("complaints_tenant_status_idx").on(t.tenantId, t.status, t.dueAt),
    index("complaints_tenant_case_idx").on(t.tenantId, t.caseId),
    index("complaints_tenant_subdistrict_idx").on(t.tenantId, t.subdistrictCode),
    check("complaints_nik_masked_shape", sql`${t.nikMasked} is null or ${t.nikMasked} ~ '^[0-9]{4}x{12}$'`),
    check("complaints_kk_masked_shape", sql`${t.kkMasked} is null or ${t.kkMasked} ~ '^[0-9]{4}x{12}$'`),
    check("complaints_revision_positive", sql`${t.revision} >= 1`),
    check("complaints_resolved_has_resolution", sql`${t.status} <> 'resolved' or (${t.resolution} is not null and ${t.resolvedAt} is not null)`),
  ],
);

export type Complaint = typeof complaints.$inferSelect;
export type NewComplaint = typeof complaints.$inferInsert;

/**
 * The append-only history of a complaint: lodged, assigned, noted, re-verification asked,
 * resolved. The application role may only SELECT and INSERT here, so the history cannot be
 * rewritten. `from`/`to` are statuses (or assignees for `assign`).
 */
export const complaintEvents = pgTable(
  "complaint_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: uuid("tenant_id").notNull(),
    complaintId: uuid("complaint_id")
      .notNull()
      .references(() => complaints.id, { onDelete: "cascade" }),
    /** `lodge`, `assign`, `note`, `reverify`, `resolve`. */
    action: text("action").notNull(),
    fromValue: text("from_value"),
    toValue: text("to_value"),
    actorUserId: uuid("actor_user_id"),
    actorLabel: text("actor_label").notNull(),
    note: text("note"),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("complaint_events_complaint_idx").on(t.tenantId, t.complaintId, t.id)],
);

export type ComplaintEvent = typeof complaintEvents.$inferSelect;
