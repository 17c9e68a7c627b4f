import type { LocalizedText } from "../schema/common.ts";
import type { RegencyConfig } from "../schema/regency-config.ts";
import type { Answer } from "../schema/survey.ts";
import {
  APPLICANT_FIELDS,
  type CatalogueField,
  DECISION_DATE_FIELD,
  type FieldType,
  HOUSEHOLD_FIELDS,
  RESULT_FIELDS,
  type RuleScope,
} from "./field-catalogue.ts";

/** A field a rule may read, with its allowed values resolved against a configuration. */
export interface ReadableField {
  readonly path: string;
  readonly type: FieldType;
  readonly nullable: boolean;
  readonly label: LocalizedText;
  /** Allowed values of a string field, when they form a closed list. */
  readonly values?: readonly string[];
  /** Fields of each element, for arrays. */
  readonly items?: readonly ReadableField[];
}

/** The parts of a configuration the catalogue depends on. */
export type FieldSourceConfig = Pick<RegencyConfig, "survey" | "cardProgrammes" | "procedure" | "areas">;

function answerType(answer: Answer): FieldType {
  switch (answer.type) {
    case "yes-no":
      return "boolean";
    case "number":
      return "number";
    case "choice":
    case "text":
      return "string";
  }
}

function resolve(field: CatalogueField, config: FieldSourceConfig): ReadableField {
  const { values, items, ...rest } = field;
  let resolved: readonly string[] | undefined;
  if (values !== undefined) {
    if ("fixed" in values) resolved = values.fixed;
    else if (values.from === "categories") resolved = config.survey.categories.map((c) => c.id);
    else if (values.from === "referenceLists") resolved = config.procedure.referenceLists.map((l) => l.id);
    else resolved = config.areas.subdistricts.flatMap((s) => s.villages.map((v) => v.code));
  }
  return {
    ...rest,
    ...(resolved === undefined ? {} : { values: resolved }),
    ...(items === undefined ? {} : { items: items.map((item) => resolve(item, config)) }),
  };
}

function answerFields(config: FieldSourceConfig): ReadableField[] {
  return config.survey.criteria.map((criterion) => ({
    path: `answers.${criterion.id}`,
    type: answerType(criterion.answer),
    nullable: true,
    label: criterion.label,
    ...(criterion.answer.type === "choice" ? { values: criterion.answer.options.map((o) => o.id) } : {}),
  }));
}

function signFields(config: FieldSourceConfig): ReadableField[] {
  return config.survey.criteria.map((criterion) => ({
    path: `signs.${criterion.id}`,
    type: "boolean",
    nullable: false,
    label: { id: `Tanda: ${criterion.label.id}`, en: `Sign: ${criterion.label.en}` },
  }));
}

function weightFields(config: FieldSourceConfig): ReadableField[] {
  return config.survey.criteria.map((criterion) => ({
    path: `weights.${criterion.id}`,
    type: "number",
    nullable: false,
    label: { id: `Bobot: ${criterion.label.id}`, en: `Weight: ${criterion.label.en}` },
  }));
}

function holdsFields(config: FieldSourceConfig): ReadableField[] {
  return config.cardProgrammes.map((programme) => ({
    path: `holds.${programme.id}`,
    type: "string",
    nullable: true,
    label: { id: `Tingkat kartu ${programme.label.id} yang dimiliki`, en: `${programme.label.en} tier held` },
    values: programme.tiers.map((tier) => tier.id),
  }));
}

/**
 * The fields a rule in `scope` may read, for one configuration: the static
 * household catalogue plus the fields the configuration defines
 * (`answers.<criterionId>`, `signs.<criterionId>`, `weights.<criterionId>`,
 * `holds.<programmeId>`). The rules engine builds its context with exactly
 * these paths; the web rule builder offers exactly these.
 *
 * @example
 * readableFields("classification", config).map((f) => f.path)
 * // ["score", "signCount", "signs.floor_area_per_person", …, "answers.floor_area_per_person", …]
 */
export function readableFields(scope: RuleScope, config: FieldSourceConfig): ReadableField[] {
  const r = (fields: readonly CatalogueField[]): ReadableField[] => fields.map((f) => resolve(f, config));
  const score = RESULT_FIELDS.filter((f) => f.path !== "category");
  switch (scope) {
    case "sign":
      return [...answerFields(config), ...r(HOUSEHOLD_FIELDS), ...r([DECISION_DATE_FIELD])];
    case "scoring":
      return [
        ...signFields(config),
        ...weightFields(config),
        ...answerFields(config),
        ...r(RESULT_FIELDS.filter((f) => f.path === "signCount")),
      ];
    case "classification":
      return [...r(score), ...signFields(config), ...answerFields(config)];
    case "registration":
      return [...r(HOUSEHOLD_FIELDS), ...r(APPLICANT_FIELDS), ...r([DECISION_DATE_FIELD])];
    case "household":
      return [
        ...r(RESULT_FIELDS),
        ...answerFields(config),
        ...signFields(config),
        ...r(HOUSEHOLD_FIELDS),
        ...r(APPLICANT_FIELDS),
        ...holdsFields(config),
        ...r([DECISION_DATE_FIELD]),
      ];
  }
}
