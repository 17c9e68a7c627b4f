import type { LocalizedText } from "@satu-atap/config";

/** Kinds of values the type checks talk about. */
export type ValueKind =
  | "boolean"
  | "number"
  | "string"
  | "date"
  | "array"
  | "null"
  | "object"
  | "numeric-string"
  | "iso-date";

/** Names of value kinds, as used inside messages. */
export const KIND_NAMES: Readonly<Record<ValueKind, LocalizedText>> = {
  boolean: { id: "ya/tidak (boolean)", en: "a yes/no value (boolean)" },
  number: { id: "angka", en: "a number" },
  string: { id: "teks", en: "text" },
  date: { id: "tanggal", en: "a date" },
  array: { id: "daftar", en: "a list" },
  null: { id: "kosong (null)", en: "null" },
  object: { id: "objek", en: "an object" },
  "numeric-string": { id: "teks berisi angka", en: "text holding a number" },
  "iso-date": { id: "tanggal YYYY-MM-DD", en: "a YYYY-MM-DD date" },
};

/** Where a variable was looked up, for messages. */
export type VariableScope = "context" | "element" | "reduce";

/** How many arguments an operator takes. */
export interface Arity {
  readonly min: number;
  /** Omitted: no upper bound. */
  readonly max?: number;
  /** Only odd counts (`if`). */
  readonly odd?: boolean;
}

/** Parameters of each problem code. */
export interface ProblemParams {
  rule_not_json: { found: string };
  rule_invalid_operation: { keys: readonly string[] };
  rule_forbidden_key: { key: string };
  rule_unknown_operator: { operator: string };
  rule_disallowed_operator: { operator: string };
  rule_arity: { operator: string; arity: Arity; count: number };
  rule_invalid_argument: { operator: string; expected: ValueKind | "name" };
  rule_dynamic_variable: Record<string, never>;
  rule_forbidden_path: { name: string; segment: string };
  rule_unknown_variable: { name: string; scope: VariableScope };
  rule_type_mismatch: { operator: string; subject: string; found: ValueKind; expected: readonly ValueKind[] };
  rule_unknown_value: { name: string; value: string; values: readonly string[] };
  rule_too_deep: { limit: number };
  rule_too_many_nodes: { limit: number };
  rule_literal_too_large: { limit: number };
  rule_array_too_long: { limit: number; length: number };
  rule_string_too_long: { limit: number; length: number };
}

/** Code of a rule problem. */
export type RuleProblemCode = keyof ProblemParams;

/** Clips text shown inside a message, so a hostile 10 MB name never ends up in a response. */
export function clip(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

function list(items: readonly string[], max = 12): string {
  const shown = items.slice(0, max).map((s) => clip(s, 40));
  return items.length > max ? `${shown.join(", ")}, …` : shown.join(", ");
}

function arityText(arity: Arity): LocalizedText {
  if (arity.odd === true) return { id: "sejumlah ganjil (1, 3, 5, …)", en: "an odd number (1, 3, 5, …)" };
  if (arity.max === undefined) return { id: `paling sedikit ${arity.min}`, en: `at least ${arity.min}` };
  if (arity.max === arity.min) return { id: `tepat ${arity.min}`, en: `exactly ${arity.min}` };
  return { id: `${arity.min} sampai ${arity.max}`, en: `${arity.min} to ${arity.max}` };
}

function kinds(expected: readonly ValueKind[], lang: "id" | "en"): string {
  return expected.map((k) => KIND_NAMES[k][lang]).join(lang === "id" ? " atau " : " or ");
}

const SCOPE_NAMES: Readonly<Record<VariableScope, LocalizedText>> = {
  context: { id: "aturan ini", en: "this rule" },
  element: { id: "elemen daftar (di dalam map/filter/all/none/some/count)", en: "the list element (inside map/filter/all/none/some/count)" },
  reduce: { id: "reduce (current/accumulator)", en: "reduce (current/accumulator)" },
};

/**
 * Every problem message, keyed by code: Indonesian (`id`) and English (`en`).
 * The one place to change wording.
 *
 * @example
 * PROBLEM_MESSAGES.rule_too_deep({ limit: 64 }).id // "Aturan bersarang terlalu dalam (lebih dari 64 tingkat)"
 */
export const PROBLEM_MESSAGES: { readonly [C in RuleProblemCode]: (p: ProblemParams[C]) => LocalizedText } = {
  rule_not_json: (p) => ({
    id: `Aturan harus berupa JSON biasa; ditemukan ${p.found}`,
    en: `A rule must be plain JSON; found ${p.found}`,
  }),
  rule_invalid_operation: (p) =>
    p.keys.length === 0
      ? {
          id: "Sebuah operasi harus berupa objek dengan tepat satu kunci (operator); ditemukan objek kosong",
          en: "An operation must be an object with exactly one key, the operator; found an empty object",
        }
      : {
          id: `Sebuah operasi harus berupa objek dengan tepat satu kunci (operator); ditemukan kunci ${list(p.keys)}`,
          en: `An operation must be an object with exactly one key, the operator; found keys ${list(p.keys)}`,
        },
  rule_forbidden_key: (p) => ({
    id: `Kunci "${clip(p.key)}" tidak diizinkan dalam aturan`,
    en: `The key "${clip(p.key)}" is not allowed in a rule`,
  }),
  rule_unknown_operator: (p) => ({
    id: `Operator aturan "${clip(p.operator)}" tidak dikenal`,
    en: `Unknown rule operator "${clip(p.operator)}"`,
  }),
  rule_disallowed_operator: (p) => ({
    id: `Operator "${clip(p.operator)}" tidak diizinkan di sini`,
    en: `The operator "${clip(p.operator)}" is not allowed here`,
  }),
  rule_arity: (p) => ({
    id: `Operator "${p.operator}" menerima ${arityText(p.arity).id} argumen; diberikan ${p.count}`,
    en: `The operator "${p.operator}" takes ${arityText(p.arity).en} argument(s); given ${p.count}`,
  }),
  rule_invalid_argument: (p) =>
    p.expected === "name"
      ? {
          id: `Argumen "${p.operator}" harus berupa nama variabel (teks atau angka)`,
          en: `The argument of "${p.operator}" must be a variable name (text or a number)`,
        }
      : {
          id: `Argumen "${p.operator}" harus berupa ${KIND_NAMES[p.expected].id}`,
          en: `The argument of "${p.operator}" must be ${KIND_NAMES[p.expected].en}`,
        },
  rule_dynamic_variable: () => ({
    id: "Nama variabel harus ditulis langsung (teks) agar dapat diperiksa",
    en: "A variable name must be written literally (text), so it can be checked",
  }),
  rule_forbidden_path: (p) => ({
    id: `Nama variabel "${clip(p.name)}" memuat bagian terlarang "${p.segment}"`,
    en: `The variable name "${clip(p.name)}" contains the forbidden segment "${p.segment}"`,
  }),
  rule_unknown_variable: (p) =>
    p.name === ""
      ? {
          id: "Nama variabel kosong membaca seluruh data; hanya boleh di dalam map/filter/all/none/some/count/reduce",
          en: "The empty variable name reads the whole data; it is only allowed inside map/filter/all/none/some/count/reduce",
        }
      : {
          id: `Variabel "${clip(p.name)}" tidak dapat dibaca oleh ${SCOPE_NAMES[p.scope].id}`,
          en: `Variable "${clip(p.name)}" cannot be read by ${SCOPE_NAMES[p.scope].en}`,
        },
  rule_type_mismatch: (p) => ({
    id: `"${p.operator}": ${clip(p.subject)} bertipe ${KIND_NAMES[p.found].id}, seharusnya ${kinds(p.expected, "id")}`,
    en: `"${p.operator}": ${clip(p.subject)} is ${KIND_NAMES[p.found].en}, expected ${kinds(p.expected, "en")}`,
  }),
  rule_unknown_value: (p) => ({
    id: `"${clip(p.value)}" bukan nilai dari "${p.name}" (yang diharapkan salah satu dari: ${list(p.values, 40)})`,
    en: `"${clip(p.value)}" is not a value of "${p.name}" (expected one of: ${list(p.values, 40)})`,
  }),
  rule_too_deep: (p) => ({
    id: `Aturan bersarang terlalu dalam (lebih dari ${p.limit} tingkat)`,
    en: `The rule is nested too deep (more than ${p.limit} levels)`,
  }),
  rule_too_many_nodes: (p) => ({
    id: `Aturan terlalu besar (lebih dari ${p.limit} bagian); pemeriksaan dihentikan`,
    en: `The rule is too large (more than ${p.limit} parts); checking stopped`,
  }),
  rule_literal_too_large: (p) => ({
    id: `Data tetap dalam aturan terlalu besar (lebih dari ${p.limit} bita); pemeriksaan dihentikan`,
    en: `The literal data in the rule is too large (more than ${p.limit} bytes); checking stopped`,
  }),
  rule_array_too_long: (p) => ({
    id: `Daftar terlalu panjang: ${p.length} elemen (paling banyak ${p.limit})`,
    en: `The list is too long: ${p.length} elements (at most ${p.limit})`,
  }),
  rule_string_too_long: (p) => ({
    id: `Teks terlalu panjang: ${p.length} karakter (paling banyak ${p.limit})`,
    en: `The text is too long: ${p.length} characters (at most ${p.limit})`,
  }),
};
