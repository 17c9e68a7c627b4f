import { canonicalJson } from "../canonical/canonical-json.ts";
import { escapePointerSegment } from "../validate/pointer.ts";
import { formatIdPath, identityField, isObject, type IdStep } from "./id-path.ts";
import { labelForPath, type PathLabel } from "./labels.ts";

/** One difference between two configurations. */
export interface ConfigChange {
  /** JSON Pointer (RFC 6901, indexes) into `to`; into `from` for a removal. */
  readonly path: string;
  /** Identity path (elements by `[id=…]` / `[code=…]`), stable under reordering; see `parseIdPath`. */
  readonly idPath: string;
  readonly kind: "added" | "removed" | "changed";
  /** The value in `from` (absent for an addition). */
  readonly before?: unknown;
  /** The value in `to` (absent for a removal). */
  readonly after?: unknown;
  /** Human label of the path, in Indonesian and English (see `labelForPath`). */
  readonly label: PathLabel;
}

/** Options of {@link diffConfigs}. */
export interface DiffOptions {
  /**
   * Extra subtrees to compare as whole values, by their property keys from
   * the root (array elements are not in `keys`). JSON-logic rules always are.
   */
  readonly atomic?: (keys: readonly string[]) => boolean;
  /** Skip the human labels (every label is the identity path): faster for bulk comparisons. */
  readonly withoutLabels?: boolean;
}

/** Property names holding a JSON-logic rule wherever they appear. */
const RULE_KEYS = new Set(["eligibility", "qualification", "sign"]);
/** `parent/key` pairs holding a JSON-logic rule. */
const RULE_PAIRS = new Set(["scoring/rule", "classification/rule", "fastPath/when"]);

/**
 * True when the value at these property keys is compared as one whole value:
 * JSON-logic rules (`eligibility`, `qualification`, `sign`, `scoring.rule`,
 * `classification.rule`, `fastPath.when`).
 *
 * @example
 * isRulePath(["services", "eligibility"]) // true
 * isRulePath(["survey", "scoring", "rule"]) // true
 */
export function isRulePath(keys: readonly string[]): boolean {
  const last = keys.at(-1);
  if (last === undefined || last === "") return false;
  return RULE_KEYS.has(last) || RULE_PAIRS.has(`${keys.at(-2) ?? ""}/${last}`);
}

/** A localized text `{ id, en }` is one value: a rename is one change. */
function isLocalizedText(value: unknown): boolean {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && typeof value.id === "string" && typeof value.en === "string";
}

/** Identity steps from the root, as a linked list (cheap to extend while walking). */
interface StepList {
  readonly step: IdStep;
  /** The pointer token of this step in `from` and in `to` (key, or index; -1 when absent). */
  readonly from: string | number;
  readonly to: string | number;
  readonly parent: StepList | undefined;
}

function pointerOf(list: StepList | undefined, side: "from" | "to"): string {
  const tokens: string[] = [];
  for (let node = list; node !== undefined; node = node.parent) tokens.push(`/${escapePointerSegment(node[side])}`);
  return tokens.reverse().join("");
}

function stepArray(list: StepList | undefined): IdStep[] {
  const steps: IdStep[] = [];
  for (let node = list; node !== undefined; node = node.parent) steps.push(node.step);
  return steps.reverse();
}

function propertyKeys(list: StepList | undefined): string[] {
  return stepArray(list).flatMap((step) => (step.kind === "prop" ? [step.key] : []));
}

/** Where the walk is, on each side. */
interface Cursor {
  readonly steps: StepList | undefined;
  /** The last two property keys (for rules). */
  readonly keys: readonly [string, string];
}

interface RawChange {
  readonly side: "from" | "to";
  readonly steps: StepList | undefined;
  readonly kind: ConfigChange["kind"];
  readonly before?: unknown;
  readonly after?: unknown;
}

/**
 * The changes from one configuration to another (any JSON values; need not be
 * valid). Objects are compared field by field; arrays whose elements all
 * carry a distinct `id` (else `code`) are matched by it, so reordering is no
 * change and an insertion is one `added`; other arrays, localized texts
 * `{ id, en }` and JSON-logic rules are compared as whole values (canonical
 * JSON). Order: walk order of `to`, removals of an array after its other changes.
 *
 * @example
 * diffConfigs(published, draft)
 * // [{ path: "/services/1/validity/days", idPath: "/services[id=saraswati-card]/validity/days",
 * //    kind: "changed", before: 365, after: 730,
 * //    label: { id: "Layanan 'Kartu kesehatan Saraswati' › masa berlaku (hari)",
 * //             en: "Service 'Saraswati health card' › validity days" } }]
 */
export function diffConfigs(from: unknown, to: unknown, options: DiffOptions = {}): ConfigChange[] {
  const raw: RawChange[] = [];
  walk(from, to, { steps: undefined, keys: ["", ""] }, options, raw);
  return raw.map((change) => {
    const idPath = formatIdPath(stepArray(change.steps));
    const label = options.withoutLabels
      ? { id: idPath, en: idPath }
      : labelForPath(change.kind === "removed" ? from : to, idPath);
    const path = pointerOf(change.steps, change.side);
    const out: { -readonly [K in keyof ConfigChange]: ConfigChange[K] } = { path, idPath, kind: change.kind, label };
    if (change.kind !== "added") out.before = change.before;
    if (change.kind !== "removed") out.after = change.after;
    return out;
  });
}

function walk(from: unknown, to: unknown, at: Cursor, options: DiffOptions, out: RawChange[]): void {
  if (from === to) return;
  if (from === undefined) {
    out.push({ side: "to", steps: at.steps, kind: "added", after: to });
    return;
  }
  if (to === undefined) {
    out.push({ side: "from", steps: at.steps, kind: "removed", before: from });
    return;
  }
  const whole =
    isRulePath(at.keys) ||
    (options.atomic !== undefined && options.atomic(propertyKeys(at.steps))) ||
    isLocalizedText(from) ||
    isLocalizedText(to);
  if (!whole && isObject(from) && isObject(to)) {
    const keys = [...Object.keys(from), ...Object.keys(to).filter((key) => !Object.hasOwn(from, key))];
    for (const key of keys) {
      walk(
        Object.hasOwn(from, key) ? from[key] : undefined,
        Object.hasOwn(to, key) ? to[key] : undefined,
        {
          steps: { step: { kind: "prop", key }, from: key, to: key, parent: at.steps },
          keys: [at.keys[1], key],
        },
        options,
        out,
      );
    }
    return;
  }
  if (!whole && Array.isArray(from) && Array.isArray(to)) {
    const before: readonly unknown[] = from;
    const after: readonly unknown[] = to;
    const field = identityField(before, after);
    if (field !== undefined) {
      const identity = (element: unknown): string => (isObject(element) ? String(element[field]) : "");
      const fromIndexes = new Map(before.map((element, index) => [identity(element), index]));
      const toIds = new Set(after.map(identity));
      for (const [toIndex, element] of after.entries()) {
        const value = identity(element);
        const fromIndex = fromIndexes.get(value) ?? -1;
        walk(
          fromIndex < 0 ? undefined : before[fromIndex],
          element,
          {
            steps: { step: { kind: "match", field, value }, from: fromIndex, to: toIndex, parent: at.steps },
            keys: at.keys,
          },
          options,
          out,
        );
      }
      for (const [fromIndex, element] of before.entries()) {
        const value = identity(element);
        if (toIds.has(value)) continue;
        out.push({
          side: "from",
          steps: { step: { kind: "match", field, value }, from: fromIndex, to: -1, parent: at.steps },
          kind: "removed",
          before: element,
        });
      }
      return;
    }
  }
  if (!jsonEqual(from, to)) {
    out.push({ side: "to", steps: at.steps, kind: "changed", before: from, after: to });
  }
}

/**
 * Equality of canonical JSON texts, without building them for plain data:
 * key order is ignored and `undefined` properties are absent.
 */
function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (!isPlain(a) || !isPlain(b)) return canonicalJson(a) === canonicalJson(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return false;
    const left: readonly unknown[] = a;
    const right: readonly unknown[] = b;
    return left.length === right.length && left.every((item, i) => jsonEqual(item ?? null, right[i] ?? null));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const left = a;
  const right = b;
  const keys = (o: Record<string, unknown>): string[] => Object.keys(o).filter((key) => o[key] !== undefined);
  const leftKeys = keys(left);
  if (leftKeys.length !== keys(right).length) return false;
  return leftKeys.every((key) => Object.hasOwn(right, key) && jsonEqual(left[key], right[key]));
}

function isPlain(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
