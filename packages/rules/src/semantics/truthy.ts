/**
 * JSON-logic truthiness (jsonlogic.com/truthy), as json-logic-js 2.0 defines
 * it: JavaScript truthiness, except that an empty array is falsy.
 *
 * @example
 * truthy([]) // false
 * truthy("0") // true
 * truthy(0) // false
 */
export function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length !== 0;
  return !!value;
}
