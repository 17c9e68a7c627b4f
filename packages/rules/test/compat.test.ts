/**
 * The community compat suites (json-logic/compat-tables) on our paths,
 * compared case by case with json-logic-js 2.0.5 — not with the suites'
 * expected results, many of which assume operators json-logic-js lacks
 * (`val`, `exists`, `coalesce`, `try`, `throw`). Every path must agree with
 * json-logic-js (same value, or both throw) except on the documented
 * deviations below, mirrored in docs/rules-compat.md.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONFORMANCE_DIR, OUR_PATHS, outcome, reference, sameOutcome, sameValue, show } from "./conformance-paths.ts";

interface Deviation {
  /** `file#index` of a compat-suite case, or `extra:<name>` for a case written here. */
  readonly id: string;
  readonly reason: string;
  /** For `extra:` cases: the rule and data showing the deviation. */
  readonly rule?: unknown;
  readonly data?: unknown;
}

/**
 * Every case where we deliberately differ from json-logic-js 2.0.5, with the
 * reason — the single list, mirrored in docs/rules-compat.md. No case of the
 * compat suites deviates; the `extra:` cases pin down the deviations they do
 * not exercise.
 */
const DEVIATIONS: readonly Deviation[] = [
  {
    id: "extra:var-toString",
    reason: "var reads own properties only: inherited members (here Object.prototype.toString) are not data",
    rule: { var: "toString" },
    data: {},
  },
  {
    id: "extra:var-constructor",
    reason: "var reads own properties only: json-logic-js returns the Object constructor",
    rule: { var: "constructor" },
    data: { a: 1 },
  },
  {
    id: "extra:var-proto",
    reason: "var reads own properties only: json-logic-js returns Object.prototype",
    rule: { var: "__proto__" },
    data: {},
  },
  {
    id: "extra:var-proto-default",
    reason: "var reads own properties only, so the default applies",
    rule: { var: ["a.constructor", "none"] },
    data: { a: {} },
  },
  {
    id: "extra:var-array-method",
    reason: "var reads own properties only: json-logic-js returns Array.prototype.map",
    rule: { var: "list.map" },
    data: { list: [1, 2] },
  },
  {
    id: "extra:var-number-method",
    reason: "var reads own properties only: json-logic-js returns Number.prototype.toFixed",
    rule: { var: "toFixed" },
    data: 5,
  },
  {
    id: "extra:missing-inherited",
    reason: "missing uses var, so an inherited member counts as missing",
    rule: { missing: ["toString", "a"] },
    data: { a: 1 },
  },
];

const SUITE_DEVIATIONS = new Map(DEVIATIONS.filter((d) => !d.id.startsWith("extra:")).map((d) => [d.id, d.reason]));

interface CompatCase {
  readonly id: string;
  readonly description: string;
  readonly rule: unknown;
  readonly data: unknown;
  /** The suite's expectation: a result, or (when `error` is set) that it throws. */
  readonly result: unknown;
  readonly error: unknown;
}

function loadCompat(): CompatCase[] {
  const dir = `${CONFORMANCE_DIR}compat/`;
  const files: unknown = JSON.parse(readFileSync(`${dir}index.json`, "utf8"));
  if (!Array.isArray(files)) throw new Error("compat/index.json is not an array");
  const cases: CompatCase[] = [];
  for (const file of files) {
    const entries: unknown = JSON.parse(readFileSync(`${dir}${String(file)}`, "utf8"));
    if (!Array.isArray(entries)) throw new Error(`${String(file)} is not an array`);
    entries.forEach((entry: unknown, index) => {
      if (typeof entry !== "object" || entry === null) return;
      const e = entry as { description?: unknown; rule?: unknown; data?: unknown; result?: unknown; error?: unknown };
      cases.push({
        id: `${String(file)}#${index}`,
        description: String(e.description),
        rule: e.rule,
        data: e.data,
        result: e.result,
        error: e.error,
      });
    });
  }
  return cases;
}

const CASES = loadCompat();

/** Equality as JSON sees it (the suites' results are JSON, which cannot tell -0 from 0). */
function jsonEqual(a: unknown, b: unknown): boolean {
  return sameValue(a, b) || (a === 0 && b === 0);
}

describe("compat suites agree with json-logic-js", () => {
  it("loads all 1,138 cases", () => {
    expect(CASES).toHaveLength(1138);
  });

  it("passes the suites' own expectations exactly where json-logic-js does (816 cases)", () => {
    const passes = (run: (rule: unknown, data: unknown) => unknown) =>
      CASES.filter((c) => {
        const o = outcome(() => run(c.rule, c.data));
        if (c.error !== undefined) return !o.ok;
        return o.ok && jsonEqual(o.value, c.result);
      }).map((c) => c.id);
    const referencePasses = passes(reference);
    expect(referencePasses).toHaveLength(816);
    for (const path of OUR_PATHS) expect(passes(path.run)).toStrictEqual(referencePasses);
  });

  for (const path of OUR_PATHS) {
    describe(path.name, () => {
      it.each(CASES.filter((c) => !SUITE_DEVIATIONS.has(c.id)))("$id $description", ({ rule, data }) => {
        const expected = outcome(() => reference(rule, data));
        const got = outcome(() => path.run(rule, data));
        // Only the fact of throwing is compared: our error is a RuleError, json-logic-js's a plain Error.
        const describeOutcome = (o: typeof got) => (o.ok ? show(o.value) : "throws");
        const detail = expected.ok ? "" : ` (${String(expected.error)})`;
        expect(describeOutcome(got), `reference${detail}`).toBe(describeOutcome(expected));
        expect(sameOutcome(got, expected)).toBe(true);
      });

      const deviating = [
        ...CASES.filter((c) => SUITE_DEVIATIONS.has(c.id)),
        ...DEVIATIONS.filter((d) => d.id.startsWith("extra:")).map((d) => ({ ...d, description: d.reason })),
      ];
      it.each(deviating)("documented deviation $id: $description", ({ rule, data }) => {
        const expected = outcome(() => reference(rule, data));
        const got = outcome(() => path.run(rule, data));
        expect(sameOutcome(got, expected)).toBe(false);
      });
    });
  }
});
