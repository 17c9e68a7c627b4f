// What a JSON-logic rule of a regency's configuration may read (`var` paths), with labels and
// types, for the rule editor. PLACEHOLDER owned by the rule-builder work: it will derive the
// list from the survey's criteria and the household model.

export interface RuleField {
  /** The `var` path, e.g. `answers.floor_type` or `household.members`. */
  path: string;
  label: string;
  type: "number" | "boolean" | "choice" | "text" | "date" | "list";
}

export function ruleFields(_config: unknown, _locale: "id" | "en"): RuleField[] {
  return [];
}
