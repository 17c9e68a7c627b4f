/**
 * Identity paths: like a JSON Pointer, but an element of an array of
 * identified objects is addressed by its identity, not its index:
 * `/services[id=rusela]/validity/days`,
 * `/areas/subdistricts[code=33.14.01]/villages[code=33.14.01.2001]/name`.
 * Reordering or inserting elements never changes an element's identity path,
 * which is what a three-way merge needs. Escapes inside a segment: `~` → `~0`,
 * `/` → `~1` (as RFC 6901), `[` → `~2`, `]` → `~3`.
 */

/** The fields an array element may be identified by, in order of preference. */
export const IDENTITY_FIELDS = ["id", "code"] as const;

/** A field an array element is identified by. */
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

/** One step of an identity path: an object property, or the array element with a given identity. */
export type IdStep =
  | { readonly kind: "prop"; readonly key: string }
  | { readonly kind: "match"; readonly field: IdentityField; readonly value: string };

type JsonObject = Record<string, unknown>;

/** True for a plain (non-array) object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function escapeToken(token: string): string {
  return token.replaceAll("~", "~0").replaceAll("/", "~1").replaceAll("[", "~2").replaceAll("]", "~3");
}

function unescapeToken(token: string): string {
  return token.replace(/~([0-3])/g, (_, d: string) => ["~", "/", "[", "]"][Number(d)] ?? "");
}

/**
 * The identity path text of some steps; `[]` is the whole document `""`.
 *
 * @example
 * formatIdPath([{ kind: "prop", key: "services" }, { kind: "match", field: "id", value: "rusela" }])
 * // "/services[id=rusela]"
 */
export function formatIdPath(steps: readonly IdStep[]): string {
  let text = "";
  for (const step of steps) {
    if (step.kind === "prop") text += `/${escapeToken(step.key)}`;
    else {
      const previous = text.length === 0 || text.endsWith("]") ? "/" : "";
      text += `${previous}[${step.field}=${escapeToken(step.value)}]`;
    }
  }
  return text;
}

const SEGMENT = /^([^[\]]*)((?:\[(?:id|code)=[^[\]]*\])*)$/;
const SELECTOR = /\[(id|code)=([^[\]]*)\]/g;

/**
 * The steps of an identity path, or `undefined` when the text is not one.
 *
 * @example
 * parseIdPath("/services[id=rusela]/validity")
 * // [{ kind: "prop", key: "services" }, { kind: "match", field: "id", value: "rusela" }, { kind: "prop", key: "validity" }]
 */
export function parseIdPath(path: string): IdStep[] | undefined {
  if (path === "") return [];
  if (!path.startsWith("/")) return undefined;
  const steps: IdStep[] = [];
  for (const segment of path.slice(1).split("/")) {
    const parts = SEGMENT.exec(segment);
    if (parts === null) return undefined;
    const name = parts[1] ?? "";
    const selectors = parts[2] ?? "";
    if (name !== "" || selectors === "") steps.push({ kind: "prop", key: unescapeToken(name) });
    for (const match of selectors.matchAll(SELECTOR)) {
      const field = match[1] === "code" ? "code" : "id";
      steps.push({ kind: "match", field, value: unescapeToken(match[2] ?? "") });
    }
  }
  return steps;
}

/**
 * The field identifying the elements of an array, when every element is an
 * object with a distinct string value for it (`id` preferred, then `code`);
 * `undefined` for other arrays, which are compared as whole values. Pass
 * several arrays (e.g. both sides of a diff) to require it of all of them.
 *
 * @example
 * identityField([{ id: "a" }, { id: "b" }]) // "id"
 * identityField([1, 2]) // undefined
 */
export function identityField(...arrays: ReadonlyArray<readonly unknown[]>): IdentityField | undefined {
  if (arrays.every((array) => array.length === 0)) return undefined;
  for (const field of IDENTITY_FIELDS) {
    if (arrays.every((array) => hasDistinct(array, field))) return field;
  }
  return undefined;
}

function hasDistinct(array: readonly unknown[], field: string): boolean {
  const seen = new Set<string>();
  for (const element of array) {
    if (!isObject(element)) return false;
    const value = element[field];
    if (typeof value !== "string" || seen.has(value)) return false;
    seen.add(value);
  }
  return true;
}

/** Index of the element whose `field` is `value`, or -1. */
export function indexOfIdentity(array: readonly unknown[], field: IdentityField, value: string): number {
  return array.findIndex((element) => isObject(element) && element[field] === value);
}

/**
 * The value at an identity path in a document, or `undefined` when it is absent.
 *
 * @example
 * resolveIdPath({ services: [{ id: "rusela", validity: { days: 30 } }] }, "/services[id=rusela]/validity/days") // 30
 */
export function resolveIdPath(document: unknown, path: string | readonly IdStep[]): unknown {
  const steps = typeof path === "string" ? parseIdPath(path) : path;
  if (steps === undefined) return undefined;
  let current: unknown = document;
  for (const step of steps) {
    if (step.kind === "prop") {
      if (!isObject(current) || !Object.hasOwn(current, step.key)) return undefined;
      current = current[step.key];
    } else {
      if (!Array.isArray(current)) return undefined;
      const items: readonly unknown[] = current;
      current = items[indexOfIdentity(items, step.field, step.value)];
    }
  }
  return current;
}

/** True when `ancestor` is `path` itself or one of its ancestors (whole steps only). */
export function isSameOrAncestor(ancestor: readonly IdStep[], path: readonly IdStep[]): boolean {
  if (ancestor.length > path.length) return false;
  return ancestor.every((step, i) => {
    const other = path[i];
    if (other === undefined || other.kind !== step.kind) return false;
    return step.kind === "prop"
      ? other.kind === "prop" && other.key === step.key
      : other.kind === "match" && other.field === step.field && other.value === step.value;
  });
}
