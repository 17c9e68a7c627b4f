import { readableFields } from "@satu-atap/config";
import type { HouseholdFacts, LocalizedText, PersonFacts, ReadableField, RegencyConfig, SurveyCriterion } from "@satu-atap/config";
import { parseIsoDate } from "../domain-operators.ts";
import { childPointer } from "../validate/pointer.ts";

/** A survey answer: boolean (yes/no), number, option id (choice) or text. */
export type AnswerValue = boolean | number | string;

/**
 * What is known of a household when it is evaluated.
 * - `answers`: survey answers by criterion id (`null` or absent: not answered).
 * - `household`: household facts (`household.*` in rules); absent: unknown, rules read `null`.
 * - `applicant`: the person the services are for (`applicant.*`); absent: unknown.
 * - `holds`: the tier currently held per card programme id (`null` or absent: none).
 */
export interface HouseholdInput {
  readonly answers: Readonly<Record<string, AnswerValue | null>>;
  readonly household?: HouseholdFacts;
  readonly applicant?: PersonFacts;
  readonly holds?: Readonly<Record<string, string | null>>;
}

/** Parameters of each input problem code. */
interface InputParams {
  input_not_object: { what: LocalizedText };
  input_unknown_field: { name: string };
  input_unknown_criterion: { id: string };
  input_missing_answer: { id: string; label: LocalizedText };
  input_wrong_type: { expected: LocalizedText };
  input_invalid_choice: { value: string; options: readonly string[] };
  input_out_of_range: { min?: number; max?: number };
  input_not_integer: Record<string, never>;
  input_too_long: { max: number };
  input_missing_field: { name: string };
  input_invalid_date: Record<string, never>;
  input_unknown_value: { value: string; values: readonly string[] };
  input_unknown_programme: { id: string };
  input_unknown_tier: { programme: string; tier: string; tiers: readonly string[] };
  input_too_many: { max: number };
}

/** Code of an input problem. */
export type InputProblemCode = keyof InputParams;

/**
 * One problem of a household input, for a 400 response.
 * - `path`: JSON Pointer into the input, e.g. `/answers/floor_area_per_person` or `/household/members/1/birthDate`.
 * - `message`: English; `messages`: Indonesian and English.
 */
export interface InputProblem {
  readonly path: string;
  readonly code: InputProblemCode;
  readonly message: string;
  readonly messages: LocalizedText;
}

const clip = (text: string): string => (text.length > 60 ? `${text.slice(0, 60)}…` : text);
const list = (items: readonly string[]): string => (items.length > 20 ? `${items.slice(0, 20).join(", ")}, …` : items.join(", "));

/**
 * Every input problem message, keyed by code.
 *
 * @example
 * INPUT_MESSAGES.input_not_integer({}).en // "Must be a whole number"
 */
export const INPUT_MESSAGES: { readonly [C in InputProblemCode]: (p: InputParams[C]) => LocalizedText } = {
  input_not_object: (p) => ({ id: `Seharusnya ${p.what.id}`, en: `Expected ${p.what.en}` }),
  input_unknown_field: (p) => ({ id: `Kolom "${clip(p.name)}" tidak dikenal`, en: `Unknown field "${clip(p.name)}"` }),
  input_unknown_criterion: (p) => ({
    id: `Kriteria survei "${clip(p.id)}" tidak dikenal`,
    en: `Unknown survey criterion "${clip(p.id)}"`,
  }),
  input_missing_answer: (p) => ({
    id: `Jawaban wajib untuk "${p.label.id}" belum diisi`,
    en: `The required answer to "${p.label.en}" is missing`,
  }),
  input_wrong_type: (p) => ({ id: `Seharusnya ${p.expected.id}`, en: `Expected ${p.expected.en}` }),
  input_invalid_choice: (p) => ({
    id: `"${clip(p.value)}" bukan pilihan yang tersedia (${list(p.options)})`,
    en: `"${clip(p.value)}" is not one of the options (${list(p.options)})`,
  }),
  input_out_of_range: (p) =>
    p.min !== undefined && p.max !== undefined
      ? { id: `Seharusnya antara ${p.min} dan ${p.max}`, en: `Must be between ${p.min} and ${p.max}` }
      : p.min !== undefined
        ? { id: `Seharusnya paling sedikit ${p.min}`, en: `Must be at least ${p.min}` }
        : { id: `Seharusnya paling banyak ${String(p.max)}`, en: `Must be at most ${String(p.max)}` },
  input_not_integer: () => ({ id: "Seharusnya bilangan bulat", en: "Must be a whole number" }),
  input_too_long: (p) => ({ id: `Paling banyak ${p.max} karakter`, en: `At most ${p.max} characters` }),
  input_missing_field: (p) => ({ id: `Kolom wajib "${p.name}" tidak ada`, en: `Required field "${p.name}" is missing` }),
  input_invalid_date: () => ({
    id: "Seharusnya tanggal yang sah dalam bentuk YYYY-MM-DD",
    en: "Must be a valid date written YYYY-MM-DD",
  }),
  input_unknown_value: (p) => ({
    id: `"${clip(p.value)}" bukan nilai yang diizinkan (${list(p.values)})`,
    en: `"${clip(p.value)}" is not an allowed value (${list(p.values)})`,
  }),
  input_unknown_programme: (p) => ({
    id: `Program kartu "${clip(p.id)}" tidak dikenal`,
    en: `Unknown card programme "${clip(p.id)}"`,
  }),
  input_unknown_tier: (p) => ({
    id: `"${clip(p.tier)}" bukan tingkat kartu ${p.programme} (${list(p.tiers)})`,
    en: `"${clip(p.tier)}" is not a ${p.programme} tier (${list(p.tiers)})`,
  }),
  input_too_many: (p) => ({ id: `Paling banyak ${p.max} elemen`, en: `At most ${p.max} elements` }),
};

const TYPE_WORDS = {
  object: { id: "objek", en: "an object" },
  boolean: { id: "ya/tidak (true/false)", en: "yes/no (true/false)" },
  number: { id: "angka", en: "a number" },
  string: { id: "teks", en: "text" },
  array: { id: "daftar", en: "a list" },
  date: { id: "tanggal YYYY-MM-DD", en: "a YYYY-MM-DD date" },
  tierOrNull: { id: "id tingkat kartu atau null", en: "a tier id or null" },
} as const satisfies Record<string, LocalizedText>;

/** Most household members accepted: far above any real household, low enough to bound the work. */
export const MAX_MEMBERS = 100;

/** Fields of the person object beyond the catalogue: the name (never read by rules). */
const PERSON_EXTRA_FIELDS: ReadonlySet<string> = new Set(["name"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Own enumerable data properties only: never a getter, never the prototype chain. */
function ownEntries(value: Record<string, unknown>): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  for (const key of Object.keys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor !== undefined && "value" in descriptor) out.push([key, descriptor.value]);
  }
  return out;
}

/**
 * True when `value` is a real calendar date written `YYYY-MM-DD`
 * (same definition as the `age` and `months_between` operators).
 *
 * @example
 * isIsoDate("2014-06-02") // true
 * isIsoDate("2014-02-30") // false
 */
export function isIsoDate(value: unknown): value is string {
  return parseIsoDate(value) !== null;
}

class Collector {
  readonly problems: InputProblem[] = [];
  add<C extends InputProblemCode>(path: string, code: C, params: InputParams[C]): void {
    const messages = INPUT_MESSAGES[code](params);
    this.problems.push({ path, code, message: messages.en, messages });
  }
}

function checkAnswer(criterion: SurveyCriterion, value: unknown, path: string, out: Collector): void {
  const answer = criterion.answer;
  switch (answer.type) {
    case "yes-no":
      if (typeof value !== "boolean") out.add(path, "input_wrong_type", { expected: TYPE_WORDS.boolean });
      return;
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) {
        out.add(path, "input_wrong_type", { expected: TYPE_WORDS.number });
        return;
      }
      if (answer.integer && !Number.isInteger(value)) out.add(path, "input_not_integer", {});
      if ((answer.min !== undefined && value < answer.min) || (answer.max !== undefined && value > answer.max)) {
        out.add(path, "input_out_of_range", {
          ...(answer.min === undefined ? {} : { min: answer.min }),
          ...(answer.max === undefined ? {} : { max: answer.max }),
        });
      }
      return;
    case "choice":
      if (typeof value !== "string") {
        out.add(path, "input_wrong_type", { expected: TYPE_WORDS.string });
        return;
      }
      if (!answer.options.some((o) => o.id === value)) {
        out.add(path, "input_invalid_choice", { value, options: answer.options.map((o) => o.id) });
      }
      return;
    case "text":
      if (typeof value !== "string") {
        out.add(path, "input_wrong_type", { expected: TYPE_WORDS.string });
        return;
      }
      if (answer.maxLength !== undefined && value.length > answer.maxLength) out.add(path, "input_too_long", { max: answer.maxLength });
      return;
  }
}

/** Checks an object against catalogue fields (paths relative to the object). */
function checkFacts(
  value: unknown,
  fields: readonly ReadableField[],
  path: string,
  out: Collector,
  extra: ReadonlySet<string> = new Set(),
): void {
  if (!isRecord(value)) {
    out.add(path, "input_not_object", { what: TYPE_WORDS.object });
    return;
  }
  const byName = new Map(fields.map((f) => [f.path, f]));
  const entries = ownEntries(value);
  const present = new Set(entries.map(([key]) => key));
  for (const [key, item] of entries) {
    const at = childPointer(path, key);
    const field = byName.get(key);
    if (field === undefined) {
      if (extra.has(key)) {
        if (typeof item !== "string") out.add(at, "input_wrong_type", { expected: TYPE_WORDS.string });
      } else {
        out.add(at, "input_unknown_field", { name: key });
      }
      continue;
    }
    checkField(field, item, at, out);
  }
  for (const field of fields) {
    if (!field.nullable && !present.has(field.path)) out.add(childPointer(path, field.path), "input_missing_field", { name: field.path });
  }
}

function checkField(field: ReadableField, value: unknown, path: string, out: Collector): void {
  if (value === null) {
    if (!field.nullable) out.add(path, "input_missing_field", { name: field.path });
    return;
  }
  switch (field.type) {
    case "boolean":
      if (typeof value !== "boolean") out.add(path, "input_wrong_type", { expected: TYPE_WORDS.boolean });
      return;
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) out.add(path, "input_wrong_type", { expected: TYPE_WORDS.number });
      return;
    case "string":
      if (typeof value !== "string") out.add(path, "input_wrong_type", { expected: TYPE_WORDS.string });
      else if (field.values !== undefined && !field.values.includes(value)) out.add(path, "input_unknown_value", { value, values: field.values });
      return;
    case "date":
      if (typeof value !== "string") out.add(path, "input_wrong_type", { expected: TYPE_WORDS.date });
      else if (!isIsoDate(value)) out.add(path, "input_invalid_date", {});
      return;
    case "array": {
      if (!Array.isArray(value)) {
        out.add(path, "input_wrong_type", { expected: TYPE_WORDS.array });
        return;
      }
      if (value.length > MAX_MEMBERS) {
        out.add(path, "input_too_many", { max: MAX_MEMBERS });
        return;
      }
      const items = field.items ?? [];
      value.forEach((element, i) => checkFacts(element, items, childPointer(path, i), out, PERSON_EXTRA_FIELDS));
      return;
    }
  }
}

/** The catalogue fields of one prefix (`household.`), relative to it. */
function fieldsUnder(fields: readonly ReadableField[], prefix: string): ReadableField[] {
  return fields.filter((f) => f.path.startsWith(prefix)).map((f) => ({ ...f, path: f.path.slice(prefix.length) }));
}

/**
 * Every problem of a household input, before it is evaluated (the API answers
 * 400 with this list): unknown fields and criterion ids, answers of the wrong
 * type, out-of-range numbers, choices outside the options, missing required
 * answers (every criterion with a `sign` rule: an unanswered one would
 * silently count as no sign, or as a sign for a negated rule), household and
 * person facts that do not fit the field catalogue, invalid dates, unknown
 * programmes and tiers in `holds`. Paths are JSON Pointers into the input.
 *
 * @example
 * validateHouseholdInput(config, { answers: { floor_area_per_person: "big" } })
 * // [{ path: "/answers/floor_area_per_person", code: "input_wrong_type", … },
 * //  { path: "/answers/floor_type", code: "input_missing_answer", … }, …]
 */
export function validateHouseholdInput(config: RegencyConfig, input: unknown): InputProblem[] {
  const out = new Collector();
  if (!isRecord(input)) {
    out.add("", "input_not_object", { what: TYPE_WORDS.object });
    return out.problems;
  }
  const entries = new Map(ownEntries(input));
  for (const key of entries.keys()) {
    if (!["answers", "household", "applicant", "holds"].includes(key)) out.add(childPointer("", key), "input_unknown_field", { name: key });
  }

  const criteria = new Map(config.survey.criteria.map((c) => [c.id, c]));
  const answers = entries.get("answers");
  if (answers === undefined) {
    out.add("/answers", "input_missing_field", { name: "answers" });
  } else if (!isRecord(answers)) {
    out.add("/answers", "input_not_object", { what: TYPE_WORDS.object });
  } else {
    const given = new Map(ownEntries(answers));
    for (const [id, value] of given) {
      const at = childPointer("/answers", id);
      const criterion = criteria.get(id);
      if (criterion === undefined) out.add(at, "input_unknown_criterion", { id });
      else if (value !== null) checkAnswer(criterion, value, at, out);
    }
    for (const criterion of config.survey.criteria) {
      const value = given.get(criterion.id);
      if (criterion.sign !== undefined && (value === undefined || value === null)) {
        out.add(childPointer("/answers", criterion.id), "input_missing_answer", { id: criterion.id, label: criterion.label });
      }
    }
  }

  const catalogue = readableFields("household", config);
  const household = entries.get("household");
  if (household !== undefined) checkFacts(household, fieldsUnder(catalogue, "household."), "/household", out);
  const applicant = entries.get("applicant");
  if (applicant !== undefined) checkFacts(applicant, fieldsUnder(catalogue, "applicant."), "/applicant", out, PERSON_EXTRA_FIELDS);

  const holds = entries.get("holds");
  if (holds !== undefined) {
    if (!isRecord(holds)) {
      out.add("/holds", "input_not_object", { what: TYPE_WORDS.object });
    } else {
      for (const [programmeId, tierId] of ownEntries(holds)) {
        const at = childPointer("/holds", programmeId);
        const programme = config.cardProgrammes.find((p) => p.id === programmeId);
        if (programme === undefined) out.add(at, "input_unknown_programme", { id: programmeId });
        else if (tierId === null) continue;
        else if (typeof tierId !== "string") out.add(at, "input_wrong_type", { expected: TYPE_WORDS.tierOrNull });
        else if (!programme.tiers.some((tier) => tier.id === tierId)) {
          out.add(at, "input_unknown_tier", { programme: programmeId, tier: tierId, tiers: programme.tiers.map((tier) => tier.id) });
        }
      }
    }
  }
  return out.problems;
}
