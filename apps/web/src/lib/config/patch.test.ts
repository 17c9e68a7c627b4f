import { describe, expect, it } from "vitest";
import { diffOps, pointerSegment, sameJson } from "./patch.ts";

describe("diffOps: JSON Patch of only what changed", () => {
  const service = {
    id: "saraswati-card",
    requiredDocuments: ["ktp", "kk"],
    validity: { days: 365, renewable: true, renewalCondition: { id: "a", en: "b" } },
    serviceTime: { targetMinutes: 30, maxDays: 3 },
  };

  it("nothing for an equal value (key order and undefined keys do not count)", () => {
    expect(diffOps(service, { ...service, quota: undefined }, "/services/1")).toEqual([]);
  });

  it("replaces a changed leaf and a changed list whole", () => {
    const after = { ...service, requiredDocuments: ["ktp", "birth-certificate"], validity: { ...service.validity, days: 180 } };
    expect(diffOps(service, after, "/services/1")).toEqual([
      { op: "replace", path: "/services/1/requiredDocuments", value: ["ktp", "birth-certificate"] },
      { op: "replace", path: "/services/1/validity/days", value: 180 },
    ]);
  });

  it("removes a key set to undefined and adds a new one", () => {
    const after = { ...service, validity: undefined, quota: "rusela-matra" };
    expect(diffOps(service, after, "/services/1")).toEqual([
      { op: "remove", path: "/services/1/validity" },
      { op: "add", path: "/services/1/quota", value: "rusela-matra" },
    ]);
  });

  it("escapes pointer segments", () => {
    expect(pointerSegment("a/b~c")).toBe("a~1b~0c");
    expect(diffOps({ "a/b": 1 }, { "a/b": 2 }, "")).toEqual([{ op: "replace", path: "/a~1b", value: 2 }]);
    expect(sameJson([1, { a: 2 }], [1, { a: 2 }])).toBe(true);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
  });
});
