// JSON Patch (RFC 6902) operations of only what changed between two JSON values: an editor
// builds the new value from the form, and saves the difference through `patchDraft`.

export type DiffOperation = { op: "add" | "replace"; path: string; value: unknown } | { op: "remove"; path: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A JSON Pointer segment, escaped (`~` → `~0`, `/` → `~1`). */
export function pointerSegment(segment: string | number): string {
  return String(segment).replaceAll("~", "~0").replaceAll("/", "~1");
}

/** Deep equality of JSON values. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a).filter((key) => a[key] !== undefined);
    const other = Object.keys(b).filter((key) => b[key] !== undefined);
    return keys.length === other.length && keys.every((key) => sameJson(a[key], b[key]));
  }
  return false;
}

/**
 * The operations that turn `before` into `after` at `path`: objects are compared key by key
 * (a key set to `undefined` is removed); arrays and scalars that differ are replaced whole.
 *
 * @example
 * diffOps({ days: 365, renewable: true }, { days: 30, renewable: true }, "/services/1/validity")
 * // → [{ op: "replace", path: "/services/1/validity/days", value: 30 }]
 */
export function diffOps(before: unknown, after: unknown, path: string): DiffOperation[] {
  if (sameJson(before, after)) return [];
  if (after === undefined) return before === undefined ? [] : [{ op: "remove", path }];
  if (before === undefined) return [{ op: "add", path, value: after }];
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].flatMap((key) => diffOps(before[key], after[key], `${path}/${pointerSegment(key)}`));
  }
  return [{ op: "replace", path, value: after }];
}
