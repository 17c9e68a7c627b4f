/** Escapes one JSON Pointer reference token (RFC 6901): `~` → `~0`, `/` → `~1`. */
export function escapePointerSegment(segment: string | number): string {
  return String(segment).replaceAll("~", "~0").replaceAll("/", "~1");
}

/**
 * A JSON Pointer (RFC 6901) from path segments; `[]` is the whole document `""`.
 *
 * @example
 * toPointer(["services", 3, "desk"]) // "/services/3/desk"
 */
export function toPointer(segments: readonly PropertyKey[]): string {
  return segments.map((s) => `/${escapePointerSegment(typeof s === "symbol" ? s.toString() : s)}`).join("");
}

/** Appends segments to a pointer. */
export function childPointer(pointer: string, ...segments: ReadonlyArray<string | number>): string {
  return pointer + segments.map((s) => `/${escapePointerSegment(s)}`).join("");
}
