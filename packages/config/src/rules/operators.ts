/**
 * Operators of json-logic-js 2.0, the semantics the rules engine follows.
 * Kept as data so the web rule builder can offer exactly these.
 */
export const JSON_LOGIC_OPERATORS = [
  "==", "===", "!=", "!==", "!", "!!", "or", "and", "?:", "if", "in", "cat", "substr",
  "+", "-", "*", "/", "%", "min", "max", "merge", "var", "missing", "missing_some",
  "<", "<=", ">", ">=", "log", "map", "filter", "reduce", "all", "none", "some",
] as const;

/**
 * Domain operators the rules engine adds on top of json-logic-js:
 * - `age`: `{"age": [birthDate, onDate]}` → whole years between the two ISO dates;
 * - `months_between`: `{"months_between": [fromDate, toDate]}` → whole months;
 * - `count`: `{"count": [array]}` or `{"count": [array, condition]}` → number of
 *   elements (for which `condition`, evaluated per element, is truthy).
 * Their exact semantics belong to `packages/rules`; here they are only names.
 */
export const DOMAIN_OPERATORS = ["age", "months_between", "count"] as const;

/** An operator a configuration rule may use. */
export type RuleOperator = (typeof JSON_LOGIC_OPERATORS)[number] | (typeof DOMAIN_OPERATORS)[number];

const KNOWN = new Set<string>([...JSON_LOGIC_OPERATORS, ...DOMAIN_OPERATORS]);

/** True when `name` is a json-logic-js 2.0 or domain operator. */
export function isKnownOperator(name: string): name is RuleOperator {
  return KNOWN.has(name);
}

/**
 * Operators whose second argument is evaluated once per element of the array
 * given as first argument, with the element as data (so `{"var": ""}` is the
 * element and `{"var": "sex"}` a field of it). `count` behaves the same way.
 */
export const ITERATING_OPERATORS = new Set<string>(["map", "filter", "all", "none", "some", "count"]);

/** Deepest nesting accepted in a rule; deeper rules are refused (they are never hand-written). */
export const MAX_RULE_DEPTH = 64;
