import type { LocalizedText } from "@satu-atap/config";

/**
 * A field's words: its label, and labels of its closed list of values (e.g.
 * the option labels of a choice answer), so `{"==": [{"var": "answers.floor_type"}, "earth"]}`
 * reads "Jenis lantai adalah Tanah" instead of `"earth"`.
 */
export interface FieldLabel {
  readonly label: LocalizedText;
  readonly values?: Readonly<Record<string, LocalizedText>>;
  /** Words of each element's fields, for array fields (paths relative to the element). */
  readonly items?: RuleLabels;
}

/**
 * A field with its label, as in the config package's `ReadableField[]`
 * (which is accepted as is), optionally with value labels.
 */
export interface LabelledField {
  readonly path: string;
  readonly label: LocalizedText;
  readonly valueLabels?: Readonly<Record<string, LocalizedText>>;
  readonly items?: readonly LabelledField[];
}

/**
 * Field names for explanations: `readableFields(scope, config)` (or any
 * `LabelledField[]`), or a map from the dotted path to a label or a {@link FieldLabel}.
 *
 * @example
 * const labels: RuleLabels = { "answers.floor_area_per_person": { id: "Luas lantai per orang", en: "Floor area per person" } };
 */
export type RuleLabels = readonly LabelledField[] | Readonly<Record<string, LocalizedText | FieldLabel>>;

/** Labels in lookup form. */
export interface LabelEntry {
  readonly label: LocalizedText;
  readonly values?: Readonly<Record<string, LocalizedText>>;
  readonly items?: LabelMap;
}
export type LabelMap = ReadonlyMap<string, LabelEntry>;

function isLocalizedText(value: unknown): value is LocalizedText {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.hasOwn(value, "id") &&
    Object.hasOwn(value, "en") &&
    typeof (value as { id: unknown }).id === "string" &&
    typeof (value as { en: unknown }).en === "string"
  );
}

/**
 * Turns any {@link RuleLabels} form into a lookup map.
 *
 * @example
 * labelMap([{ path: "score", label: { id: "Skor", en: "Score" } }]).get("score")?.label.en // "Score"
 */
export function labelMap(labels: RuleLabels | undefined): LabelMap {
  const map = new Map<string, LabelEntry>();
  if (labels === undefined) return map;
  if (Array.isArray(labels)) {
    for (const field of labels as readonly LabelledField[]) {
      map.set(field.path, {
        label: field.label,
        ...(field.valueLabels === undefined ? {} : { values: field.valueLabels }),
        ...(field.items === undefined ? {} : { items: labelMap(field.items) }),
      });
    }
    return map;
  }
  const record = labels as Readonly<Record<string, LocalizedText | FieldLabel>>;
  for (const path of Object.keys(record)) {
    const entry = record[path];
    if (entry === undefined) continue;
    if (isLocalizedText(entry)) {
      map.set(path, { label: entry });
    } else {
      map.set(path, {
        label: entry.label,
        ...(entry.values === undefined ? {} : { values: entry.values }),
        ...(entry.items === undefined ? {} : { items: labelMap(entry.items) }),
      });
    }
  }
  return map;
}
