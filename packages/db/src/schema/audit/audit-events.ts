import { sql } from "drizzle-orm";
import { bigint, check, index, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { tenants } from "../tenancy/tenants.ts";

/**
 * The append-only audit trail. Each tenant has its own hash chain, and
 * tenant-less events (failed sign-ins, denied requests before a tenant is
 * known) form the platform chain (`tenant_id` NULL). A trigger (see the
 * `row_level_security` migration) fills `seq`, `prev_hash` and `row_hash`,
 * serialised per chain, whatever the inserting statement supplied: the
 * application cannot forge a link. Another trigger refuses UPDATE, DELETE and
 * TRUNCATE, and the application role is granted only SELECT and INSERT.
 *
 * `seq` and `row_hash` have placeholder defaults only so inserts need not
 * supply them; the checks fail if the chain trigger did not run.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: uuid("tenant_id").references(() => tenants.id, { onDelete: "restrict" }),
    seq: bigint("seq", { mode: "number" }).notNull().default(0),
    // No foreign key: the trail outlives accounts and must never block on them.
    actorUserId: uuid("actor_user_id"),
    actorRole: text("actor_role"),
    action: text("action").notNull(),
    target: text("target"),
    requestId: text("request_id"),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    before: jsonb("before").$type<unknown>(),
    after: jsonb("after").$type<unknown>(),
    details: jsonb("details").$type<unknown>(),
    prevHash: text("prev_hash"),
    rowHash: text("row_hash").notNull().default(""),
  },
  (t) => [
    unique("audit_events_chain_seq").on(t.tenantId, t.seq).nullsNotDistinct(),
    index("audit_events_tenant_at_idx").on(t.tenantId, t.at),
    check("audit_events_seq_positive", sql`${t.seq} >= 1`),
    check("audit_events_row_hash_hex", sql`${t.rowHash} ~ '^[0-9a-f]{64}$'`),
    check("audit_events_first_link", sql`(${t.seq} = 1) = (${t.prevHash} is null)`),
    check("audit_events_action_format", sql`${t.action} ~ '^[a-z][a-z0-9_.:-]{0,99}$'`),
  ],
);

export type AuditEvent = typeof auditEvents.$inferSelect;

/**
 * Head of each audit chain (`chain_key` = the tenant id, or `platform`):
 * written only by the chain trigger, unreadable by the application role
 * (read through `audit_chain_head()`). Locking its row serialises appends to
 * one chain, and its `seq` reveals rows deleted from the end of a chain.
 */
export const auditChainHeads = pgTable("audit_chain_heads", {
  chainKey: text("chain_key").primaryKey(),
  seq: bigint("seq", { mode: "number" }).notNull(),
  rowHash: text("row_hash"),
});
