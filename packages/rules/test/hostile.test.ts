/**
 * Hostile rules: each is refused with the right code and path, without a
 * crash, a hang or prototype pollution. No timing asserts: the vitest timeout
 * is the guard.
 */
import { afterEach, describe, expect, it } from "vitest";
import { describeRule } from "../src/explain/index.ts";
import { type RuleProblem, type RuleSchema, validateRule } from "../src/validate/index.ts";

const schema: RuleSchema = {
  fields: {
    score: { type: "number", nullable: true },
    "answers.floor_area_per_person": { type: "number", nullable: true },
    "household.members": { type: "array", nullable: false, items: { sex: { type: "string", nullable: false } } },
  },
};

const at = (problems: readonly RuleProblem[]): Array<[string, string]> => problems.map((p) => [p.code, p.path]);

function notPolluted(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty("polluted");
}

afterEach(notPolluted);

describe("hostile rules", () => {
  it("refuses {\"!\":{\"!\":…}} nested 100,000 deep at depth 65", () => {
    let rule: unknown = true;
    for (let i = 0; i < 100_000; i++) rule = { "!": rule };
    const problems = validateRule(rule, schema);
    expect(at(problems)).toEqual([["rule_too_deep", "/!".repeat(65)]]);
    expect(problems[0]?.messages.id).toContain("terlalu dalam");
    // Describing it does not overflow either: the words are cut.
    expect(describeRule(rule).en).toContain("…");
  });

  it("refuses [[[[…]]]] nested 100,000 deep", () => {
    let rule: unknown = 1;
    for (let i = 0; i < 100_000; i++) rule = [rule];
    expect(at(validateRule(rule, schema))).toEqual([["rule_too_deep", "/0".repeat(65)]]);
  });

  it("refuses a 10 MB array literal by its length, without walking it", () => {
    const huge = new Array<number>(5_000_000).fill(7); // 10 MB as JSON ("7," × 5M)
    const problems = validateRule({ in: [{ var: "score" }, huge] }, schema);
    expect(at(problems)).toEqual([["rule_array_too_long", "/in/1"]]);
    expect(problems[0]?.message).toBe("The list is too long: 5000000 elements (at most 10000)");
  });

  it("refuses a 10 MB literal made of many medium strings by its size", () => {
    const chunk = "x".repeat(2000);
    const list = new Array<string>(5000).fill(chunk); // 10 MB, each string and the length under their limits
    const problems = validateRule({ in: ["x", list] }, schema);
    expect(at(problems)).toEqual([["rule_literal_too_large", "/in/1/30"]]);
  });

  it("refuses a 10 MB string", () => {
    expect(at(validateRule({ "==": [{ var: "score" }, "a".repeat(10_000_000)] }, schema))).toEqual([["rule_string_too_long", "/==/1"]]);
  });

  it("refuses a rule of 1e6 nodes at the node budget", () => {
    // 1000 × 1000 leaves: every array is short enough, the whole is not.
    const leaf = { "+": new Array<number>(999).fill(1) };
    const rule = { max: new Array<unknown>(1000).fill(leaf) };
    const problems = validateRule(rule, schema);
    expect(at(problems)).toEqual([["rule_too_many_nodes", "/max/4/+/998"]]);
  });

  it("refuses an operator name of 10 MB without putting it in the pointer", () => {
    const name = "o".repeat(10_000_000);
    const problems = validateRule({ [name]: 1 }, schema);
    expect(at(problems)).toEqual([["rule_string_too_long", ""]]);
  });

  it('refuses {"var":"__proto__"}', () => {
    expect(at(validateRule({ var: "__proto__" }, schema))).toEqual([["rule_forbidden_path", "/var"]]);
  });

  it('refuses {"var":"constructor.prototype"}', () => {
    const problems = validateRule({ var: "constructor.prototype" }, schema);
    expect(at(problems)).toEqual([["rule_forbidden_path", "/var"]]);
    expect(problems[0]?.messages.en).toContain('"constructor"');
  });

  it('refuses {"var":["__proto__.polluted"]}', () => {
    expect(at(validateRule({ var: ["__proto__.polluted"] }, schema))).toEqual([["rule_forbidden_path", "/var/0"]]);
  });

  it("refuses forbidden names inside element scopes and missing lists", () => {
    expect(at(validateRule({ some: [{ var: "household.members" }, { var: "sex.constructor" }] }, schema))).toEqual([
      ["rule_forbidden_path", "/some/1/var"],
    ]);
    expect(at(validateRule({ missing: ["score", "prototype"] }, schema))).toEqual([["rule_forbidden_path", "/missing/1"]]);
  });

  it("refuses a JSON-parsed object with a __proto__ own key", () => {
    const rule: unknown = JSON.parse('{"and": [{"__proto__": {"polluted": true}}, {"var": "score"}]}');
    const problems = validateRule(rule, schema);
    expect(at(problems)).toEqual([["rule_forbidden_key", "/and/0"]]);
    const alone: unknown = JSON.parse('{"__proto__": [{"var": "score"}, 1]}');
    expect(at(validateRule(alone, schema))).toEqual([["rule_forbidden_key", ""]]);
  });

  it("refuses constructor and prototype as operators", () => {
    expect(at(validateRule({ constructor: [1] }, schema))).toEqual([["rule_forbidden_key", ""]]);
    expect(at(validateRule({ prototype: [1] }, schema))).toEqual([["rule_forbidden_key", ""]]);
  });

  it("refuses an object with a million keys quickly, naming a few", () => {
    const wide: Record<string, number> = {};
    for (let i = 0; i < 1_000_000; i++) wide[`k${i}`] = i;
    const problems = validateRule(wide, schema);
    expect(at(problems)).toEqual([["rule_invalid_operation", ""]]);
    expect(problems[0]?.message).toContain("k0, k1, k2, k3, k4, …");
  });

  it("survives a cycle (not JSON, but a caller might pass one)", () => {
    const cyclic: { and: unknown[] } = { and: [] };
    cyclic.and.push(cyclic);
    const problems = validateRule(cyclic, schema);
    expect(problems.at(-1)?.code).toBe("rule_too_deep");
  });

  it("never calls a getter", () => {
    let called = false;
    const rule = Object.defineProperty({}, "var", {
      enumerable: true,
      get() {
        called = true;
        return "score";
      },
    });
    expect(at(validateRule(rule, schema))).toEqual([["rule_not_json", "/var"]]);
    expect(called).toBe(false);
  });
});
