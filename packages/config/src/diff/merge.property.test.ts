/**
 * Property tests of the diff and three-way merge, on configurations made by
 * mutating Sragen's real one. Arrays whose elements are matched by identity
 * have no order in the diff (a reorder is no change), so "equal" below is
 * canonical JSON after sorting those arrays by identity; where no mutation
 * reorders, equality is exact.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { canonicalJson } from "../canonical/canonical-json.ts";
import { loadSragen } from "../test/sragen.ts";
import { diffConfigs } from "./diff.ts";
import { identityField, isObject, resolveIdPath } from "./id-path.ts";
import { applyUpstream, threeWayMerge } from "./merge.ts";

const RUNS = { seed: 20261128, numRuns: 200 } as const;

let sragen: Record<string, unknown>;
beforeAll(async () => {
  sragen = await loadSragen();
});

type Mutation =
  | { kind: "weight"; at: number; weight: number }
  | { kind: "validity"; at: number; days: number }
  | { kind: "add-service"; at: number; copyOf: number; id: string }
  | { kind: "remove-service"; at: number }
  | { kind: "reorder-desks"; seed: number }
  | { kind: "rule"; at: number; threshold: number }
  | { kind: "rename"; at: number; suffix: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("weight" as const), at: fc.nat(), weight: fc.integer({ min: 0, max: 9 }) }),
  fc.record({ kind: fc.constant("validity" as const), at: fc.nat(), days: fc.integer({ min: 1, max: 1000 }) }),
  fc.record({
    kind: fc.constant("add-service" as const),
    at: fc.nat(),
    copyOf: fc.nat(),
    id: fc.constantFrom("added-a", "added-b", "added-c"),
  }),
  fc.record({ kind: fc.constant("remove-service" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("reorder-desks" as const), seed: fc.nat() }),
  fc.record({ kind: fc.constant("rule" as const), at: fc.nat(), threshold: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ kind: fc.constant("rename" as const), at: fc.nat(), suffix: fc.constantFrom(" (baru)", " (revisi)") }),
);
const mutations = fc.array(mutation, { maxLength: 6 });

function records(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) throw new Error("not a list");
  const items: unknown[] = value;
  return items.filter(isObject);
}

function pick<T>(items: readonly T[], at: number): T | undefined {
  return items.length === 0 ? undefined : items[at % items.length];
}

/** A mutated copy of `config`. */
function mutate(config: unknown, changes: readonly Mutation[]): Record<string, unknown> {
  const copy: unknown = structuredClone(config);
  if (!isObject(copy)) throw new Error("not an object");
  const survey = copy.survey;
  if (!isObject(survey)) throw new Error("no survey");
  const services = records(copy.services);
  for (const change of changes) {
    switch (change.kind) {
      case "weight": {
        const criterion = pick(records(survey.criteria), change.at);
        if (criterion) criterion.weight = change.weight;
        break;
      }
      case "validity": {
        const service = pick(services, change.at);
        if (service) service.validity = { ...(isObject(service.validity) ? service.validity : { renewable: false }), days: change.days };
        break;
      }
      case "add-service": {
        const source = pick(services, change.copyOf);
        const list = records(copy.services);
        if (source && !list.some((s) => s.id === change.id)) {
          const added = { ...structuredClone(source), id: change.id, label: { id: change.id, en: change.id } };
          (copy.services as unknown[]).splice(change.at % (list.length + 1), 0, added);
        }
        break;
      }
      case "remove-service": {
        const list = copy.services as unknown[];
        if (list.length > 1) list.splice(change.at % list.length, 1);
        break;
      }
      case "reorder-desks": {
        const desks = copy.desks as unknown[];
        let state = change.seed;
        for (let i = desks.length - 1; i > 0; i--) {
          state = (state * 1103515245 + 12345) % 2147483648;
          const j = state % (i + 1);
          [desks[i], desks[j]] = [desks[j], desks[i]];
        }
        break;
      }
      case "rule": {
        const service = pick(records(copy.services), change.at);
        if (service) service.eligibility = { ">=": [{ var: "household.size" }, change.threshold] };
        break;
      }
      case "rename": {
        const desk = pick(records(copy.desks), change.at);
        if (desk && isObject(desk.label)) desk.label = { id: `${String(desk.label.id)}${change.suffix}`, en: String(desk.label.en) };
        break;
      }
    }
  }
  return copy;
}

/** Sorts every array matched by identity by that identity, so order does not count. */
function unordered(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items: unknown[] = value.map(unordered);
    const field = identityField(items);
    if (field === undefined) return items;
    const key = (item: unknown): string => (isObject(item) ? String(item[field]) : "");
    return items.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  }
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unordered(v)]));
  return value;
}

const same = (a: unknown, b: unknown): boolean => canonicalJson(unordered(a)) === canonicalJson(unordered(b));
const reorders = (changes: readonly Mutation[]): boolean => changes.some((change) => change.kind === "reorder-desks");

describe("diff and three-way merge properties (mutated Sragen)", () => {
  it("diff(a, a) is empty", () => {
    fc.assert(
      fc.property(mutations, (m) => {
        const a = mutate(sragen, m);
        expect(diffConfigs(a, structuredClone(a))).toEqual([]);
      }),
      RUNS,
    );
  });

  it("applying nothing changes nothing", () => {
    fc.assert(
      fc.property(mutations, mutations, (up, mine) => {
        const upstream = mutate(sragen, up);
        const local = mutate(sragen, mine);
        const { result, applied, refused } = applyUpstream(sragen, upstream, local, []);
        expect(applied).toEqual([]);
        expect(refused).toEqual([]);
        expect(canonicalJson(result)).toBe(canonicalJson(local));
      }),
      RUNS,
    );
  });

  it("applying every upstream change on an unmodified clone yields upstream", () => {
    fc.assert(
      fc.property(mutations, (up) => {
        const upstream = mutate(sragen, up);
        const local = structuredClone(sragen);
        const { entries } = threeWayMerge(sragen, upstream, local);
        expect(entries.every((entry) => entry.status === "applies-cleanly")).toBe(true);
        const { result, refused } = applyUpstream(sragen, upstream, local, entries.map((entry) => entry.idPath));
        expect(refused).toEqual([]);
        expect(same(result, upstream)).toBe(true);
        if (!reorders(up)) expect(canonicalJson(result)).toBe(canonicalJson(upstream));
      }),
      RUNS,
    );
  });

  it("diff(a, b), every change applied to a, yields b", () => {
    fc.assert(
      fc.property(mutations, mutations, (ma, mb) => {
        const a = mutate(sragen, ma);
        const b = mutate(sragen, mb);
        const paths = diffConfigs(a, b).map((change) => change.idPath);
        const { result, refused } = applyUpstream(a, b, a, paths);
        expect(refused).toEqual([]);
        expect(same(result, b)).toBe(true);
      }),
      RUNS,
    );
  });

  it("local-only changes survive applying every clean upstream change, which all land", () => {
    fc.assert(
      fc.property(mutations, mutations, (up, mine) => {
        const upstream = mutate(sragen, up);
        const local = mutate(sragen, mine);
        const { entries } = threeWayMerge(sragen, upstream, local);
        const clean = entries.filter((entry) => entry.status === "applies-cleanly").map((entry) => entry.idPath);
        const { result, applied, refused } = applyUpstream(sragen, upstream, local, clean);
        expect(refused).toEqual([]);
        expect(applied).toEqual(clean);
        for (const entry of entries) {
          const value = canonicalJson(resolveIdPath(result, entry.idPath) ?? null);
          if (entry.status === "local-only") expect(value).toBe(canonicalJson(resolveIdPath(local, entry.idPath) ?? null));
          if (entry.status === "applies-cleanly") expect(value).toBe(canonicalJson(resolveIdPath(upstream, entry.idPath) ?? null));
        }
        // and nothing else moves: what is neither local nor upstream-applied stays as local had it
        const again = threeWayMerge(sragen, upstream, result).entries;
        for (const entry of again) expect(entry.status).not.toBe("applies-cleanly");
      }),
      RUNS,
    );
  });

  it("choosing every upstream path, conflicts included, takes upstream's value wherever the parent exists", () => {
    fc.assert(
      fc.property(mutations, mutations, (up, mine) => {
        const upstream = mutate(sragen, up);
        const local = mutate(sragen, mine);
        const upstreamPaths = threeWayMerge(sragen, upstream, local)
          .entries.filter((entry) => entry.status !== "local-only")
          .map((entry) => entry.idPath);
        const { result, applied } = applyUpstream(sragen, upstream, local, upstreamPaths);
        for (const idPath of applied) {
          expect(canonicalJson(resolveIdPath(result, idPath) ?? null)).toBe(canonicalJson(resolveIdPath(upstream, idPath) ?? null));
        }
      }),
      RUNS,
    );
  });
});
