/**
 * `var` lookups, prototype-safe.
 *
 * json-logic-js descends with `data[key]`, so `{"var": "constructor"}` returns
 * `Object`, and `"toString"` a function. Here only *own* properties are read
 * (`Object.hasOwn`), so such names resolve to the default (or `null`). Own
 * properties of strings (`length`, indices) and arrays still work, as they do
 * in json-logic-js.
 */

/**
 * The own property `key` of `container`, or `undefined` when it has none
 * (inherited members included). Accepts primitives: `ownValue("abc", "length")` is 3.
 *
 * @example
 * ownValue({ a: 1 }, "a") // 1
 * ownValue({}, "toString") // undefined
 */
export function ownValue(container: unknown, key: string): unknown {
  if (container === null || container === undefined) return undefined;
  if (!Object.hasOwn(container as object, key)) return undefined;
  return (container as Record<string, unknown>)[key];
}

/**
 * The segments of a `var` name: json-logic-js splits `String(name)` on dots,
 * so `1` is `["1"]` and `"a.b"` is `["a", "b"]`.
 *
 * @example
 * splitVarPath("household.members.0") // ["household", "members", "0"]
 */
export function splitVarPath(name: unknown): string[] {
  return String(name).split(".");
}

/**
 * True when a `var` name means "the whole data": `undefined`, `null` or `""`.
 *
 * @example
 * isWholeDataName("") // true
 * isWholeDataName(0) // false
 */
export function isWholeDataName(name: unknown): boolean {
  return name === undefined || name === null || name === "";
}

/**
 * Follows pre-split path segments through `data`; `notFound` when a step is
 * missing, `undefined`, or crosses `null`/`undefined`.
 *
 * @example
 * lookupPath({ a: { b: 0 } }, ["a", "b"], null) // 0
 * lookupPath({ a: null }, ["a", "b"], "none") // "none"
 */
export function lookupPath(data: unknown, path: readonly string[], notFound: unknown): unknown {
  let current = data;
  for (let i = 0; i < path.length; i++) {
    if (current === null || current === undefined) return notFound;
    current = ownValue(current, path[i] as string);
    if (current === undefined) return notFound;
  }
  return current;
}

/**
 * json-logic-js `var` on already-evaluated arguments: the whole data for an
 * empty name, else the dotted path, else the default (`null` when absent).
 *
 * @example
 * lookupVar({ a: [10, 20] }, "a.1", undefined) // 20
 * lookupVar({}, "x", 5) // 5
 */
export function lookupVar(data: unknown, name: unknown, fallback: unknown): unknown {
  const notFound = fallback === undefined ? null : fallback;
  if (isWholeDataName(name)) return data;
  return lookupPath(data, splitVarPath(name), notFound);
}
