// What a JSON-logic rule of a regency's configuration may read (`var` paths), with labels,
// types and the labels of closed value lists, for the rule editor. Derived from the
// configuration with the config package's field catalogue (`readableFields`): the survey's
// criteria (`answers.<id>`, `signs.<id>`, `weights.<id>`), the household facts, the applicant,
// the results (`score`, `category`, `signCount`) and the card tiers held — nothing hard-coded.
import { readableFields, type ReadableField, type RuleScope } from "@satu-atap/config";
import { PERSON_VALUE_LABELS } from "@satu-atap/rules";

type Locale = "id" | "en";
type Text = { id: string; en: string };

export interface RuleFieldOption {
  id: string;
  label: string;
}

export interface RuleField {
  /** The `var` path, e.g. `answers.floor_type` or `household.members`. */
  path: string;
  label: string;
  type: "number" | "boolean" | "choice" | "text" | "date" | "list";
  /** The closed list of values of a `choice` field, with their labels. */
  options?: RuleFieldOption[];
  /** Unit of a number answer (`m² per orang`). */
  unit?: string;
}

/** The parts of a configuration the fields come from, read defensively (a draft may be incomplete). */
interface ConfigLike {
  survey?: {
    criteria?: Array<{ id: string; label: Text; answer: { type: string; options?: Array<{ id: string; label: Text }>; unit?: Text } }>;
    categories?: Array<{ id: string; label: Text }>;
  };
  cardProgrammes?: Array<{ id: string; label: Text; tiers: Array<{ id: string; label: Text }> }>;
  procedure?: { referenceLists?: Array<{ id: string; label: Text }> };
  areas?: { subdistricts?: Array<{ name: string; villages: Array<{ code: string; name: string }> }> };
}

function complete(config: ConfigLike) {
  return {
    survey: { criteria: config.survey?.criteria ?? [], categories: config.survey?.categories ?? [] },
    cardProgrammes: config.cardProgrammes ?? [],
    procedure: { referenceLists: config.procedure?.referenceLists ?? [] },
    areas: { subdistricts: config.areas?.subdistricts ?? [] },
  };
}

/** Labels of the values of a string field, from the configuration where it defines them. */
function valueLabels(path: string, config: ReturnType<typeof complete>): Record<string, Text> {
  const [head = "", ...rest] = path.split(".");
  const key = rest.join(".");
  const entries = (list: Array<{ id: string; label: Text }>) => Object.fromEntries(list.map((item) => [item.id, item.label]));
  switch (head) {
    case "answers": {
      const criterion = config.survey.criteria.find((c) => c.id === key);
      return entries(criterion?.answer.options ?? []);
    }
    case "category":
      return entries(config.survey.categories);
    case "holds":
      return entries(config.cardProgrammes.find((p) => p.id === key)?.tiers ?? []);
    case "household":
      if (key === "referenceSource") return entries(config.procedure.referenceLists);
      if (key === "villageCode") {
        return Object.fromEntries(
          config.areas.subdistricts.flatMap((s) => s.villages.map((v) => [v.code, { id: `${v.name} (${s.name})`, en: `${v.name} (${s.name})` }])),
        );
      }
      return {};
    case "applicant":
      return { ...(Object.hasOwn(PERSON_VALUE_LABELS, key) ? PERSON_VALUE_LABELS[key] : {}) };
    default:
      return {};
  }
}

function fieldOf(field: ReadableField, config: ReturnType<typeof complete>, locale: Locale): RuleField {
  const base = { path: field.path, label: field.label[locale] };
  switch (field.type) {
    case "number": {
      const key = field.path.startsWith("answers.") ? field.path.slice("answers.".length) : undefined;
      const unit = config.survey.criteria.find((c) => c.id === key)?.answer.unit;
      return { ...base, type: "number", ...(unit === undefined ? {} : { unit: unit[locale] }) };
    }
    case "boolean":
      return { ...base, type: "boolean" };
    case "date":
      return { ...base, type: "date" };
    case "array":
      return { ...base, type: "list" };
    case "string": {
      if (field.values === undefined) return { ...base, type: "text" };
      const labels = valueLabels(field.path, config);
      return {
        ...base,
        type: "choice",
        options: field.values.map((id) => ({ id, label: Object.hasOwn(labels, id) ? (labels[id] as Text)[locale] : id })),
      };
    }
  }
}

/**
 * The fields a rule may read, for the rule builder's field picker and the preview's household
 * form, in the page's language. `scope` says where the rule sits (a criterion's sign reads
 * answers and household facts; a tier or a service reads the whole household).
 *
 * @example
 * ruleFields(config, "id", "sign").find((f) => f.path === "answers.floor_type")
 * // { path: "answers.floor_type", label: "Jenis lantai", type: "choice", options: [{ id: "earth", label: "Tanah" }, …] }
 */
export function ruleFields(config: unknown, locale: Locale, scope: RuleScope = "household"): RuleField[] {
  if (typeof config !== "object" || config === null) return [];
  const source = complete(config as ConfigLike);
  let fields: ReadableField[];
  try {
    fields = readableFields(scope, source as Parameters<typeof readableFields>[1]);
  } catch {
    return [];
  }
  return fields.map((field) => fieldOf(field, source, locale));
}

/**
 * Labels for the rules package's describer and explanation (`describeRule`, `explain`), from
 * the fields in one language: the sentence is built in that language only.
 */
export function describerLabels(fields: readonly RuleField[]): Record<string, { label: Text; values?: Record<string, Text> }> {
  const out: Record<string, { label: Text; values?: Record<string, Text> }> = {};
  for (const field of fields) {
    const label = { id: field.label, en: field.label };
    out[field.path] =
      field.options === undefined
        ? { label }
        : { label, values: Object.fromEntries(field.options.map((o) => [o.id, { id: o.label, en: o.label }])) };
  }
  return out;
}
