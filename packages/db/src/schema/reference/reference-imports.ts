import { sql } from "drizzle-orm";
import { bigint, check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { id } from "../columns.ts";
import { tenants } from "../tenancy/tenants.ts";

/** Lifecycle of an import: `running` while batches commit, then `done` or `failed`. */
export const referenceImportStatuses = ["running", "done", "failed"] as const;
export type ReferenceImportStatus = (typeof referenceImportStatuses)[number];

/**
 * One import of a regency's reference poverty list (TNP2K, PPLS 2011, DTKS, DTSEN, … —
 * the list changes name over time, so `source` is data) from a CSV file. Its counters
 * move with every committed batch, so its progress is readable while it runs.
 */
export const referenceImports = pgTable(
  "reference_imports",
  {
    id: id(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    source: text("source").notNull(),
    year: integer("year").notNull(),
    fileName: text("file_name"),
    /** `sha256:<hex>` of the whole file, known when the last line has been read. */
    fileHash: text("file_hash"),
    status: text("status", { enum: referenceImportStatuses }).notNull().default("running"),
    /** Data lines read (the header excluded). */
    totalRows: integer("total_rows").notNull().default(0),
    /** Lines that added a person's appearance in this source and year. */
    acceptedRows: integer("accepted_rows").notNull().default(0),
    /** Valid lines whose NIK already appears in this source and year (a re-import or a resumed one). */
    duplicateRows: integer("duplicate_rows").notNull().default(0),
    /** Lines refused, each with a row in reference_import_errors. */
    rejectedRows: integer("rejected_rows").notNull().default(0),
    /** The last line of the last committed batch. */
    committedLine: integer("committed_line").notNull().default(0),
    failure: text("failure"),
    createdBy: uuid("created_by"),
    /** Who, for the record: a user id, or `system:cli`. */
    actorLabel: text("actor_label").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    index("reference_imports_tenant_started_idx").on(t.tenantId, t.startedAt),
    check("reference_imports_status_valid", sql`${t.status} in ('running', 'done', 'failed')`),
    check("reference_imports_year_valid", sql`${t.year} between 1990 and 2100`),
    check("reference_imports_source_valid", sql`length(${t.source}) between 1 and 100`),
  ],
);

export type ReferenceImport = typeof referenceImports.$inferSelect;

/** A line an import refused, and why (a stable code and a message; never the full NIK). */
export const referenceImportErrors = pgTable(
  "reference_import_errors",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    importId: uuid("import_id")
      .notNull()
      .references(() => referenceImports.id, { onDelete: "cascade" }),
    line: integer("line").notNull(),
    code: text("code").notNull(),
    message: text("message").notNull(),
  },
  (t) => [index("reference_import_errors_import_line_idx").on(t.importId, t.line)],
);

export type ReferenceImportError = typeof referenceImportErrors.$inferSelect;
