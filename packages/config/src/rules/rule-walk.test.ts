import { describe, expect, it } from "vitest";
import { ruleVariables } from "./rule-walk.ts";

describe("ruleVariables", () => {
  it("collects string and array-form var names, once, in order", () => {
    expect(
      ruleVariables({
        and: [
          { "==": [{ var: "category" }, "poor"] },
          { var: ["household.inReferenceList", false] },
          { "<": [{ var: "answers.floor_area_per_person" }, 8] },
          { "!": { var: "category" } },
        ],
      }),
    ).toEqual(["category", "household.inReferenceList", "answers.floor_area_per_person"]);
  });

  it("includes names listed in missing and missing_some", () => {
    expect(ruleVariables({ missing: ["a", "b.c"] })).toEqual(["a", "b.c"]);
    expect(ruleVariables({ missing: "a" })).toEqual(["a"]);
    expect(ruleVariables({ missing_some: [1, ["x", "y"]] })).toEqual(["x", "y"]);
  });

  it("leaves out element-relative names inside iterating operators, keeps the array", () => {
    expect(
      ruleVariables({
        some: [{ var: "household.members" }, { and: [{ "==": [{ var: "sex" }, "female"] }, { var: "" }] }],
      }),
    ).toEqual(["household.members"]);
    expect(
      ruleVariables({ reduce: [{ var: "household.members" }, { "+": [{ var: "accumulator" }, 1] }, { var: "score" }] }),
    ).toEqual(["household.members", "score"]);
  });

  it("finds variables in a var default and ignores literals", () => {
    expect(ruleVariables({ var: ["a", { var: "b" }] })).toEqual(["a", "b"]);
    expect(ruleVariables(true)).toEqual([]);
    expect(ruleVariables(["var", "x"])).toEqual([]);
  });

  it("treats a number as a name and null as the whole data", () => {
    expect(ruleVariables({ var: 1 })).toEqual(["1"]);
    expect(ruleVariables({ var: null })).toEqual([""]);
  });
});
