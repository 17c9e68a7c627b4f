import { z } from "zod";

/** A JSON value: what a configuration file and a rule are made of. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** True when `value` is plain JSON (no functions, `undefined`, NaN, class instances…). */
export function isJsonValue(value: unknown): value is JsonValue {
  if (value === null) return true;
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value);
    case "object": {
      if (Array.isArray(value)) return value.every(isJsonValue);
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      return Object.values(value).every(isJsonValue);
    }
    default:
      return false;
  }
}

/**
 * A user-visible text in every locale. Indonesian (`id`) is the working
 * language of the unit; English (`en`) is for partners and documentation.
 */
export const LocalizedTextSchema = z
  .strictObject({
    id: z.string().trim().min(1).describe("Indonesian text."),
    en: z.string().trim().min(1).describe("English text."),
  })
  .meta({ id: "LocalizedText", description: "A text in Indonesian (`id`) and English (`en`)." });

/** A text in Indonesian and English, e.g. `{ id: "Loket Kesehatan", en: "Health desk" }`. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * Identifier of a configuration entity. Lower-case, starts with a letter, may
 * contain digits, `-` and `_`. No dots: survey criterion ids become rule
 * variable path segments (`answers.<id>`), where a dot would split the name.
 */
export const ID_PATTERN = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/;

/** Schema of an identifier (see {@link ID_PATTERN}). */
export const IdSchema = z
  .string()
  .max(64)
  .regex(ID_PATTERN, { message: "Must be lower-case letters, digits, '-' or '_', starting with a letter" })
  .describe("Identifier: lower-case letters, digits, `-` or `_`, starting with a letter; no dots.");

/** A colour as `#rrggbb`. */
export const ColourSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { message: "Must be a colour as #rrggbb" })
  .describe("Colour as a hex triplet `#rrggbb`.");

/** Administrative levels, top-down (same names as the database `areas.level`). */
export const ADMIN_LEVELS = ["regency", "subdistrict", "village"] as const;

/** Schema of an administrative level. */
export const AdminLevelSchema = z
  .enum(ADMIN_LEVELS)
  .describe("Administrative level: `regency` (kabupaten), `subdistrict` (kecamatan) or `village` (desa/kelurahan).");

/** An administrative level: regency, sub-district or village. */
export type AdminLevel = z.infer<typeof AdminLevelSchema>;

/** Index of a level in {@link ADMIN_LEVELS}: 0 is the highest (regency). */
export function adminLevelIndex(level: AdminLevel): number {
  return ADMIN_LEVELS.indexOf(level);
}

/**
 * A JSON-logic rule (json-logic-js 2.0 operators plus the domain operators
 * `age`, `months_between`, `count`). The shape is any JSON value; which
 * operators and variables a rule may use is checked by `validateConfig`,
 * against the field catalogue of the rule's scope.
 */
export const RuleSchema = z
  .custom<JsonValue>((value) => isJsonValue(value), { message: "Must be a JSON value (a JSON-logic rule)" })
  .meta({
    "x-json-logic": true,
    description: "A JSON-logic rule.",
  });

/** A JSON-logic rule. */
export type Rule = JsonValue;

/** An amount in Indonesian rupiah, whole rupiah. */
export const RupiahSchema = z.int().nonnegative().describe("Amount in rupiah (Rp), whole rupiah.");
