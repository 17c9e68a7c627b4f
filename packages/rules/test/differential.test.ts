/**
 * Differential tests: random rules over random data, every JavaScript path
 * against json-logic-js 2.0.5 (with the domain operators registered and
 * `count` rewritten into plain JSON-logic for it). Same value by `Object.is`
 * on every leaf, or all throw.
 *
 * The generators avoid names of prototype members (`constructor`,
 * `toString`, …) — reading those is a documented deviation — and `log`
 * (it prints; tested on its own).
 */
import fc from "fast-check";
import jsonLogic from "json-logic-js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  CompiledRuleCache,
  ageInYears,
  clearCompileCache,
  fnv1a64,
  compile,
  evaluate,
  expandCountForReference,
  monthsBetween,
  registerDomainOperations,
} from "../src/index.ts";
import { compileToJs } from "../src/compile/codegen.ts";
import { OUR_PATHS, outcome, reference, sameOutcome, show } from "./conformance-paths.ts";

beforeAll(() => {
  registerDomainOperations(jsonLogic);
});

afterAll(() => {
  for (const name of ["age", "months_between", "count"]) jsonLogic.rm_operation(name);
});

const SEED = 20250611;
const RUNS = 10_000;

const KEYS = ["a", "b", "n", "s", "list", "kids", "0", "1", "x y", ""] as const;
const STRINGS = ["", "0", "1", "-1", "1.5", " 2 ", "1e3", "abc", "a", "true", "null", "2000-02-29", "2024-06-15", "2023-02-29", "x y"];
const DATES = ["2000-02-29", "2001-02-28", "2001-03-01", "2024-02-29", "2024-06-15", "1990-12-31", "2023-02-29", "2024-13-01", "20240615", ""];

const numberArb = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 2, 0.5, 3.25, 1e21, -7, 600000),
  fc.integer({ min: -20, max: 20 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
);
const stringArb = fc.constantFrom(...STRINGS);
const primitiveArb = fc.oneof(numberArb, stringArb, fc.boolean(), fc.constant(null));

/** JSON data: primitives, arrays and objects over a small key set (so `var` paths hit). */
const dataArb: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    primitiveArb,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie("value"), { maxKeys: 5 }),
  ),
})).value;

const pathArb = fc.oneof(
  fc.constantFrom(...KEYS),
  fc.constantFrom("a.b", "list.0", "list.1", "kids.0.n", "s.length", "list.length", "a.0", "n.n", "a.b.c"),
  fc.integer({ min: 0, max: 2 }),
);

const EAGER_OPS = [
  "==", "===", "!=", "!==", ">", ">=", "<", "<=", "!", "!!", "%", "in", "cat", "substr",
  "+", "-", "*", "/", "min", "max", "merge", "missing", "missing_some", "age", "months_between",
] as const;
const LAZY_OPS = ["if", "?:", "and", "or"] as const;
const ITERATORS = ["map", "filter", "all", "none", "some", "count"] as const;

const ruleArb: fc.Arbitrary<unknown> = fc.letrec<{ rule: unknown; args: unknown[] }>((tie) => ({
  rule: fc.oneof(
    { depthSize: "medium", withCrossShrink: true },
    { arbitrary: primitiveArb, weight: 4 },
    {
      arbitrary: fc.record({
        var: fc.oneof(
          pathArb,
          fc.tuple(pathArb, primitiveArb),
          fc.constant(""),
          fc.tuple(tie("rule")),
          fc.tuple(pathArb, tie("rule")),
          fc.tuple(pathArb, primitiveArb, tie("rule")),
        ),
      }),
      weight: 4,
    },
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...EAGER_OPS), fc.oneof({ arbitrary: tie("args"), weight: 4 }, { arbitrary: tie("rule"), weight: 1 }))
        .map(([op, args]) => ({ [op]: args })),
      weight: 10,
    },
    { arbitrary: fc.tuple(fc.constantFrom(...LAZY_OPS), tie("args")).map(([op, args]) => ({ [op]: args })), weight: 3 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...ITERATORS), fc.oneof(fc.record({ var: fc.constantFrom("list", "kids", "a", "") }), tie("rule")), tie("rule"), fc.boolean())
        .map(([op, source, logic, withLogic]) => ({ [op]: withLogic ? [source, logic] : [source] })),
      weight: 2,
    },
    {
      arbitrary: fc
        .tuple(
          fc.oneof(fc.record({ var: fc.constantFrom("list", "kids") }), tie("rule")),
          fc.oneof(
            fc.constant({ "+": [{ var: "accumulator" }, { var: "current" }] }),
            fc.constant({ "*": [{ var: "accumulator" }, { var: "current.n" }] }),
            tie("rule"),
          ),
          fc.option(tie("rule"), { nil: undefined }),
        )
        .map(([source, logic, initial]) => ({ reduce: initial === undefined ? [source, logic] : [source, logic, initial] })),
      weight: 1,
    },
    {
      arbitrary: fc.record({ age: fc.tuple(fc.oneof(fc.constantFrom(...DATES), fc.record({ var: fc.constant("s") })), fc.constantFrom(...DATES)) }),
      weight: 1,
    },
    {
      arbitrary: fc.record({ months_between: fc.tuple(fc.constantFrom(...DATES), fc.oneof(fc.constantFrom(...DATES), tie("rule"))) }),
      weight: 1,
    },
    { arbitrary: fc.constantFrom({}, { a: 1, b: 2 }, { nope: [1] }, { method: ["a", "toUpperCase"] }), weight: 1 },
    { arbitrary: fc.array(tie("rule"), { maxLength: 3 }), weight: 1 },
  ),
  args: fc.array(tie("rule"), { maxLength: 4 }),
})).rule;

function referenceFor(rule: unknown, data: unknown): unknown {
  return reference(expandCountForReference(rule), data);
}

describe("differential: every path equals json-logic-js", () => {
  it(`agrees on ${RUNS} random rules and data`, () => {
    fc.assert(
      fc.property(ruleArb, dataArb, (rule, data) => {
        const expected = outcome(() => referenceFor(rule, data));
        for (const path of OUR_PATHS) {
          const got = outcome(() => path.run(rule, data));
          if (!sameOutcome(got, expected)) {
            const describeOutcome = (o: typeof got) => (o.ok ? show(o.value) : `throws ${String(o.error)}`);
            throw new Error(`${path.name}: ${describeOutcome(got)} but json-logic-js: ${describeOutcome(expected)}`);
          }
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("agrees on iterator-heavy rules over households", () => {
    const memberArb = fc.record({
      age: fc.oneof(fc.integer({ min: 0, max: 90 }), fc.constant(null), fc.constantFrom("7", "")),
      birth: fc.constantFrom(...DATES),
      school: fc.boolean(),
    });
    const householdArb = fc.record({ kids: fc.array(memberArb, { maxLength: 6 }), n: numberArb, s: fc.constantFrom(...DATES) });
    const conditionArb = fc.constantFrom<unknown>(
      { "<": [6, { var: "age" }, 16] },
      { and: [{ ">=": [{ age: [{ var: "birth" }, "2025-01-01"] }, 7] }, { "!": { var: "school" } }] },
      { "==": [{ var: "school" }, true] },
      { var: "age" },
    );
    fc.assert(
      fc.property(householdArb, conditionArb, fc.constantFrom(...ITERATORS), (household, condition, op) => {
        const rule = { [op]: [{ var: "kids" }, condition] };
        const expected = outcome(() => referenceFor(rule, household));
        for (const path of OUR_PATHS) expect(sameOutcome(outcome(() => path.run(rule, household)), expected)).toBe(true);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it("log prints its value once and returns it, on every path", () => {
    const spy = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      for (const path of OUR_PATHS) {
        spy.mockClear();
        expect(path.run({ "+": [{ log: { var: "a" } }, 1] }, { a: 2 })).toBe(3);
        expect(spy.mock.calls).toStrictEqual([[2]]);
      }
    } finally {
      spy.mockRestore();
    }
  });
});

describe("domain operators", () => {
  const AGE_CASES: ReadonlyArray<[string, string, number | null]> = [
    ["2000-06-15", "2024-06-15", 24], // birthday today
    ["2000-06-15", "2024-06-14", 23], // birthday tomorrow
    ["2000-06-15", "2024-06-16", 24], // birthday yesterday
    ["2008-02-29", "2024-02-29", 16], // leap day in a leap year
    ["2008-02-29", "2025-02-28", 16], // non-leap year: not yet on 28 February…
    ["2008-02-29", "2025-03-01", 17], // …but on 1 March
    ["2000-01-01", "2000-01-01", 0],
    ["2024-06-15", "2024-06-14", 0], // a day before birth: 0, not -0
    ["2024-06-15", "2023-06-15", -1],
    ["2023-02-29", "2024-01-01", null], // invalid date
    ["2024-13-01", "2024-01-01", null],
    ["2024-06-15", "2024-06-15T00:00:00Z", null], // timestamps are not dates
    ["0000-01-01", "2024-01-01", null],
  ];

  it.each(AGE_CASES)("age(%s, %s) = %s on every path and json-logic-js", (birth, on, expected) => {
    expect(Object.is(ageInYears(birth, on), expected)).toBe(true);
    const rule = { age: [{ var: "birth" }, on] };
    const data = { birth };
    expect(Object.is(referenceFor(rule, data), expected)).toBe(true);
    for (const path of OUR_PATHS) expect(Object.is(path.run(rule, data), expected)).toBe(true);
  });

  it("age is null when an argument is missing or not a string", () => {
    for (const rule of [{ age: ["2000-01-01"] }, { age: [] }, { age: [20000101, "2024-01-01"] }, { age: [null, "2024-01-01"] }]) {
      for (const path of OUR_PATHS) expect(path.run(rule, {})).toBeNull();
    }
  });

  const MONTH_CASES: ReadonlyArray<[string, string, number | null]> = [
    ["2024-01-31", "2024-02-29", 0],
    ["2024-01-31", "2024-03-01", 1],
    ["2024-01-15", "2024-02-15", 1],
    ["2024-01-15", "2024-02-14", 0],
    ["2024-03-15", "2024-01-20", -1],
    ["2024-03-15", "2024-01-15", -2],
    ["2024-01-15", "2024-01-10", 0],
    ["2020-05-01", "2024-06-15", 49],
    ["2024-02-30", "2024-03-01", null],
  ];

  it.each(MONTH_CASES)("months_between(%s, %s) = %s on every path", (from, to, expected) => {
    expect(Object.is(monthsBetween(from, to), expected)).toBe(true);
    const rule = { months_between: [from, { var: "to" }] };
    for (const path of OUR_PATHS) expect(Object.is(path.run(rule, { to }), expected)).toBe(true);
    expect(Object.is(referenceFor(rule, { to }), expected)).toBe(true);
  });

  it("count counts items, or items meeting a condition evaluated per element", () => {
    const household = {
      members: [
        { age: 4 },
        { age: 7 },
        { age: 12 },
        { age: 15 },
        { age: 16 },
        { age: 40 },
      ],
    };
    const schoolAge = { count: [{ var: "members" }, { "<=": [7, { var: "age" }, 15] }] };
    for (const path of OUR_PATHS) {
      expect(path.run(schoolAge, household)).toBe(3);
      expect(path.run({ count: [{ var: "members" }] }, household)).toBe(6);
      expect(path.run({ count: { var: "members" } }, household)).toBe(6);
      expect(path.run({ count: [{ var: "nobody" }, true] }, household)).toBe(0);
      expect(path.run({ count: [] }, household)).toBe(0);
    }
    expect(referenceFor(schoolAge, household)).toBe(3);
    // The registered json-logic-js operation refuses the condition form rather than get it wrong.
    expect(() => reference(schoolAge, household)).toThrow(/expandCountForReference/);
  });
});

describe("safety", () => {
  it("var never reads prototype members", () => {
    for (const name of ["__proto__", "constructor", "toString", "hasOwnProperty", "a.__proto__", "a.constructor.name"]) {
      for (const path of OUR_PATHS) {
        expect(path.run({ var: name }, { a: {} })).toBeNull();
        expect(path.run({ var: [name, "fallback"] }, { a: {} })).toBe("fallback");
      }
    }
    // Own properties with those names are ordinary data.
    const data: unknown = JSON.parse('{"__proto__": 1, "constructor": 2}');
    for (const path of OUR_PATHS) {
      expect(path.run({ var: "__proto__" }, data)).toBe(1);
      expect(path.run({ var: "constructor" }, data)).toBe(2);
    }
  });

  it("reads only own properties of non-plain data too, even after a prototype is polluted", () => {
    const rule = { "+": [{ var: ["inherited", 1] }, { var: ["a.inherited", 10] }, { var: ["list.0", 100] }, { var: "own" }] };
    const proto = { inherited: 1000 };
    const data = Object.assign(Object.create(proto) as object, { own: 1, a: Object.create(proto) as object, list: [] });
    for (const path of OUR_PATHS) expect(path.run(rule, data)).toBe(112);
    const before = [compile(rule), compileToJs(rule)];
    Object.defineProperty(Object.prototype, "inherited", { value: 5000, configurable: true, writable: true });
    try {
      const plain = { own: 1, a: {}, list: [] };
      for (const fn of before) expect(fn(plain)).toBe(112);
      for (const path of OUR_PATHS) expect(path.run(rule, plain)).toBe(112);
    } finally {
      Reflect.deleteProperty(Object.prototype, "inherited");
    }
  });

  it("never pollutes prototypes", () => {
    const rules: unknown[] = [
      JSON.parse('{"merge": [{"var": "__proto__"}, {"__proto__": {"polluted": true}}]}'),
      { reduce: [[1, 2], { var: "accumulator.__proto__" }, {}] },
      JSON.parse('{"__proto__": {"polluted": true}}'),
    ];
    for (const rule of rules) for (const path of OUR_PATHS) outcome(() => path.run(rule, JSON.parse('{"__proto__": {"polluted": true}}')));
    expect(Reflect.get({}, "polluted")).toBeUndefined();
  });

  it("refuses `method` and unknown operators with a RuleError, only when reached", () => {
    for (const path of OUR_PATHS) {
      const method = outcome(() => path.run({ method: ["abc", "toUpperCase"] }, {}));
      expect(method.ok ? undefined : (method.error as { code?: string }).code).toBe("unsupported_operator");
      const unknown = outcome(() => path.run({ nope: [1] }, {}));
      expect(unknown.ok ? undefined : (unknown.error as { messages?: unknown }).messages).toStrictEqual({
        id: "Operator tidak dikenal: nope",
        en: "Unrecognized operation nope",
      });
      expect(path.run({ if: [true, 1, { nope: [] }] }, {})).toBe(1);
    }
  });

  it("codegen does not run code from rule strings", () => {
    const evil = '"); process.exit(1); ("';
    const exit = vi.spyOn(process, "exit").mockImplementation(() => {
      throw new Error("process.exit called");
    });
    try {
      // The dot in "process.exit" makes `var` descend: '"); process' then 'exit(1); ("'.
      const [head, tail] = evil.split(".") as [string, string];
      const rule = {
        if: [
          { "==": [{ var: evil }, evil] },
          { cat: [evil, { var: [`a.${evil}`, "?"] }, { substr: [evil, 0, 3] }] },
          { in: [evil, [evil, "x"]] },
        ],
      };
      const data = { [head]: { [tail]: evil }, a: { [head]: { [tail]: "!" } } };
      expect(compileToJs(rule)(data)).toBe(`${evil}!");`);
      expect(compileToJs(rule)(data)).toBe(evaluate(rule, data));
      expect(compileToJs(rule)({})).toBe(true);
      const template = "`${process['exit'](1)}`\\\u2028'";
      expect(compileToJs({ var: template })({ [template]: 5 })).toBe(5);
      expect(exit).not.toHaveBeenCalled();
    } finally {
      exit.mockRestore();
    }
  });

  it("hashes with FNV-1a 64 (published test vectors) and evicts the least recently used rule", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
    const cache = new CompiledRuleCache(2);
    const a = cache.get({ var: "a" });
    const b = cache.get({ var: "b" });
    expect(cache.get({ var: "a" })).toBe(a); // a is now the most recent
    cache.get({ var: "c" }); // evicts b
    expect(cache.size).toBe(2);
    expect(cache.get({ var: "a" })).toBe(a);
    expect(cache.get({ var: "b" })).not.toBe(b);
  });

  it("compile caches by content, whatever the key order", () => {
    clearCompileCache();
    const a = compile({ if: [{ var: "x" }, { a: 1, b: 2 }, 0] });
    const b = compile(JSON.parse('{"if": [{"var": "x"}, {"b": 2, "a": 1}, 0]}'));
    expect(b).toBe(a);
    expect(compile({ var: "y" })).not.toBe(a);
    // -0 and 0 are different rules with equal canonical JSON: not merged.
    expect(Object.is(compile({ "*": [-0] })(), -0)).toBe(true);
    expect(Object.is(compile({ "*": [0] })(), 0)).toBe(true);
    expect(evaluate({ "*": [-0] })).toBe(-0);
  });
});
