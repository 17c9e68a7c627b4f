/**
 * The coercions json-logic-js 2.0 inherits from JavaScript operators.
 *
 * json-logic-js applies `==`, `<`, `-`, … directly to whatever values the
 * arguments evaluate to, so the exact JavaScript coercion rules *are* the
 * specification. TypeScript refuses those operators on `unknown`; the casts
 * below only silence the type checker — at run time the operator sees the
 * original value and coerces it exactly as json-logic-js does.
 */

/**
 * Loose equality, JavaScript `==`.
 *
 * @example
 * looseEquals(1, "1") // true
 * looseEquals(null, 0) // false
 */
export function looseEquals(a: unknown, b: unknown): boolean {
  // eslint-disable-next-line eqeqeq -- loose equality is the reference semantics
  return (a as number) == (b as number);
}

/**
 * JavaScript `<` on any two values (numeric if either side is not a string).
 *
 * @example
 * lessThan("1", 2) // true
 * lessThan("10", "9") // true (string comparison)
 */
export function lessThan(a: unknown, b: unknown): boolean {
  return (a as number) < (b as number);
}

/**
 * JavaScript `<=` on any two values.
 *
 * @example
 * lessOrEqual(null, 0) // true
 */
export function lessOrEqual(a: unknown, b: unknown): boolean {
  return (a as number) <= (b as number);
}

/**
 * JavaScript `>` on any two values.
 *
 * @example
 * greaterThan("2", 1) // true
 */
export function greaterThan(a: unknown, b: unknown): boolean {
  return (a as number) > (b as number);
}

/**
 * JavaScript `>=` on any two values.
 *
 * @example
 * greaterOrEqual([], 0) // true ([] becomes "" then 0)
 */
export function greaterOrEqual(a: unknown, b: unknown): boolean {
  return (a as number) >= (b as number);
}

/**
 * `parseFloat(value)`, which is what json-logic-js's `+` and `*` apply to
 * every operand (and to the running total). For numbers this is the number
 * itself — `String(x)` round-trips every double — except that `-0` prints as
 * `"0"` and so becomes `+0`; the shortcut keeps that quirk.
 *
 * @example
 * toFloat("3.5kg") // 3.5
 * toFloat(true) // NaN
 * Object.is(toFloat(-0), 0) // true
 */
export function toFloat(value: unknown): number {
  if (typeof value === "number") return value === 0 ? 0 : value;
  return parseFloat(value as string);
}

/**
 * json-logic-js `+`: the sum of `parseFloat` of every operand, starting at 0.
 *
 * @example
 * sum(["1", 2, "x"]) // NaN
 * sum([]) // 0
 */
export function sum(values: readonly unknown[]): number {
  let total = 0;
  // Adding the raw number instead of toFloat(number) is exact: the total is never -0.
  for (let i = 0; i < values.length; i++) total += toFloat(values[i]);
  return total;
}

/**
 * json-logic-js `*`: a `reduce` without an initial value, so no operand throws
 * (TypeError, like json-logic-js) and one operand is returned unconverted.
 *
 * @example
 * product(["2", 3]) // 6
 * product(["2"]) // "2"
 */
export function product(values: readonly unknown[]): unknown {
  if (values.length === 0) throw new TypeError("Reduce of empty array with no initial value");
  let result: unknown = values[0];
  for (let i = 1; i < values.length; i++) result = toFloat(result) * toFloat(values[i]);
  return result;
}

/**
 * json-logic-js `-`: negation with one operand, subtraction with two (extra
 * operands are ignored).
 *
 * @example
 * minus("5", undefined) // -5
 * minus(10, "4") // 6
 */
export function minus(a: unknown, b: unknown): number {
  if (b === undefined) return -(a as number);
  return (a as number) - (b as number);
}

/**
 * JavaScript `/`.
 *
 * @example
 * divide(1, 0) // Infinity
 */
export function divide(a: unknown, b: unknown): number {
  return (a as number) / (b as number);
}

/**
 * JavaScript `%`.
 *
 * @example
 * modulo(-7, 2) // -1
 */
export function modulo(a: unknown, b: unknown): number {
  return (a as number) % (b as number);
}

/**
 * json-logic-js `min`: `Math.min` over the operands (so `Infinity` for none).
 *
 * @example
 * minimum(["3", 1]) // 1
 */
export function minimum(values: readonly unknown[]): number {
  return Math.min(...(values as readonly number[]));
}

/**
 * json-logic-js `max`: `Math.max` over the operands (so `-Infinity` for none).
 *
 * @example
 * maximum([null, -1]) // 0
 */
export function maximum(values: readonly unknown[]): number {
  return Math.max(...(values as readonly number[]));
}

/**
 * json-logic-js `cat`: `Array.prototype.join` with `""`, so `null` and
 * `undefined` become empty and nested arrays join with commas.
 *
 * @example
 * concatenate(["a", null, [1, 2]]) // "a1,2"
 */
export function concatenate(values: readonly unknown[]): string {
  return values.join("");
}

/**
 * json-logic-js `substr`: `String.prototype.substr`, with a negative length
 * meaning "drop that many characters from the end" (PHP behaviour).
 *
 * @example
 * substring("jsonlogic", 4, -2) // "log"
 * substring("jsonlogic", -5, undefined) // "logic"
 */
export function substring(source: unknown, start: unknown, length: unknown): string {
  if ((length as number) < 0) {
    const tail = String(source).substr(start as number);
    // `+` here is JavaScript's: a numeric string length concatenates, as in json-logic-js.
    return tail.substr(0, tail.length + (length as number));
  }
  return String(source).substr(start as number, length as number);
}

/**
 * json-logic-js `merge`: one level of flattening, non-arrays appended.
 *
 * @example
 * merge([[1, 2], 3, [[4]]]) // [1, 2, 3, [4]]
 */
export function merge(values: readonly unknown[]): unknown[] {
  let result: unknown[] = [];
  for (let i = 0; i < values.length; i++) result = result.concat(values[i] as unknown[]);
  return result;
}

/**
 * json-logic-js `in`: substring test when the haystack is a string, strict
 * (`indexOf`) membership when it is an array, false for anything without an
 * `indexOf` (falsy values, numbers, booleans, plain objects).
 *
 * Plain objects are only asked for an *own* `indexOf`: json-logic-js would
 * call one inherited from a prototype; JSON data never has one.
 *
 * @example
 * contains("Spring", "Springfield") // true
 * contains(1, ["1"]) // false (strict)
 */
export function contains(needle: unknown, haystack: unknown): boolean {
  if (!haystack) return false;
  if (typeof haystack === "string") return haystack.indexOf(needle as string) !== -1;
  if (Array.isArray(haystack)) return haystack.indexOf(needle) !== -1;
  if (typeof haystack === "object" && Object.hasOwn(haystack, "indexOf")) {
    // json-logic-js calls the property; JSON data can only hold a non-function there.
    if ((haystack as { indexOf?: unknown }).indexOf === undefined) return false;
    throw new TypeError("b.indexOf is not a function");
  }
  return false;
}
