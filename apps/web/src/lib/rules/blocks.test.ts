import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type Block,
  COMPARISONS,
  appendAt,
  blockPaths,
  fromBlocks,
  moveAt,
  parseRuleText,
  removeAt,
  rulePaths,
  ruleText,
  toBlocks,
  updateAt,
} from "./blocks.ts";

const path = fc.stringMatching(/^[a-z][a-z_]{0,8}(\.[a-z_]{1,8})?$/);
const literal = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
const listItem = fc.oneof(fc.string({ maxLength: 6 }), fc.integer());

const condition: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ kind: fc.constant("condition" as const), path, op: fc.constantFrom(...COMPARISONS), value: literal }),
  fc.record({ kind: fc.constant("condition" as const), path, op: fc.constant("in" as const), value: fc.array(listItem, { maxLength: 5 }) }),
  fc.record({ kind: fc.constant("condition" as const), path, op: fc.constantFrom("!" as const, "!!" as const), value: fc.constant(null) }),
  fc.record({
    kind: fc.constant("condition" as const),
    path,
    op: fc.constantFrom("!" as const, "!!" as const),
    value: fc.constant(null),
    wrapped: fc.constant(true),
  }),
);

const { block } = fc.letrec<{ block: Block; group: Block }>((tie) => ({
  block: fc.oneof({ depthSize: "small", withCrossShrink: true }, condition, tie("group")),
  group: fc.record({ kind: fc.constant("group" as const), mode: fc.constantFrom("all" as const, "any" as const), items: fc.array(tie("block"), { minLength: 1, maxLength: 4 }) }),
}));

/** -0 becomes 0 in JSON: compare what survives the text. */
const viaText = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe("rule blocks ⇄ JSON-logic", () => {
  it("blocks → JSON → blocks is the identity", () => {
    fc.assert(
      fc.property(block, (b) => {
        const rule = viaText(fromBlocks(b));
        expect(toBlocks(rule)).toEqual(viaText(b));
      }),
      { numRuns: 500 },
    );
  });

  it("a supported rule → blocks → JSON gives the same text", () => {
    fc.assert(
      fc.property(block, (b) => {
        const text = JSON.stringify(fromBlocks(b));
        const again = toBlocks(JSON.parse(text));
        expect(again).not.toBeNull();
        expect(JSON.stringify(fromBlocks(again as Block))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ["between", { "<=": [1, { var: "score" }, 5] }],
    ["literal on the left", { "==": [8, { var: "answers.x" }] }],
    ["two vars", { "==": [{ var: "a" }, { var: "b" }] }],
    ["var with a default", { "==": [{ var: ["a", 0] }, 1] }],
    ["in on a string", { in: [{ var: "a" }, "abc"] }],
    ["in with an object item", { in: [{ var: "a" }, [{ x: 1 }]] }],
    ["if cascade", { if: [{ ">=": [{ var: "score" }, 13] }, "very-poor", "not-poor"] }],
    ["arithmetic", { ">": [{ "+": [{ var: "a" }, 1] }, 2] }],
    ["empty and", { and: [] }],
    ["and with an unsupported item", { and: [{ "==": [{ var: "a" }, 1] }, { some: [{ var: "household.members" }, { var: "working" }] }] }],
    ["two keys", { "==": [{ var: "a" }, 1], "!=": [{ var: "a" }, 2] }],
    ["a bare literal", true],
    ["a bare var", { var: "a" }],
    ["! of a comparison", { "!": { "==": [{ var: "a" }, 1] } }],
    ["! with two operands", { "!": [{ var: "a" }, { var: "b" }] }],
    ["age operator", { ">=": [{ age: [{ var: "applicant.birthDate" }, { var: "decisionDate" }] }, 60] }],
  ])("leaves an unsupported rule (%s) to the JSON view, byte for byte", (_name, rule) => {
    const text = ruleText(rule);
    expect(toBlocks(JSON.parse(text))).toBeNull();
    const parsed = parseRuleText(text);
    expect(parsed.ok && ruleText(parsed.rule)).toBe(text);
  });

  it("shows every sign rule of Sragen's survey as blocks and gives each back unchanged", () => {
    const survey = JSON.parse(readFileSync(new URL("../../../../../tenants/sragen/survey.json", import.meta.url), "utf8")) as {
      criteria: Array<{ id: string; sign?: unknown }>;
    };
    for (const criterion of survey.criteria) {
      const blocks = toBlocks(criterion.sign);
      expect(blocks, criterion.id).not.toBeNull();
      expect(JSON.stringify(fromBlocks(blocks as Block))).toBe(JSON.stringify(criterion.sign));
    }
  });

  it("reads the paths a rule reads, in blocks and in any JSON", () => {
    const rule = { and: [{ "<": [{ var: "answers.a" }, 8] }, { or: [{ "!": { var: "household.b" } }, { in: [{ var: "answers.a" }, [1]] }] }] };
    expect(blockPaths(toBlocks(rule) as Block)).toEqual(["answers.a", "household.b"]);
    expect(rulePaths({ if: [{ ">=": [{ var: "score" }, 13] }, "x", { var: ["category", null] }] })).toEqual(["score", "category"]);
  });

  it("edits: add, remove, move, update, keeping the root", () => {
    const a: Block = { kind: "condition", path: "a", op: "==", value: 1 };
    const b: Block = { kind: "condition", path: "b", op: "==", value: 2 };
    const grouped = appendAt(a, [], b);
    expect(fromBlocks(grouped)).toEqual({ and: [{ "==": [{ var: "a" }, 1] }, { "==": [{ var: "b" }, 2] }] });
    expect(fromBlocks(moveAt(grouped, [1], -1))).toEqual({ and: [{ "==": [{ var: "b" }, 2] }, { "==": [{ var: "a" }, 1] }] });
    expect(moveAt(grouped, [0], -1)).toEqual(grouped);
    expect(fromBlocks(removeAt(grouped, [0]))).toEqual({ and: [{ "==": [{ var: "b" }, 2] }] });
    expect(removeAt(removeAt(grouped, [0]), [0])).toEqual(removeAt(grouped, [0]));
    expect(removeAt(a, [])).toEqual(a);
    const nested = appendAt(grouped, [1], a);
    expect(fromBlocks(nested)).toEqual({ and: [{ "==": [{ var: "a" }, 1] }, { and: [{ "==": [{ var: "b" }, 2] }, { "==": [{ var: "a" }, 1] }] }] });
    const any = updateAt(nested, [1], (g) => (g.kind === "group" ? { ...g, mode: "any" } : g));
    expect(fromBlocks(any)).toEqual({ and: [{ "==": [{ var: "a" }, 1] }, { or: [{ "==": [{ var: "b" }, 2] }, { "==": [{ var: "a" }, 1] }] }] });
  });

  it("parses rule text: JSON, empty, or not JSON", () => {
    expect(parseRuleText('{"var":"a"}')).toEqual({ ok: true, rule: { var: "a" } });
    expect(parseRuleText("  ")).toEqual({ ok: true, rule: undefined });
    expect(parseRuleText("{")).toEqual({ ok: false });
  });
});
