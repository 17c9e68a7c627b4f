/**
 * A small RFC 6902 JSON Patch applier (add, remove, replace, move, copy, test) over
 * RFC 6901 JSON Pointers. Pure: it never mutates its input, and it either applies
 * every operation or reports the first one that fails (by its index), all or nothing.
 */

export type JsonPatchOperation =
  | { op: "add" | "replace" | "test"; path: string; value: unknown }
  | { op: "remove"; path: string }
  | { op: "move" | "copy"; from: string; path: string };

export type JsonPatchResult =
  | { ok: true; document: unknown }
  | { ok: false; index: number; message: string };

class PatchError extends Error {}

/** Parses a JSON Pointer into its unescaped segments; `""` is the whole document. */
export function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new PatchError(`"${pointer}" is not a JSON Pointer (must start with "/")`);
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => {
      if (/~[^01]|~$/.test(segment)) throw new PatchError(`"${pointer}" has an invalid escape`);
      return segment.replaceAll("~1", "/").replaceAll("~0", "~");
    });
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === "object" && value !== null;
}

function arrayIndex(segment: string, length: number, forInsert: boolean): number {
  if (forInsert && segment === "-") return length;
  if (!/^(0|[1-9]\d*)$/.test(segment)) throw new PatchError(`"${segment}" is not an array index`);
  const index = Number(segment);
  if (index > length || (!forInsert && index === length)) throw new PatchError(`index ${index} is out of bounds`);
  return index;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return isContainer(value) && !Array.isArray(value);
}

function hasOwn(object: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** The value at `segments`, or a PatchError when the path does not exist. */
function get(document: unknown, segments: readonly string[]): unknown {
  let current = document;
  for (const segment of segments) {
    if (Array.isArray(current)) current = current[arrayIndex(segment, current.length, false)];
    else if (isObject(current) && hasOwn(current, segment)) current = current[segment];
    else throw new PatchError(`path does not exist`);
  }
  return current;
}

/** The container holding the last segment, and that segment. */
function parentOf(document: unknown, segments: readonly string[]): { parent: Container; key: string } {
  const key = segments.at(-1);
  if (key === undefined) throw new PatchError("the whole document has no parent");
  const parent = get(document, segments.slice(0, -1));
  if (!isContainer(parent)) throw new PatchError("the parent of the path is not an object or array");
  return { parent, key };
}

function add(document: unknown, segments: readonly string[], value: unknown): unknown {
  if (segments.length === 0) return value;
  const { parent, key } = parentOf(document, segments);
  if (Array.isArray(parent)) parent.splice(arrayIndex(key, parent.length, true), 0, value);
  else if (key === "__proto__") throw new PatchError(`"__proto__" is not an allowed key`);
  else parent[key] = value;
  return document;
}

function remove(document: unknown, segments: readonly string[]): unknown {
  if (segments.length === 0) throw new PatchError("cannot remove the whole document");
  const { parent, key } = parentOf(document, segments);
  if (Array.isArray(parent)) parent.splice(arrayIndex(key, parent.length, false), 1);
  else if (hasOwn(parent, key)) delete parent[key];
  else throw new PatchError("path does not exist");
  return document;
}

/** Structural equality of JSON values (object key order does not matter). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => hasOwn(b, key) && jsonEqual(a[key], b[key]));
}

function applyOne(document: unknown, operation: JsonPatchOperation): unknown {
  const path = parsePointer(operation.path);
  switch (operation.op) {
    case "add":
      return add(document, path, structuredClone(operation.value));
    case "remove":
      return remove(document, path);
    case "replace":
      get(document, path);
      return add(segmentsRemoved(document, path), path, structuredClone(operation.value));
    case "move": {
      if (operation.path !== operation.from && operation.path.startsWith(`${operation.from}/`)) {
        throw new PatchError("cannot move a value into one of its own children");
      }
      const from = parsePointer(operation.from);
      const value = get(document, from);
      return add(remove(document, from), path, value);
    }
    case "copy":
      return add(document, path, structuredClone(get(document, parsePointer(operation.from))));
    case "test":
      if (!jsonEqual(get(document, path), operation.value)) throw new PatchError("test failed: the value differs");
      return document;
  }
}

// `replace` = remove then add at the same place (for arrays: same index, not an insert after it).
function segmentsRemoved(document: unknown, path: readonly string[]): unknown {
  return path.length === 0 ? document : remove(document, path);
}

/**
 * Applies `operations` to a copy of `document`.
 *
 * @example
 * applyJsonPatch({ a: [1] }, [{ op: "add", path: "/a/-", value: 2 }]); // { ok: true, document: { a: [1, 2] } }
 */
export function applyJsonPatch(document: unknown, operations: readonly JsonPatchOperation[]): JsonPatchResult {
  let current = structuredClone(document);
  for (const [index, operation] of operations.entries()) {
    try {
      current = applyOne(current, operation);
    } catch (error) {
      if (error instanceof PatchError) return { ok: false, index, message: error.message };
      throw error;
    }
  }
  return { ok: true, document: current };
}
