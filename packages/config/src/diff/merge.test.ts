import { beforeAll, describe, expect, it } from "vitest";
import { canonicalJson } from "../canonical/canonical-json.ts";
import { at, indexOf, list, loadSragen, setAt } from "../test/sragen.ts";
import { resolveIdPath } from "./id-path.ts";
import { applyUpstream, threeWayMerge } from "./merge.ts";

let sragen: Record<string, unknown>;
beforeAll(async () => {
  sragen = await loadSragen();
});


function setWeight(config: unknown, criterion: string, weight: number): void {
  setAt(config, `/survey/criteria/${indexOf(config, "/survey/criteria", criterion)}/weight`, weight);
}

function setDays(config: unknown, service: string, days: number): void {
  setAt(config, `/services/${indexOf(config, "/services", service)}/validity/days`, days);
}

const WEIGHT = (id: string): string => `/survey/criteria[id=${id}]/weight`;
const DAYS = (id: string): string => `/services[id=${id}]/validity/days`;

describe("threeWayMerge and applyUpstream on Sragen", () => {
  it("marks each path applies-cleanly, conflict, local-only or same-change, and merges the clean ones", () => {
    const base = sragen;
    const upstream = structuredClone(base);
    const local = structuredClone(base);
    // local: a weight and a validity
    setWeight(local, "floor_type", 3);
    setDays(local, "saraswati-card", 730);
    // upstream: another weight (clean), the same validity differently (conflict), the same change as local (same)
    setWeight(upstream, "wall_type", 2);
    setDays(upstream, "saraswati-card", 180);
    setDays(local, "raskin", 400);
    setDays(upstream, "raskin", 400);

    const { entries } = threeWayMerge(base, upstream, local);
    const byPath = new Map(entries.map((entry) => [entry.idPath, entry]));
    expect(Object.fromEntries(entries.map((entry) => [entry.idPath, entry.status]))).toEqual({
      [WEIGHT("wall_type")]: "applies-cleanly",
      [DAYS("saraswati-card")]: "conflict",
      [DAYS("raskin")]: "same-change",
      [WEIGHT("floor_type")]: "local-only",
    });
    expect(byPath.get(DAYS("saraswati-card"))).toMatchObject({
      base: 365,
      upstream: 180,
      local: 730,
      label: { en: "Service 'Saraswati health card' › validity days" },
    });

    const clean = applyUpstream(base, upstream, local, [WEIGHT("wall_type"), DAYS("raskin")]);
    expect(clean.applied).toEqual([WEIGHT("wall_type"), DAYS("raskin")]);
    expect(clean.refused).toEqual([]);
    expect(resolveIdPath(clean.result, WEIGHT("wall_type"))).toBe(2);
    expect(resolveIdPath(clean.result, WEIGHT("floor_type"))).toBe(3);
    expect(resolveIdPath(clean.result, DAYS("saraswati-card"))).toBe(730);
    expect(resolveIdPath(local, WEIGHT("wall_type"))).toBe(1); // the input is untouched

    // a conflict chosen explicitly takes upstream's value
    const taken = applyUpstream(base, upstream, local, [DAYS("saraswati-card")]);
    expect(taken.applied).toEqual([DAYS("saraswati-card")]);
    expect(resolveIdPath(taken.result, DAYS("saraswati-card"))).toBe(180);
    expect(resolveIdPath(taken.result, WEIGHT("floor_type"))).toBe(3);

    // local-only and unknown paths are refused, and nothing changes
    const refused = applyUpstream(base, upstream, local, [WEIGHT("floor_type"), "/nowhere", "not a path"]);
    expect(refused.applied).toEqual([]);
    expect(refused.refused.map((r) => r.idPath)).toEqual([WEIGHT("floor_type"), "/nowhere", "not a path"]);
    expect(canonicalJson(refused.result)).toBe(canonicalJson(local));
  });

  it("sees a change inside an element the other side removed as a conflict", () => {
    const base = sragen;
    const upstream = structuredClone(base);
    const local = structuredClone(base);
    setDays(upstream, "saraswati-card", 180);
    list(local, "/services").splice(indexOf(local, "/services", "saraswati-card"), 1);
    const { entries } = threeWayMerge(base, upstream, local);
    expect(entries.map((entry) => [entry.idPath, entry.status])).toEqual([[DAYS("saraswati-card"), "conflict"]]);
    const outcome = applyUpstream(base, upstream, local, [DAYS("saraswati-card")]);
    expect(outcome.applied).toEqual([]);
    expect(outcome.refused).toEqual([{ idPath: DAYS("saraswati-card"), reason: "its parent no longer exists locally" }]);

    // the other way round: upstream removes it, local edited it
    const removed = threeWayMerge(base, local, upstream);
    expect(removed.entries.map((entry) => [entry.idPath, entry.status])).toEqual([
      ["/services[id=saraswati-card]", "conflict"],
    ]);
    const taken = applyUpstream(base, local, upstream, ["/services[id=saraswati-card]"]);
    expect(resolveIdPath(taken.result, "/services[id=saraswati-card]")).toBeUndefined();
  });

  it("inserts a new element where upstream has it", () => {
    const base = sragen;
    const upstream = structuredClone(base);
    const services = list(upstream, "/services");
    services.splice(3, 0, { ...structuredClone(services[0]), id: "new-one" });
    const local = structuredClone(base);
    list(local, "/services").splice(0, 1);
    const { result, applied } = applyUpstream(base, upstream, local, ["/services[id=new-one]"]);
    expect(applied).toEqual(["/services[id=new-one]"]);
    const ids = list(result, "/services").map((service) => service.id);
    expect(ids.slice(0, 3)).toEqual([services[1]?.id, services[2]?.id, "new-one"]);
  });
});
