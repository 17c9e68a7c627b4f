import { z } from "zod";
import { canonicalJson } from "../canonical/canonical-json.ts";
import { contentHash } from "../canonical/content-hash.ts";
import type { LocalizedText } from "../schema/common.ts";
import { zodIssuesToConfigIssues } from "../validate/zod-issues.ts";

/**
 * The file format of a configuration export: one JSON document that carries a regency's
 * configuration together with where it came from, so it can be imported into a draft
 * (the same regency's or another's) by the API or the command line.
 */
export const CONFIG_EXPORT_FORMAT = "satu-atap.regency-config";

/** The format version written now. A reader accepts exactly the versions it knows. */
export const CONFIG_EXPORT_FORMAT_VERSION = 1;

/** Format versions this code reads. A new version is added here with its upgrade. */
const READABLE_FORMAT_VERSIONS: readonly number[] = [1];

// The tenant slug pattern of @satu-atap/db (this package has no database dependency).
const SLUG = /^[a-z][a-z0-9-]{1,62}$/;

const ExportSourceSchema = z
  .strictObject({
    tenant: z.string().regex(SLUG, { message: "Must be a regency slug, e.g. sragen" }).describe("Slug of the regency exported."),
    version: z
      .union([z.int().positive(), z.literal("draft")])
      .describe("The published version exported, or `draft`."),
    contentHash: z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/, { message: "Must be sha256:<64 hex digits>" })
      .describe("SHA-256 of the canonical JSON of `config` when it was exported."),
  })
  .describe("Where the configuration came from.");

/**
 * The export document (envelope). `config` is only checked to be an object here: whether it
 * is shaped like a configuration is the importer's question (an unfinished draft may be exported).
 */
export const ConfigExportSchema = z
  .strictObject({
    $schema: z.url().optional().describe("Address of this document's JSON Schema (informative; not checked)."),
    format: z.literal(CONFIG_EXPORT_FORMAT).describe(`Always \`${CONFIG_EXPORT_FORMAT}\`.`),
    formatVersion: z.literal(CONFIG_EXPORT_FORMAT_VERSION).describe("Version of this format."),
    exportedAt: z.iso.datetime({ offset: true }).describe("When the export was made (ISO 8601)."),
    source: ExportSourceSchema,
    config: z.record(z.string(), z.unknown()).describe("The regency configuration."),
  })
  .meta({
    title: "Satu Atap configuration export",
    description: "A regency configuration with its origin, as exported by GET /api/t/{tenant}/config/export or `satu-atap config export`.",
  });

/** A configuration export document. */
export type ConfigExport = z.infer<typeof ConfigExportSchema>;

/** What a configuration export says about its origin. */
export type ConfigExportSource = ConfigExport["source"];

/** Why a document is not a readable export: a JSON Pointer into it and a message in both languages. */
export interface ConfigExportIssue {
  path: string;
  message: string;
  messages: LocalizedText;
}

export type ReadExportResult = { ok: true; document: ConfigExport } | { ok: false; issues: ConfigExportIssue[] };

function issue(path: string, en: string, id: string): ConfigExportIssue {
  return { path, message: en, messages: { id, en } };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Wraps a configuration in an export document: canonical key order (so two exports of the
 * same content are byte-identical apart from `exportedAt`) and the content hash.
 *
 * @example
 * const document = await wrapExport({ config, tenant: "sragen", version: 3, schemaUrl: "https://…/schemas/regency-config-export.json" });
 */
export async function wrapExport(input: {
  config: unknown;
  tenant: string;
  version: number | "draft";
  schemaUrl: string;
  exportedAt?: Date;
}): Promise<ConfigExport & { $schema: string }> {
  return {
    $schema: input.schemaUrl,
    format: CONFIG_EXPORT_FORMAT,
    formatVersion: CONFIG_EXPORT_FORMAT_VERSION,
    exportedAt: (input.exportedAt ?? new Date()).toISOString(),
    source: { tenant: input.tenant, version: input.version, contentHash: await contentHash(input.config) },
    config: JSON.parse(canonicalJson(input.config)) as Record<string, unknown>,
  };
}

/**
 * Reads an export document, checking the format and its version first so that a wrong file
 * gets one clear answer rather than a list of every field it lacks. The configuration inside
 * is not validated here.
 *
 * @example
 * const read = readExport(JSON.parse(text));
 * if (!read.ok) for (const problem of read.issues) console.error(problem.path, problem.message);
 */
export function readExport(value: unknown): ReadExportResult {
  if (!isPlainObject(value)) {
    return { ok: false, issues: [issue("", "An export document is a JSON object.", "Dokumen ekspor harus berupa objek JSON.")] };
  }
  const formatProblem = checkFormat(value);
  if (formatProblem) return { ok: false, issues: [formatProblem] };
  const versionProblem = checkFormatVersion(value.formatVersion);
  if (versionProblem) return { ok: false, issues: [versionProblem] };
  const parsed = ConfigExportSchema.safeParse(value, { reportInput: true }); // so a wrong type is not called missing
  if (parsed.success) return { ok: true, document: parsed.data };
  return { ok: false, issues: zodIssuesToConfigIssues(parsed.error.issues).map(({ path, message, messages }) => ({ path, message, messages })) };
}

function checkFormat(document: Record<string, unknown>): ConfigExportIssue | undefined {
  if (document.format === CONFIG_EXPORT_FORMAT) return undefined;
  if (document.format === undefined && "meta" in document) {
    return issue(
      "/format",
      `Missing: this looks like a bare configuration, not an export document (format "${CONFIG_EXPORT_FORMAT}").`,
      `Tidak ada: ini tampaknya konfigurasi biasa, bukan dokumen ekspor (format "${CONFIG_EXPORT_FORMAT}").`,
    );
  }
  return issue(
    "/format",
    `Not a Satu Atap configuration export: format must be "${CONFIG_EXPORT_FORMAT}", found ${describe(document.format)}.`,
    `Bukan ekspor konfigurasi Satu Atap: format harus "${CONFIG_EXPORT_FORMAT}", ditemukan ${describe(document.format)}.`,
  );
}

function checkFormatVersion(version: unknown): ConfigExportIssue | undefined {
  if (typeof version === "number" && READABLE_FORMAT_VERSIONS.includes(version)) return undefined;
  const readable = READABLE_FORMAT_VERSIONS.join(", ");
  if (typeof version !== "number" || !Number.isInteger(version)) {
    return issue(
      "/formatVersion",
      `Must be a whole number (this version of Satu Atap reads ${readable}), found ${describe(version)}.`,
      `Harus bilangan bulat (versi Satu Atap ini membaca ${readable}), ditemukan ${describe(version)}.`,
    );
  }
  if (version > CONFIG_EXPORT_FORMAT_VERSION) {
    return issue(
      "/formatVersion",
      `Format version ${version} was written by a newer Satu Atap; this one reads ${readable}. Update Satu Atap, or export again from a matching one.`,
      `Versi format ${version} ditulis oleh Satu Atap yang lebih baru; versi ini membaca ${readable}. Perbarui Satu Atap, atau ekspor ulang dari versi yang sesuai.`,
    );
  }
  return issue(
    "/formatVersion",
    `Format version ${version} is not one this version of Satu Atap reads (${readable}).`,
    `Versi format ${version} tidak dapat dibaca oleh versi Satu Atap ini (${readable}).`,
  );
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * The file name an export is offered under: `<tenant>-v<version>.json` or `<tenant>-draft.json`.
 *
 * @example
 * exportFileName({ tenant: "sragen", version: 3 }) // "sragen-v3.json"
 */
export function exportFileName(source: Pick<ConfigExportSource, "tenant" | "version">): string {
  return `${source.tenant}-${source.version === "draft" ? "draft" : `v${source.version}`}.json`;
}
