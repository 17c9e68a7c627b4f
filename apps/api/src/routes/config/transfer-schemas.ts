import { z } from "@hono/zod-openapi";
import { CONFIG_EXPORT_FORMAT, CONFIG_EXPORT_FORMAT_VERSION } from "@satu-atap/config";
import { DraftSchema } from "./draft-schemas.ts";

const exportExample = {
  $schema: "http://localhost:8787/schemas/regency-config-export.json",
  format: CONFIG_EXPORT_FORMAT,
  formatVersion: CONFIG_EXPORT_FORMAT_VERSION,
  exportedAt: "2026-05-04T03:00:00.000Z",
  source: { tenant: "sragen", version: 3, contentHash: "sha256:5d41402abc4b2a76b9719d911017c592ae3b1f5e0c6a1f1a6b7d3c8e9f0a1b2c" },
  config: {
    meta: { name: { id: "Kabupaten Sragen", en: "Sragen Regency" }, regencyCode: "3314", "…": "…" },
    locales: ["id", "en"],
    desks: [{ id: "front", "…": "…" }],
    "…": "…",
  },
};

const ExportSourceSchema = z.object({
  tenant: z.string().openapi({ description: "Slug of the regency exported", example: "sragen" }),
  version: z.union([z.number().int(), z.literal("draft")]).openapi({ description: "The published version exported, or `draft`", example: 3 }),
  contentHash: z.string().openapi({ description: "SHA-256 of the canonical JSON of `config` at export", example: exportExample.source.contentHash }),
});

/** The export document as GET …/config/export answers it (format `satu-atap.regency-config`, version 1). */
export const ConfigExportSchema = z
  .object({
    $schema: z.string().openapi({ description: "Absolute URL of this document's JSON Schema (which refers to the configuration's for `config`)" }),
    format: z.literal(CONFIG_EXPORT_FORMAT),
    formatVersion: z.literal(CONFIG_EXPORT_FORMAT_VERSION),
    exportedAt: z.string().openapi({ format: "date-time" }),
    source: ExportSourceSchema,
    config: z.record(z.string(), z.unknown()).openapi({ description: "The configuration, keys in canonical (sorted) order" }),
  })
  .openapi("ConfigExport", { example: exportExample });

/**
 * The import body: declared loosely so the route itself reads it (format and version first)
 * and can say exactly what is wrong with a file, rather than list every field it lacks.
 */
export const ConfigImportBodySchema = z.record(z.string(), z.unknown()).openapi("ConfigImportRequest", {
  description:
    "A configuration export document (schema `ConfigExport`, JSON Schema at /schemas/regency-config-export.json), as GET …/config/export " +
    "or `satu-atap config export` wrote it. A bare configuration is refused: PUT …/config/draft replaces the draft with one.",
  example: exportExample,
});

/** The draft after an import, with what the import did. */
export const ImportedDraftSchema = DraftSchema.extend({
  imported: z.object({
    source: ExportSourceSchema,
    exportedAt: z.string().openapi({ format: "date-time" }),
    editedSinceExport: z.boolean().openapi({ description: "The configuration no longer matches `source.contentHash` (edited after export)", example: false }),
    identityKept: z.array(z.string()).openapi({
      description: "Identity fields the file set differently and that kept this regency's value (JSON Pointers)",
      example: ["/meta/name", "/meta/regencyCode", "/areas"],
    }),
  }),
}).openapi("ImportedDraft");
