import { ageInYears, monthsBetween } from "../domain-operators.ts";
import {
  concatenate,
  contains,
  divide,
  greaterOrEqual,
  greaterThan,
  lessOrEqual,
  lessThan,
  looseEquals,
  maximum,
  merge,
  minimum,
  minus,
  modulo,
  product,
  substring,
  sum,
} from "./coerce.ts";
import { truthy } from "./truthy.ts";

/** An operation whose arguments are all evaluated first, in order, and that does not read the data. */
export type EagerOperation = (args: readonly unknown[]) => unknown;

/**
 * json-logic-js `log`: prints the value with `console.log` and returns it.
 *
 * @example
 * logValue(3) // prints 3, returns 3
 */
export function logValue(value: unknown): unknown {
  console.log(value);
  return value;
}

/**
 * `<` and `<=` take a third operand as "between": `a < b && b < c` (the third
 * operand is evaluated even when the first comparison fails, as all operands are).
 */
function between(compare: (a: unknown, b: unknown) => boolean): EagerOperation {
  return (args) => {
    const c = args[2];
    return c === undefined ? compare(args[0], args[1]) : compare(args[0], args[1]) && compare(args[1], c);
  };
}

/**
 * The data-independent operations of json-logic-js 2.0 plus the domain
 * operators `age` and `months_between`, by name. A `Map`, so an operator
 * called `constructor` or `__proto__` is simply absent.
 *
 * @example
 * EAGER_OPERATIONS.get("+")?.([1, "2"]) // 3
 */
export const EAGER_OPERATIONS: ReadonlyMap<string, EagerOperation> = new Map<string, EagerOperation>([
  ["==", (args) => looseEquals(args[0], args[1])],
  ["===", (args) => args[0] === args[1]],
  ["!=", (args) => !looseEquals(args[0], args[1])],
  ["!==", (args) => args[0] !== args[1]],
  [">", (args) => greaterThan(args[0], args[1])],
  [">=", (args) => greaterOrEqual(args[0], args[1])],
  ["<", between(lessThan)],
  ["<=", between(lessOrEqual)],
  ["!!", (args) => truthy(args[0])],
  ["!", (args) => !truthy(args[0])],
  ["%", (args) => modulo(args[0], args[1])],
  ["log", (args) => logValue(args[0])],
  ["in", (args) => contains(args[0], args[1])],
  ["cat", (args) => concatenate(args)],
  ["substr", (args) => substring(args[0], args[1], args[2])],
  ["+", (args) => sum(args)],
  ["*", (args) => product(args)],
  ["-", (args) => minus(args[0], args[1])],
  ["/", (args) => divide(args[0], args[1])],
  ["min", (args) => minimum(args)],
  ["max", (args) => maximum(args)],
  ["merge", (args) => merge(args)],
  ["age", (args) => ageInYears(args[0], args[1])],
  ["months_between", (args) => monthsBetween(args[0], args[1])],
]);

/** Operators that control evaluation of their own arguments (lazily, or per array element). */
export const SPECIAL_FORMS: ReadonlySet<string> = new Set([
  "if", "?:", "and", "or", "filter", "map", "reduce", "all", "none", "some", "count",
]);

/** Operators evaluated eagerly but reading the data: `var`, `missing`, `missing_some`. */
export const DATA_OPERATIONS: ReadonlySet<string> = new Set(["var", "missing", "missing_some"]);

/**
 * The single operator of a rule object, or `undefined` when the value is not
 * an operation (json-logic-js: an object — not an array, not null — with
 * exactly one own enumerable key; anything else is returned as data).
 *
 * @example
 * operatorOf({ "var": "a" }) // "var"
 * operatorOf({ a: 1, b: 2 }) // undefined
 */
export function operatorOf(rule: unknown): string | undefined {
  if (typeof rule !== "object" || rule === null || Array.isArray(rule)) return undefined;
  const keys = Object.keys(rule);
  return keys.length === 1 ? keys[0] : undefined;
}

/**
 * The arguments of an operation as json-logic-js sees them: the value under
 * the operator, wrapped in an array unless it already is one.
 *
 * @example
 * operandsOf({ "var": "a" }, "var") // ["a"]
 */
export function operandsOf(rule: object, operator: string): readonly unknown[] {
  const raw: unknown = (rule as Record<string, unknown>)[operator];
  return Array.isArray(raw) ? raw : [raw];
}
