import { canonicalJson } from "../canonical/canonical-json.ts";
import { diffConfigs, type ConfigChange } from "./diff.ts";
import {
  indexOfIdentity,
  isObject,
  isSameOrAncestor,
  parseIdPath,
  resolveIdPath,
  type IdStep,
} from "./id-path.ts";
import { labelForPath, type PathLabel } from "./labels.ts";

/**
 * How an identity path fares in a three-way comparison:
 * - `applies-cleanly`: the upstream changed it, the local side did not touch it (nor an ancestor or descendant);
 * - `conflict`: both changed it differently, or one side changed something inside an element or subtree the other removed or replaced;
 * - `local-only`: only the local side changed it;
 * - `same-change`: both sides made exactly the same change.
 */
export type MergeStatus = "applies-cleanly" | "conflict" | "local-only" | "same-change";

/** One path of a three-way comparison, with its value on each side (absent where the path does not exist). */
export interface MergeEntry {
  readonly idPath: string;
  readonly label: PathLabel;
  readonly status: MergeStatus;
  readonly base?: unknown;
  readonly upstream?: unknown;
  readonly local?: unknown;
}

/** The result of {@link threeWayMerge}. */
export interface ThreeWayComparison {
  /** Upstream changes first (in upstream walk order), then local-only ones. */
  readonly entries: MergeEntry[];
}

interface Indexed {
  readonly change: ConfigChange;
  readonly steps: readonly IdStep[];
}

function indexChanges(changes: readonly ConfigChange[]): Indexed[] {
  return changes.map((change) => ({ change, steps: parseIdPath(change.idPath) ?? [] }));
}

function overlaps(a: readonly IdStep[], b: readonly IdStep[]): boolean {
  return isSameOrAncestor(a, b) || isSameOrAncestor(b, a);
}

function sameChange(a: ConfigChange, b: ConfigChange): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind === "removed" || canonicalJson(a.after) === canonicalJson(b.after);
}

/**
 * Three-way comparison of a configuration derived from a template: `base` is
 * the template version it was cloned from (or last synced with), `upstream`
 * the template now, `local` the derived configuration. Every upstream change
 * (base → upstream, by identity path, see {@link diffConfigs}) gets an entry
 * marked applies-cleanly, conflict or same-change; every local change
 * (base → local) that overlaps no upstream change gets a local-only entry.
 *
 * @example
 * const { entries } = threeWayMerge(sragenV3, sragenV5, myDraft);
 * entries.filter((e) => e.status === "applies-cleanly").map((e) => e.idPath);
 * // ["/survey/criteria[id=wall_type]/weight"]
 */
export function threeWayMerge(base: unknown, upstream: unknown, local: unknown): ThreeWayComparison {
  const upstreamChanges = indexChanges(diffConfigs(base, upstream, { withoutLabels: true }));
  const localChanges = indexChanges(diffConfigs(base, local, { withoutLabels: true }));
  const entries: MergeEntry[] = [];
  const entry = (idPath: string, status: MergeStatus, labelled: unknown): MergeEntry => {
    const out: { -readonly [K in keyof MergeEntry]: MergeEntry[K] } = {
      idPath,
      label: labelForPath(labelled, idPath),
      status,
    };
    const steps = parseIdPath(idPath) ?? [];
    const values = { base: resolveIdPath(base, steps), upstream: resolveIdPath(upstream, steps), local: resolveIdPath(local, steps) };
    if (values.base !== undefined) out.base = values.base;
    if (values.upstream !== undefined) out.upstream = values.upstream;
    if (values.local !== undefined) out.local = values.local;
    return out;
  };
  for (const up of upstreamChanges) {
    const touching = localChanges.filter((mine) => overlaps(mine.steps, up.steps));
    let status: MergeStatus = "applies-cleanly";
    if (touching.length > 0) {
      const exact = touching.length === 1 && touching[0]?.change.idPath === up.change.idPath ? touching[0] : undefined;
      status = exact !== undefined && sameChange(exact.change, up.change) ? "same-change" : "conflict";
    }
    entries.push(entry(up.change.idPath, status, up.change.kind === "removed" ? base : upstream));
  }
  for (const mine of localChanges) {
    if (upstreamChanges.some((up) => overlaps(mine.steps, up.steps))) continue;
    entries.push(entry(mine.change.idPath, "local-only", mine.change.kind === "removed" ? base : local));
  }
  return { entries };
}

/** Why a path was not applied. */
export interface RefusedPath {
  readonly idPath: string;
  readonly reason: string;
}

/** The result of {@link applyUpstream}. */
export interface ApplyResult {
  /** `local` with the chosen upstream changes merged in (a new value; the inputs are not modified). */
  readonly result: unknown;
  /** The identity paths applied (a same-change path counts as applied: there is nothing to do). */
  readonly applied: string[];
  /** The identity paths not applied, with the reason. */
  readonly refused: RefusedPath[];
}

/**
 * Merges chosen upstream changes into `local`: for each chosen identity path
 * (an upstream change of {@link threeWayMerge}), the value at that path is set
 * to upstream's (added, replaced, or removed when upstream removed it). Only
 * the chosen paths are touched. A `conflict` path may be chosen explicitly:
 * that means "take upstream's value" and discards the local value at that path.
 * Refused: paths that are not upstream changes (e.g. local-only, unknown or
 * malformed) and paths whose parent no longer exists locally (e.g. upstream
 * changed a field of a service this regency removed — re-add the service first).
 * A new element of an identified array is inserted after the nearest element
 * that precedes it upstream and exists locally (first if none).
 *
 * @example
 * const { result, applied, refused } = applyUpstream(sragenV3, sragenV5, myDraft, [
 *   "/survey/criteria[id=wall_type]/weight",
 * ]);
 */
export function applyUpstream(
  base: unknown,
  upstream: unknown,
  local: unknown,
  idPaths: readonly string[],
): ApplyResult {
  const entries = new Map(threeWayMerge(base, upstream, local).entries.map((entry) => [entry.idPath, entry]));
  let result: unknown = structuredClone(local);
  const applied: string[] = [];
  const refused: RefusedPath[] = [];
  for (const idPath of new Set(idPaths)) {
    const entry = entries.get(idPath);
    if (entry === undefined || entry.status === "local-only") {
      refused.push({ idPath, reason: entry === undefined ? "not an upstream change" : "a local-only change, not an upstream one" });
      continue;
    }
    if (entry.status === "same-change") {
      applied.push(idPath);
      continue;
    }
    const steps = parseIdPath(idPath);
    if (steps === undefined) {
      refused.push({ idPath, reason: "not an identity path" });
      continue;
    }
    const outcome = setAtIdPath(result, steps, resolveIdPath(upstream, steps), upstream);
    if (typeof outcome === "string") refused.push({ idPath, reason: outcome });
    else {
      result = outcome.value;
      applied.push(idPath);
    }
  }
  return { result, applied, refused };
}

/** Sets (or, for `undefined`, removes) the value at an identity path; a reason string when the parent is missing. */
function setAtIdPath(
  document: unknown,
  steps: readonly IdStep[],
  value: unknown,
  upstream: unknown,
): { value: unknown } | string {
  const last = steps.at(-1);
  if (last === undefined) return { value: structuredClone(value) };
  const parentSteps = steps.slice(0, -1);
  const parent = resolveIdPath(document, parentSteps);
  if (last.kind === "prop") {
    if (!isObject(parent)) return "its parent no longer exists locally";
    if (value === undefined) delete parent[last.key];
    else parent[last.key] = structuredClone(value);
    return { value: document };
  }
  if (!Array.isArray(parent)) return "its list no longer exists locally";
  const items: unknown[] = parent;
  const index = indexOfIdentity(items, last.field, last.value);
  if (value === undefined) {
    if (index >= 0) items.splice(index, 1);
  } else if (index >= 0) {
    items[index] = structuredClone(value);
  } else {
    items.splice(insertionIndex(items, resolveIdPath(upstream, parentSteps), last), 0, structuredClone(value));
  }
  return { value: document };
}

/** After the nearest element preceding the new one upstream that exists locally; 0 when none. */
function insertionIndex(items: readonly unknown[], upstreamItems: unknown, step: IdStep & { kind: "match" }): number {
  if (!Array.isArray(upstreamItems)) return items.length;
  const theirs: readonly unknown[] = upstreamItems;
  const position = indexOfIdentity(theirs, step.field, step.value);
  for (let i = position - 1; i >= 0; i--) {
    const before = theirs[i];
    if (!isObject(before)) continue;
    const key = before[step.field];
    if (typeof key !== "string") continue;
    const local = indexOfIdentity(items, step.field, key);
    if (local >= 0) return local + 1;
  }
  return 0;
}
