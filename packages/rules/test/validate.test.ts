import { type RegencyConfig, type RuleScope, readableFields } from "@satu-atap/config";
import { beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_OPERATORS,
  DEFAULT_RULE_LIMITS,
  PROBLEM_MESSAGES,
  type RuleProblem,
  type RuleSchema,
  validateRule,
} from "../src/validate/index.ts";
import { loadSragen } from "./household-fixtures.ts";

let config: RegencyConfig;
let household: RuleSchema;

beforeAll(async () => {
  config = await loadSragen();
  household = { fields: readableFields("household", config) };
});

const codes = (problems: readonly RuleProblem[]): string[] => problems.map((p) => p.code);
const at = (problems: readonly RuleProblem[]): Array<[string, string]> => problems.map((p) => [p.code, p.path]);

describe("validateRule on Sragen's configuration", () => {
  it("accepts every rule of Sragen in its scope", () => {
    const check = (rule: unknown, scope: RuleScope): RuleProblem[] => validateRule(rule, { fields: readableFields(scope, config) });
    for (const criterion of config.survey.criteria) expect(check(criterion.sign, "sign")).toEqual([]);
    expect(check(config.survey.scoring.rule, "scoring")).toEqual([]);
    expect(check(config.survey.classification.rule, "classification")).toEqual([]);
    for (const programme of config.cardProgrammes) {
      for (const tier of programme.tiers) expect(check(tier.qualification, "household")).toEqual([]);
    }
    for (const service of config.services) expect(check(service.eligibility, "household")).toEqual([]);
    expect(check(config.procedure.fastPath?.when, "registration")).toEqual([]);
  });

  it("refuses a scope violation: the classification rule cannot read household facts", () => {
    const problems = validateRule({ var: "household.inReferenceList" }, { fields: readableFields("classification", config) });
    expect(at(problems)).toEqual([["rule_unknown_variable", "/var"]]);
  });
});

describe("validateRule: shape and operators", () => {
  it("accepts literals and plain arrays", () => {
    expect(validateRule(true, household)).toEqual([]);
    expect(validateRule([1, "a", null, [true]], household)).toEqual([]);
  });

  it("refuses an object that is not exactly one operation", () => {
    expect(at(validateRule({}, household))).toEqual([["rule_invalid_operation", ""]]);
    expect(at(validateRule({ and: [{ "==": [1, 1], "!=": [1, 2] }] }, household))).toEqual([["rule_invalid_operation", "/and/0"]]);
  });

  it("refuses unknown and disallowed operators, with the pointer of the operator", () => {
    expect(at(validateRule({ and: [true, { nope: [1] }] }, household))).toEqual([["rule_unknown_operator", "/and/1/nope"]]);
    expect(at(validateRule({ log: "x" }, household))).toEqual([["rule_disallowed_operator", "/log"]]);
    expect(at(validateRule({ method: [{ var: "score" }, "toString"] }, household))).toEqual([["rule_disallowed_operator", "/method"]]);
    const onlyLogic: RuleSchema = { ...household, operators: ["and", "or", "!", "var"] };
    expect(at(validateRule({ and: [{ "<": [{ var: "score" }, 3] }] }, onlyLogic))).toEqual([["rule_disallowed_operator", "/and/0/<"]]);
  });

  it("escapes operator names in pointers (RFC 6901)", () => {
    expect(at(validateRule({ "a/b~c": 1 }, household))).toEqual([["rule_unknown_operator", "/a~1b~0c"]]);
  });

  it("keeps walking after an unknown operator, to report the problems inside", () => {
    expect(at(validateRule({ nope: [{ var: "nothing.here" }] }, household))).toEqual([
      ["rule_unknown_operator", "/nope"],
      ["rule_unknown_variable", "/nope/0/var"],
    ]);
  });

  it("allows log when the schema allows it", () => {
    expect(validateRule({ log: 1 }, { ...household, operators: [...DEFAULT_OPERATORS, "log"] })).toEqual([]);
  });
});

describe("validateRule: arity", () => {
  const cases: Array<[unknown, string]> = [
    [{ "!": [true, false] }, "/!"],
    [{ "!!": [] }, "/!!"],
    [{ if: [true, 1] }, "/if"],
    [{ if: [] }, "/if"],
    [{ "?:": [true, 1] }, "/?:"],
    [{ substr: ["abc"] }, "/substr"],
    [{ substr: ["abc", 1, 2, 3] }, "/substr"],
    [{ "<": [1, 2, 3, 4] }, "/<"],
    [{ "<": [1] }, "/<"],
    [{ ">": [1, 2, 3] }, "/>"],
    [{ ">=": [1, 2, 3] }, "/>="],
    [{ "==": [1] }, "/=="],
    [{ in: ["a"] }, "/in"],
    [{ var: [] }, "/var"],
    [{ var: ["score", 0, 1] }, "/var"],
    [{ missing_some: [1] }, "/missing_some"],
    [{ map: [[1, 2]] }, "/map"],
    [{ filter: [[1], true, 3] }, "/filter"],
    [{ all: [[1]] }, "/all"],
    [{ reduce: [[1]] }, "/reduce"],
    [{ reduce: [[1], 0, 0, 0] }, "/reduce"],
    [{ age: ["2000-01-01"] }, "/age"],
    [{ months_between: ["2000-01-01", "2001-01-01", "x"] }, "/months_between"],
    [{ count: [] }, "/count"],
    [{ count: [[1], true, 3] }, "/count"],
    [{ "/": [1] }, "/~1"],
    [{ "-": [1, 2, 3] }, "/-"],
  ];
  it.each(cases)("refuses %j", (rule, path) => {
    expect(at(validateRule(rule, household))).toEqual([["rule_arity", path]]);
  });

  it("accepts the allowed counts", () => {
    const ok = [
      { "!": true },
      { if: [true] },
      { if: [true, 1, 2] },
      { if: [true, 1, false, 2, 3] },
      { substr: ["abc", 1] },
      { substr: ["abc", 1, -1] },
      { "<": [1, 2, 3] },
      { "<=": [1, 2] },
      { var: "score" },
      { var: ["score", 0] },
      { missing_some: [1, ["score", "category"]] },
      { reduce: [[1, 2], { "+": [{ var: "current" }, { var: "accumulator" }] }, 0] },
      { count: [{ var: "household.members" }] },
      { count: [{ var: "household.members" }, { "==": [{ var: "sex" }, "female"] }] },
      { "-": [1] },
    ];
    for (const rule of ok) expect(validateRule(rule, household)).toEqual([]);
  });
});

describe("validateRule: variables", () => {
  it("refuses unknown variables with the pointer of the name", () => {
    expect(at(validateRule({ and: [{ "<": [{ var: "answers.flor_area" }, 8] }] }, household))).toEqual([
      ["rule_unknown_variable", "/and/0/</0/var"],
    ]);
    expect(at(validateRule({ "<": [{ var: ["answers.flor_area", 0] }, 8] }, household))).toEqual([["rule_unknown_variable", "/</0/var/0"]]);
  });

  it("refuses the empty name (the whole data) outside an element scope", () => {
    expect(codes(validateRule({ var: "" }, household))).toEqual(["rule_unknown_variable"]);
  });

  it("resolves names inside iterating operators against the element's fields", () => {
    const members = { var: "household.members" };
    expect(validateRule({ some: [members, { "==": [{ var: "relation" }, "child"] }] }, household)).toEqual([]);
    expect(validateRule({ count: [{ filter: [members, { var: "working" }] }, { "<": [{ var: "gpa" }, 3] }] }, household)).toEqual([]);
    expect(at(validateRule({ all: [members, { var: "category" }] }, household))).toEqual([["rule_unknown_variable", "/all/1/var"]]);
    expect(at(validateRule({ count: [members, { "==": [{ var: "sex" }, "other"] }] }, household))).toEqual([
      ["rule_unknown_value", "/count/1/==/1"],
    ]);
    // Over a literal array the element is unknown: names cannot be checked, so they are accepted.
    expect(validateRule({ map: [[[1, 2]], { var: "1" }] }, household)).toEqual([]);
    // Indexing into an array field reaches the element fields.
    expect(validateRule({ "==": [{ var: "household.members.0.sex" }, "female"] }, household)).toEqual([]);
  });

  it("resolves current and accumulator inside reduce", () => {
    const rule = { reduce: [{ var: "household.members" }, { "+": [{ var: "accumulator" }, { var: "current.gpa" }] }, 0] };
    expect(validateRule(rule, household)).toEqual([]);
    const bad = { reduce: [{ var: "household.members" }, { "+": [{ var: "score" }, { var: "current.nope" }] }, 0] };
    expect(at(validateRule(bad, household))).toEqual([
      ["rule_unknown_variable", "/reduce/1/+/0/var"],
      ["rule_unknown_variable", "/reduce/1/+/1/var"],
    ]);
  });

  it("checks names listed in missing and missing_some", () => {
    expect(validateRule({ missing: ["score", "category"] }, household)).toEqual([]);
    expect(at(validateRule({ missing: [["score", "nope"]] }, household))).toEqual([["rule_unknown_variable", "/missing/0/1"]]);
    expect(at(validateRule({ missing_some: [1, ["score", "nope"]] }, household))).toEqual([["rule_unknown_variable", "/missing_some/1/1"]]);
    expect(at(validateRule({ missing_some: ["1", ["score"]] }, household))).toEqual([["rule_invalid_argument", "/missing_some/0"]]);
  });

  it("refuses computed names and names that are not text", () => {
    expect(at(validateRule({ var: { cat: ["sco", "re"] } }, household))).toEqual([["rule_dynamic_variable", "/var"]]);
    expect(at(validateRule({ var: [true] }, household))).toEqual([["rule_invalid_argument", "/var/0"]]);
  });

  it("accepts a schema given as a map", () => {
    const schema: RuleSchema = {
      fields: {
        "answers.floor_area_per_person": { type: "number", nullable: true },
        members: { type: "array", nullable: false, items: { sex: { type: "string", nullable: false, values: ["female", "male"] } } },
      },
    };
    expect(validateRule({ "<": [{ var: "answers.floor_area_per_person" }, 8] }, schema)).toEqual([]);
    expect(at(validateRule({ some: [{ var: "members" }, { "==": [{ var: "sex" }, "f"] }] }, schema))).toEqual([
      ["rule_unknown_value", "/some/1/==/1"],
    ]);
  });
});

describe("validateRule: types", () => {
  it("refuses ordering a yes/no field", () => {
    expect(at(validateRule({ "<": [{ var: "answers.can_afford_puskesmas" }, 5] }, household))).toEqual([["rule_type_mismatch", "/</0"]]);
    expect(at(validateRule({ ">=": [3, { var: "household.inReferenceList" }] }, household))).toEqual([["rule_type_mismatch", "/>=/1"]]);
  });

  it("refuses comparing a number field with non-numeric text (but not numeric text, loosely)", () => {
    expect(at(validateRule({ "==": [{ var: "score" }, "abc"] }, household))).toEqual([["rule_type_mismatch", "/==/1"]]);
    expect(validateRule({ "==": [{ var: "score" }, "5"] }, household)).toEqual([]);
    expect(at(validateRule({ "===": [{ var: "score" }, "5"] }, household))).toEqual([["rule_type_mismatch", "/===/1"]]);
    expect(at(validateRule({ "<": [{ var: "score" }, "many"] }, household))).toEqual([["rule_type_mismatch", "/</1"]]);
  });

  it("refuses a yes/no field compared with text", () => {
    expect(at(validateRule({ "==": [{ var: "answers.chronic_illness" }, "true"] }, household))).toEqual([["rule_type_mismatch", "/==/1"]]);
    expect(validateRule({ "==": [{ var: "answers.chronic_illness" }, 1] }, household)).toEqual([]);
  });

  it("refuses values outside a closed list", () => {
    expect(at(validateRule({ "==": [{ var: "answers.floor_type" }, "marble"] }, household))).toEqual([["rule_unknown_value", "/==/1"]]);
    expect(at(validateRule({ "!=": ["poorest", { var: "category" }] }, household))).toEqual([["rule_unknown_value", "/!=/0"]]);
    expect(at(validateRule({ in: [{ var: "category" }, ["poor", "poorest"]] }, household))).toEqual([["rule_unknown_value", "/in/1/1"]]);
    expect(at(validateRule({ "==": [{ var: "holds.saraswati" }, "mawar"] }, household))).toEqual([["rule_unknown_value", "/==/1"]]);
  });

  it("refuses an in-list that cannot contain the field's value", () => {
    expect(at(validateRule({ in: [{ var: "score" }, ["a", "b"]] }, household))).toEqual([["rule_type_mismatch", "/in/1"]]);
    expect(at(validateRule({ in: [{ var: "answers.chronic_illness" }, [1, 0]] }, household))).toEqual([["rule_type_mismatch", "/in/1"]]);
    expect(validateRule({ in: [{ var: "score" }, [1, 2, 3]] }, household)).toEqual([]);
    expect(at(validateRule({ in: [{ var: "category" }, 5] }, household))).toEqual([["rule_type_mismatch", "/in/1"]]);
  });

  it("checks dates", () => {
    expect(validateRule({ "<": [{ var: "household.recentDeathDate" }, "2014-01-01"] }, household)).toEqual([]);
    expect(at(validateRule({ "<": [{ var: "household.recentDeathDate" }, 2014] }, household))).toEqual([["rule_type_mismatch", "/</1"]]);
    expect(at(validateRule({ age: [{ var: "applicant.birthDate" }, "today"] }, household))).toEqual([["rule_type_mismatch", "/age/1"]]);
    expect(at(validateRule({ months_between: [{ var: "score" }, { var: "decisionDate" }] }, household))).toEqual([
      ["rule_type_mismatch", "/months_between/0"],
    ]);
  });

  it("checks arithmetic operands and iterated arrays", () => {
    expect(at(validateRule({ "+": [{ var: "score" }, { var: "answers.disability" }] }, household))).toEqual([["rule_type_mismatch", "/+/1"]]);
    expect(at(validateRule({ "*": [{ var: "score" }, "x"] }, household))).toEqual([["rule_type_mismatch", "/*/1"]]);
    expect(validateRule({ "+": [{ var: "score" }, "2"] }, household)).toEqual([]);
    expect(at(validateRule({ some: [{ var: "score" }, true] }, household))).toEqual([["rule_type_mismatch", "/some/0"]]);
  });

  it("leaves computed values alone", () => {
    expect(validateRule({ "==": [{ if: [true, 1, "a"] }, "b"] }, household)).toEqual([]);
    expect(validateRule({ "<": [{ var: ["answers.can_afford_puskesmas", 0] }, 1] }, household)).toEqual([]);
  });
});

describe("validateRule: limits", () => {
  it("refuses rules beyond custom limits", () => {
    expect(at(validateRule({ "!": { "!": { "!": { "!": true } } } }, household, { maxDepth: 3 }))).toEqual([["rule_too_deep", "/!/!/!/!"]]);
    expect(at(validateRule({ and: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] }, household, { maxNodes: 10 }))).toEqual([["rule_too_many_nodes", "/and/9"]]);
    expect(at(validateRule({ cat: ["0123456789", "0123456789"] }, household, { maxLiteralBytes: 20 }))).toEqual([
      ["rule_literal_too_large", "/cat/1"],
    ]);
    expect(at(validateRule({ in: [1, [1, 2, 3, 4]] }, household, { maxArrayLength: 3 }))).toEqual([["rule_array_too_long", "/in/1"]]);
    expect(at(validateRule({ and: [1, 2, 3, 4] }, household, { maxArrayLength: 3 }))).toEqual([["rule_array_too_long", "/and"]]);
    expect(at(validateRule({ cat: ["abcdef"] }, household, { maxStringLength: 5 }))).toEqual([["rule_string_too_long", "/cat/0"]]);
  });

  it("has the documented defaults", () => {
    expect(DEFAULT_RULE_LIMITS).toEqual({ maxDepth: 64, maxNodes: 5000, maxLiteralBytes: 65536, maxArrayLength: 10000, maxStringLength: 10000 });
    let rule: unknown = true;
    for (let i = 0; i < 64; i++) rule = { "!": rule };
    expect(validateRule(rule, household)).toEqual([]);
    expect(codes(validateRule({ "!": rule }, household))).toEqual(["rule_too_deep"]);
  });
});

describe("validateRule: messages", () => {
  it("gives every problem an Indonesian and an English message, message = messages.en", () => {
    const problems = [
      ...validateRule({ nope: 1 }, household),
      ...validateRule({ "<": [{ var: "answers.can_afford_puskesmas" }, 5] }, household),
      ...validateRule({ var: "answers.nope" }, household),
      ...validateRule({ "!": [1, 2] }, household),
      ...validateRule({ "==": [{ var: "category" }, "x"] }, household),
    ];
    expect(problems).toHaveLength(5);
    for (const problem of problems) {
      expect(problem.message).toBe(problem.messages.en);
      expect(problem.messages.id.length).toBeGreaterThan(0);
      expect(problem.messages.id).not.toBe(problem.messages.en);
    }
    expect(problems.map((p) => p.messages.id)).toEqual([
      'Operator aturan "nope" tidak dikenal',
      '"<": {"var": "answers.can_afford_puskesmas"} bertipe ya/tidak (boolean), seharusnya angka atau tanggal',
      'Variabel "answers.nope" tidak dapat dibaca oleh aturan ini',
      'Operator "!" menerima tepat 1 argumen; diberikan 2',
      expect.stringContaining('"x" bukan nilai dari "category"'),
    ]);
  });

  it("keeps every message in one table keyed by code", () => {
    expect(Object.keys(PROBLEM_MESSAGES).sort()).toEqual(
      [
        "rule_not_json",
        "rule_invalid_operation",
        "rule_forbidden_key",
        "rule_unknown_operator",
        "rule_disallowed_operator",
        "rule_arity",
        "rule_invalid_argument",
        "rule_dynamic_variable",
        "rule_forbidden_path",
        "rule_unknown_variable",
        "rule_type_mismatch",
        "rule_unknown_value",
        "rule_too_deep",
        "rule_too_many_nodes",
        "rule_literal_too_large",
        "rule_array_too_long",
        "rule_string_too_long",
      ].sort(),
    );
  });

  it("refuses values that are not JSON", () => {
    expect(at(validateRule({ "+": [1, Number.NaN] }, household))).toEqual([["rule_not_json", "/+/1"]]);
    expect(at(validateRule({ "!": () => true }, household))).toEqual([["rule_not_json", "/!"]]);
    expect(at(validateRule({ "==": [new Date(0), 1] }, household))).toEqual([["rule_not_json", "/==/0"]]);
  });
});
