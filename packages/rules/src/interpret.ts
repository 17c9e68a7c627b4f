import { countItems } from "./domain-operators.ts";
import { unknownOperatorError } from "./rule-types.ts";
import { EAGER_OPERATIONS, lookupVar, operandsOf, operatorOf, truthy } from "./semantics/index.ts";

/**
 * Evaluates a JSON-logic rule against data with json-logic-js 2.0 semantics
 * (plus the domain operators `age`, `months_between` and `count`), by walking
 * the rule tree. Neither the rule nor the data is modified; `var` reads only
 * own properties. Unknown operators throw a {@link RuleError} when (and only
 * when) they are reached, as json-logic-js throws at that point.
 *
 * @example
 * evaluate({ "if": [{ ">=": [{ "var": "score" }, 13] }, "very-poor", "other"] }, { score: 14 }) // "very-poor"
 * evaluate({ "count": [{ "var": "members" }, { "<": [{ "var": "age" }, 18] }] }, { members: [{ age: 9 }, { age: 40 }] }) // 1
 */
export function evaluate(rule: unknown, data?: unknown): unknown {
  if (Array.isArray(rule)) {
    const out = new Array<unknown>(rule.length);
    for (let i = 0; i < rule.length; i++) out[i] = evaluate(rule[i], data);
    return out;
  }
  const operator = operatorOf(rule);
  if (operator === undefined) return rule;
  const args = operandsOf(rule as object, operator);

  switch (operator) {
    case "if":
    case "?:": {
      let i = 0;
      for (; i < args.length - 1; i += 2) {
        if (truthy(evaluate(args[i], data))) return evaluate(args[i + 1], data);
      }
      return args.length === i + 1 ? evaluate(args[i], data) : null;
    }
    case "and": {
      let current: unknown;
      for (let i = 0; i < args.length; i++) {
        current = evaluate(args[i], data);
        if (!truthy(current)) return current;
      }
      return current;
    }
    case "or": {
      let current: unknown;
      for (let i = 0; i < args.length; i++) {
        current = evaluate(args[i], data);
        if (truthy(current)) return current;
      }
      return current;
    }
    case "filter": {
      const items = evaluate(args[0], data);
      if (!Array.isArray(items)) return [];
      const logic = args[1];
      return items.filter((item) => truthy(evaluate(logic, item)));
    }
    case "map": {
      const items = evaluate(args[0], data);
      if (!Array.isArray(items)) return [];
      const logic = args[1];
      return items.map((item) => evaluate(logic, item));
    }
    case "reduce": {
      const items = evaluate(args[0], data);
      const logic = args[1];
      const initial = args[2] !== undefined ? evaluate(args[2], data) : null;
      if (!Array.isArray(items)) return initial;
      let accumulator = initial;
      for (let i = 0; i < items.length; i++) {
        accumulator = evaluate(logic, { current: items[i], accumulator });
      }
      return accumulator;
    }
    case "all":
    case "none":
    case "some": {
      const items = evaluate(args[0], data);
      if (!Array.isArray(items) || items.length === 0) return operator === "none";
      const logic = args[1];
      for (let i = 0; i < items.length; i++) {
        const hit = truthy(evaluate(logic, items[i]));
        if (operator === "all" ? !hit : hit) return operator === "some";
      }
      return operator !== "some";
    }
    case "count": {
      const items = evaluate(args[0], data);
      if (args.length < 2) return countItems(items);
      if (!Array.isArray(items)) return 0;
      const logic = args[1];
      let n = 0;
      for (let i = 0; i < items.length; i++) if (truthy(evaluate(logic, items[i]))) n++;
      return n;
    }
  }

  // Every other operator evaluates all its arguments first, in order, as json-logic-js does.
  const values = new Array<unknown>(args.length);
  for (let i = 0; i < args.length; i++) values[i] = evaluate(args[i], data);

  switch (operator) {
    case "var":
      return lookupVar(data, values[0], values[1]);
    case "missing":
      return missing(values, data);
    case "missing_some":
      return missingSome(values[0], values[1], data);
  }
  const operation = EAGER_OPERATIONS.get(operator);
  if (operation === undefined) throw unknownOperatorError(operator);
  return operation(values);
}

/**
 * json-logic-js `missing` on evaluated arguments: the keys whose `var` is
 * `null` or `""`. A single array argument is the list of keys. Each key is
 * looked up as json-logic-js does, by evaluating `{"var": key}` — so a key
 * that is itself an array or an operation object is interpreted as such.
 *
 * @example
 * missing(["a", "b"], { a: 1 }) // ["b"]
 * missing([["a", "b"]], { b: "" }) // ["a", "b"]
 */
export function missing(values: readonly unknown[], data: unknown): unknown[] {
  const first = values[0];
  const keys: readonly unknown[] = Array.isArray(first) ? first : values;
  const result: unknown[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const value =
      typeof key === "object" && key !== null ? evaluate({ var: key }, data) : lookupVar(data, key, undefined);
    if (value === null || value === "") result.push(key);
  }
  return result;
}

/**
 * json-logic-js `missing_some` on evaluated arguments: `[]` when at least
 * `needed` of `options` are present, else the missing ones. Like
 * json-logic-js it re-evaluates `{"missing": options}` and reads
 * `options.length` (so `null` options throw a TypeError, as there).
 *
 * @example
 * missingSome(1, ["a", "b"], { b: 2 }) // []
 * missingSome(2, ["a", "b"], { b: 2 }) // ["a"]
 */
export function missingSome(needed: unknown, options: unknown, data: unknown): unknown {
  const areMissing = evaluate({ missing: options }, data) as unknown[];
  if (options === null || options === undefined) {
    throw new TypeError(`Cannot read properties of ${String(options)} (reading 'length')`);
  }
  const length = (options as { length?: unknown }).length;
  return (length as number) - areMissing.length >= (needed as number) ? [] : areMissing;
}
