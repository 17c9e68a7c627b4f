/**
 * JSON Pointers (RFC 6901) into a rule.
 *
 * Convention: the root of the rule is `""`. An operation `{"op": args}` adds the
 * segment `op`; when `args` is an array, argument `i` adds `/i` after it, so the
 * second operand of `{"and": [x, {"<": [a, b]}]}` is `/and/1` and `b` is
 * `/and/1/</1`. When `args` is not an array (the unary shorthand `{"!": x}`),
 * the single argument is the value at `/!` itself. Elements of a literal array
 * add their index. `~` and `/` inside an operator name are escaped as `~0` and `~1`.
 */

/**
 * Escapes one reference token: `~` → `~0`, `/` → `~1`.
 *
 * @example
 * escapeSegment("a/b~c") // "a~1b~0c"
 */
export function escapeSegment(segment: string | number): string {
  return String(segment).replaceAll("~", "~0").replaceAll("/", "~1");
}

/**
 * Appends reference tokens to a pointer.
 *
 * @example
 * childPointer("/and/1", "<", 0) // "/and/1/</0"
 */
export function childPointer(pointer: string, ...segments: ReadonlyArray<string | number>): string {
  let out = pointer;
  for (const segment of segments) out += `/${escapeSegment(segment)}`;
  return out;
}
