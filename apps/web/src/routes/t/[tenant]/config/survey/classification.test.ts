import { describe, expect, it } from "vitest";
import { fromCascade, toCascade } from "./classification.ts";
import { problemErrors } from "./problems.ts";

describe("classification steps", () => {
  const sragen = { if: [{ ">=": [{ var: "score" }, 13] }, "very-poor", { ">=": [{ var: "score" }, 9] }, "poor", "not-poor"] };

  it("reads Sragen's cascade and gives it back unchanged", () => {
    const cascade = toCascade(sragen);
    expect(cascade?.branches.map((b) => b.category)).toEqual(["very-poor", "poor"]);
    expect(cascade?.otherwise).toBe("not-poor");
    expect(JSON.stringify(fromCascade(cascade as NonNullable<typeof cascade>))).toBe(JSON.stringify(sragen));
  });

  it.each([[{ if: [true, "a"] }], [{ if: [true, { var: "x" }, "b"] }], [{ var: "category" }], [null], [{ if: [true, "a", "b"], x: 1 }]])(
    "leaves any other shape to the JSON view: %j",
    (rule) => expect(toCascade(rule)).toBeNull(),
  );
});

describe("draft problems next to fields", () => {
  it("keeps the problems under a path, by input name, in the page's language", () => {
    const problems = [
      { path: "/survey/criteria/1/sign", messages: { id: "Tanda salah", en: "Bad sign" } },
      { path: "/survey/criteria/10/weight", messages: { id: "x", en: "x" } },
    ];
    expect(problemErrors(problems, "en", "/survey/criteria/1")?.fields).toEqual({ "survey/criteria/1/sign": ["Bad sign"] });
    expect(problemErrors(problems, "id", "/desks")).toBeUndefined();
  });
});
