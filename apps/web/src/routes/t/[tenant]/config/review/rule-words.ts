import { describeRule } from "@satu-atap/rules";
import { describerLabels, ruleFields, type RuleField } from "$lib/rules/fields.ts";

type Locale = "id" | "en";

/** The configuration's JSON-logic rules, by their last key (see packages/config/src/schema). */
const RULE_KEYS = new Set(["sign", "qualification", "eligibility", "when", "rule"]);

/**
 * Rules in a change (a criterion's sign, a tier's qualification, a service's eligibility…) as
 * the rule builder's sentence, with the fields' names from this configuration: the review reads
 * "Luas lantai per orang kurang dari 6", not JSON. `null` for anything that is not a rule, or a
 * rule the describer cannot read (the JSON stays behind "details" then).
 */
export function ruleDescriber(content: unknown, locale: Locale): (idPath: string, value: unknown) => string | null {
  const byPath = new Map<string, RuleField>();
  for (const scope of ["household", "sign", "scoring", "classification"] as const) {
    for (const field of ruleFields(content, locale, scope)) if (!byPath.has(field.path)) byPath.set(field.path, field);
  }
  const labels = describerLabels([...byPath.values()]);
  return (idPath, value) => {
    const key = idPath.split("/").pop() ?? "";
    if (!RULE_KEYS.has(key) || value === undefined || value === null || typeof value !== "object") return null;
    try {
      return describeRule(value, labels)[locale];
    } catch {
      return null;
    }
  };
}
