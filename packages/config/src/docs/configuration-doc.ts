import {
  APPLICANT_FIELDS,
  type CatalogueField,
  DECISION_DATE_FIELD,
  HOUSEHOLD_FIELDS,
  RESULT_FIELDS,
} from "../rules/field-catalogue.ts";
import { ID_PATTERN } from "../schema/common.ts";
import { DOMAIN_OPERATORS, JSON_LOGIC_OPERATORS, MAX_RULE_DEPTH } from "../rules/operators.ts";

type Schema = Record<string, unknown>;

/** One documented field. */
export interface DocField {
  /** Pointer-like path, `*` for any array index, e.g. `/services/*\/desk`. */
  path: string;
  type: string;
  required: boolean;
  description: string;
  /** When the field belongs to one variant of a union, e.g. "`kind` = `cash`". */
  variant?: string;
  example?: string;
}

function isSchema(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function deref(node: Schema, root: Schema): Schema {
  const ref = node.$ref;
  if (typeof ref !== "string" || !ref.startsWith("#/$defs/")) return node;
  const defs = root.$defs;
  const target = isSchema(defs) ? defs[ref.slice("#/$defs/".length)] : undefined;
  if (!isSchema(target)) return node;
  const { $ref: _ignored, ...rest } = node;
  // Local annotations (description, examples) win over the referenced definition's.
  return { ...deref(target, root), ...rest };
}

function typeOf(node: Schema, root: Schema): string {
  const n = deref(node, root);
  if (n["x-json-logic"] === true) return "JSON-logic rule";
  if (n.const !== undefined) return `\`${JSON.stringify(n.const)}\``;
  if (Array.isArray(n.enum)) return n.enum.map((v) => `\`${JSON.stringify(v)}\``).join(" | ");
  const variants = n.oneOf ?? n.anyOf;
  if (Array.isArray(variants)) return variants.filter(isSchema).map((v) => typeOf(v, root)).join(" | ");
  if (Array.isArray(n.prefixItems)) return `[${n.prefixItems.filter(isSchema).map((v) => typeOf(v, root)).join(", ")}]`;
  if (n.type === "array" && isSchema(n.items)) return `array of ${typeOf(n.items, root)}`;
  if (n.type === "object" && isSchema(n.properties) && "id" in n.properties && "en" in n.properties && Object.keys(n.properties).length === 2) {
    return "text {id, en}";
  }
  if (n.type === "object" && isSchema(n.additionalProperties) && n.properties === undefined) {
    return `map of ${typeOf(n.additionalProperties, root)}`;
  }
  if (n.type === "string" && n.pattern === ID_PATTERN.source) return "id";
  const base = typeof n.type === "string" ? n.type : Array.isArray(n.type) ? n.type.join(" | ") : "any";
  const details: string[] = [];
  if (typeof n.format === "string") details.push(n.format);
  else if (typeof n.pattern === "string") details.push(`pattern \`${n.pattern}\``);
  if (typeof n.minimum === "number") details.push(`≥ ${n.minimum}`);
  if (typeof n.exclusiveMinimum === "number") details.push(`> ${n.exclusiveMinimum}`);
  if (typeof n.maximum === "number" && n.maximum < Number.MAX_SAFE_INTEGER) details.push(`≤ ${n.maximum}`);
  return details.length > 0 ? `${base} (${details.join(", ")})` : base;
}

/** Properties whose value is fixed in a variant (`kind`, `type`, `item`): they select it. */
function discriminators(variant: Schema, root: Schema): Array<[string, unknown]> {
  const props = variant.properties;
  if (!isSchema(props)) return [];
  return Object.entries(props).flatMap(([key, value]): Array<[string, unknown]> => {
    const prop = isSchema(value) ? deref(value, root) : undefined;
    return prop !== undefined && prop.const !== undefined ? [[key, prop.const]] : [];
  });
}

function exampleText(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 90 ? `${text.slice(0, 87)}…` : text;
}

/**
 * Lists every field of a JSON Schema, depth first, with its type, whether it
 * is required, its description and an example: the schema's own `examples`,
 * or else the first value found at that path in `sample` (a real configuration).
 */
export function collectFields(root: Schema, sample: unknown): DocField[] {
  const fields: DocField[] = [];
  const visit = (node: Schema, path: string, candidates: unknown[], variant: string | undefined): void => {
    const n = deref(node, root);
    if (n["x-json-logic"] === true) return;
    const variants = n.oneOf ?? n.anyOf;
    if (Array.isArray(variants)) {
      for (const option of variants.filter(isSchema)) {
        const o = deref(option, root);
        const keys = discriminators(o, root);
        const matching = candidates.filter(
          (c) => isSchema(c) && keys.every(([key, value]) => c[key] === value),
        );
        const label = keys.map(([key, value]) => `\`${key}\` = \`${String(value)}\``).join(", ");
        visit(o, path, matching, label === "" ? variant : label);
      }
      return;
    }
    if (n.type === "array" && isSchema(n.items)) {
      visit(n.items, `${path}/*`, candidates.flatMap((c) => (Array.isArray(c) ? c : [])), variant);
      return;
    }
    if (n.type === "object" && isSchema(n.additionalProperties) && n.properties === undefined) {
      const values = candidates.flatMap((c) => (isSchema(c) ? Object.values(c) : []));
      visit(n.additionalProperties, `${path}/{key}`, values, variant);
      return;
    }
    const props = n.properties;
    if (n.type !== "object" || !isSchema(props)) return;
    if (typeOf(n, root) === "text {id, en}") return;
    const required = Array.isArray(n.required) ? n.required : [];
    for (const [key, value] of Object.entries(props)) {
      if (!isSchema(value)) continue;
      const prop = deref(value, root);
      const childPath = `${path}/${key}`;
      const values = candidates.flatMap((c) => (isSchema(c) && c[key] !== undefined ? [c[key]] : []));
      const examples = Array.isArray(prop.examples) ? prop.examples : [];
      const example = examples.length > 0 ? examples[0] : (values.length > 0 ? values[0] : prop.const);
      const description =
        typeof prop.description === "string" ? prop.description : prop.const !== undefined ? "Selects this variant." : "";
      fields.push({
        path: childPath,
        type: typeOf(prop, root),
        required: required.includes(key),
        description,
        ...(variant === undefined ? {} : { variant }),
        ...(example === undefined ? {} : { example: exampleText(example) }),
      });
      visit(prop, childPath, values, variant);
    }
  };
  visit(root, "", [sample], undefined);
  return fields;
}

const VALUE_SOURCES = {
  categories: "ids of `/survey/categories`",
  referenceLists: "ids of `/procedure/referenceLists`",
  villages: "codes of `/areas/subdistricts/*/villages`",
} as const;

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

function catalogueRows(fields: readonly CatalogueField[], prefix = ""): string[] {
  return fields.flatMap((f) => {
    const values = f.values === undefined ? "" : "fixed" in f.values ? f.values.fixed.join(", ") : VALUE_SOURCES[f.values.from];
    const row = `| \`${prefix}${f.path}\` | ${f.type}${f.nullable ? " or null" : ""} | ${cell(f.label.en)} (${cell(f.label.id)}) | ${values} |`;
    return [row, ...(f.items === undefined ? [] : catalogueRows(f.items, `${prefix}${f.path}[].`))];
  });
}

/**
 * The whole `docs/configuration.md`: every field of the schema with its
 * description and an example, and the rule reference (scopes, fields,
 * operators), generated so it cannot drift from the code.
 */
export function renderConfigurationDoc(root: Schema, sample: unknown): string {
  const fields = collectFields(root, sample);
  const sections = new Map<string, DocField[]>();
  for (const field of fields) {
    const top = field.path.split("/")[1] ?? "";
    sections.set(top, [...(sections.get(top) ?? []), field]);
  }
  const lines: string[] = [
    "# Configuration reference",
    "",
    "<!-- Generated by `npm run generate:schema -w @satu-atap/config` (writes this file and the JSON Schema) from the zod",
    "     schema in `packages/config/src/schema`, with examples from `tenants/sragen`. Do not edit by hand: a test fails",
    "     when it is stale. -->",
    "",
    "A regency's configuration is one JSON document (or a folder of JSON files, one per top-level key: `desks.json` holds",
    "the `desks` array, `meta.json` the `meta` object, and so on). Its JSON Schema is",
    "`packages/config/schema/regency-config.schema.json`. Every object is strict: an unknown field is an error.",
    "",
    "`validateConfig` (package `@satu-atap/config`) returns every problem at once, each with a JSON Pointer (RFC 6901)",
    "such as `/services/3/desk`, a code, and an English and Indonesian message. It checks the shape first; when the shape",
    "is right, it checks cross-references (desks, agencies, documents, quotas, card programmes, steps exist; ids, ranks",
    "and codes are unique; area codes start with their parent's code; a proposing level is below the issuing level) and",
    "rules (known operators, one operator per object, depth, readable variables, literal values).",
    "",
    "Paths below use `*` for any array element and `{key}` for any key of a map. *Req.* tells whether the field is",
    "required. Examples are taken from `tenants/sragen` unless the schema gives one.",
    "",
  ];
  for (const [section, sectionFields] of sections) {
    lines.push(`## \`${section}\``, "");
    const top = sectionFields[0];
    if (top !== undefined && top.description !== "") lines.push(top.description, "");
    lines.push("| Field | Type | Req. | Description | Example |", "|---|---|---|---|---|");
    for (const f of sectionFields) {
      const description = f.variant === undefined ? f.description : `(when ${f.variant}) ${f.description}`;
      lines.push(
        `| \`${f.path}\` | ${cell(f.type)} | ${f.required ? "yes" : "no"} | ${cell(description)} | ${f.example === undefined ? "—" : `\`${cell(f.example)}\``} |`,
      );
    }
    lines.push("");
  }
  lines.push(
    "## Rules",
    "",
    "Rules are [JSON-logic](https://jsonlogic.com) values with the operators of json-logic-js 2.0:",
    JSON_LOGIC_OPERATORS.map((o) => `\`${o}\``).join(", "),
    `and the domain operators ${DOMAIN_OPERATORS.map((o) => `\`${o}\``).join(", ")}`,
    '(`{"age": [birthDate, onDate]}` whole years; `{"months_between": [from, to]}` whole months;',
    '`{"count": [array, condition?]}` number of elements, for which the condition holds). An operation is an object with',
    `exactly one key; rules nest at most ${MAX_RULE_DEPTH} levels. A variable is read with \`{"var": "path"}\` (or`,
    '`{"var": ["path", default]}`); its name must be written literally. Inside `map`, `filter`, `all`, `none`, `some` and',
    '`count`, names are relative to the array element (`{"var": ""}` is the element itself, `{"var": "sex"}` a field of',
    "it); inside `reduce`, `current` and `accumulator`. A string compared (`==`, `===`, `!=`, `!==`, `in`) with a field",
    "that has a closed list of values must be one of them.",
    "",
    "### What each rule may read",
    "",
    "| Rule | Scope | Reads |",
    "|---|---|---|",
    "| `/survey/criteria/*/sign` | sign | `answers.<criterionId>`, `household.*`, `decisionDate` |",
    "| `/survey/scoring/rule` | scoring | `signs.<criterionId>` (boolean), `weights.<criterionId>`, `answers.<criterionId>`, `signCount` |",
    "| `/survey/classification/rule` | classification | `score`, `signCount`, `signs.<criterionId>`, `answers.<criterionId>`; must return a category id |",
    "| `/procedure/fastPath/when` | registration | `household.*`, `applicant.*`, `decisionDate` |",
    "| `/services/*/eligibility`, `/cardProgrammes/*/tiers/*/qualification` | household | `category`, `score`, `signCount`, `answers.<criterionId>`, `signs.<criterionId>`, `household.*`, `applicant.*`, `holds.<programmeId>`, `decisionDate` |",
    "",
    "`answers.<criterionId>` is the answer (boolean for yes/no, number, option id for a choice, string for text; null",
    "when not asked). `signs.<criterionId>` is the result of the criterion's `sign` rule. `holds.<programmeId>` is the",
    "id of the tier the household (or applicant) holds in that programme, or null. `category` is the survey",
    "classification, or on the fast path the category recorded in the reference list; a verifier's justified override",
    "replaces it. Tiers are tried in `rank` order and the first whose rule holds is given.",
    "",
    "### Household context fields",
    "",
    "| Path | Type | Meaning | Values |",
    "|---|---|---|---|",
    ...catalogueRows([...RESULT_FIELDS, ...HOUSEHOLD_FIELDS, ...APPLICANT_FIELDS, DECISION_DATE_FIELD]),
    "",
    "## Issue codes",
    "",
    "Shape: `invalid_type`, `unrecognized_keys` (one issue per unknown field, pointing at it), `invalid_value`,",
    "`invalid_format`, `invalid_union`, `too_small`, `too_big`, `custom`. Sources: `malformed_json` (with file, line and",
    "column), `unreadable_source`. Cross-references: `unknown_reference`, `duplicate_id`, `duplicate_rank`,",
    "`duplicate_order`, `inconsistent_value`, `area_code_mismatch`. Rules: `rule_unknown_operator`,",
    "`rule_invalid_operation`, `rule_too_deep`, `rule_unknown_variable`, `rule_dynamic_variable`, `rule_unknown_value`.",
    "",
  );
  return lines.join("\n");
}

/** Paths of fields that have no example (neither in the schema nor in the sample). */
export function fieldsWithoutExample(root: Schema, sample: unknown): string[] {
  return collectFields(root, sample)
    .filter((f) => f.example === undefined)
    .map((f) => f.path);
}
