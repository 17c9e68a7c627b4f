/**
 * Shared fixtures of the SQL tests: the households table, its column map,
 * generated rows and generated rules (deterministic: fixed fast-check seeds).
 */
import { PERSON_FIELDS } from "@satu-atap/config";
import fc from "fast-check";
import { elementFromCatalogue, type SqlColumns } from "../src/sql/index.ts";

export const DECISION_DATE = "2024-06-01";

/** The test table: JSONB answers and members next to typed columns (raw SQL: not an app table). */
export const CREATE_HOUSEHOLDS = `CREATE TABLE households (
  id int PRIMARY KEY,
  answers jsonb,
  members jsonb,
  score double precision,
  in_reference_list boolean,
  village_code text,
  registered_on date
)`;

/** Loads rows from one JSON parameter, so a few hundred rows are one statement. */
export const INSERT_HOUSEHOLDS = `INSERT INTO households
  SELECT r.id, r.answers, r.members, r.score::float8, r.in_reference_list, r.village_code, r.registered_on::date
  FROM jsonb_to_recordset($1::jsonb) AS r(id int, answers jsonb, members jsonb, score text, in_reference_list boolean, village_code text, registered_on text)`;

/** Reads the rows back exactly (float8 as text: PGlite turns NaN/Infinity into null). */
export const SELECT_HOUSEHOLDS = `SELECT id, answers, members, score::text AS score, in_reference_list, village_code, registered_on::text AS registered_on
  FROM households ORDER BY id`;

export const COLUMNS: SqlColumns = {
  "answers.income": { kind: "jsonb", column: "answers", path: ["income"], type: "number" },
  "answers.area": { kind: "jsonb", column: "answers", path: ["area"], type: "number" },
  "answers.rooms": { kind: "jsonb", column: "answers", path: ["rooms"], type: "number" },
  "answers.toilet": { kind: "jsonb", column: "answers", path: ["toilet"], type: "boolean" },
  "answers.wall": { kind: "jsonb", column: "answers", path: ["wall"], type: "string" },
  "answers.headBirth": { kind: "jsonb", column: "answers", path: ["headBirth"], type: "date" },
  "answers.tags": { kind: "jsonb", column: "answers", path: ["tags"], type: "array" },
  "answers.house.floor": { kind: "jsonb", column: "answers", path: ["house", "floor"], type: "number" },
  "household.members": { kind: "column", column: "members", type: "array", element: elementFromCatalogue(PERSON_FIELDS) },
  "household.inReferenceList": { kind: "column", column: "in_reference_list", type: "boolean" },
  "household.villageCode": { kind: "column", column: "village_code", type: "string" },
  score: { kind: "column", column: "score", type: "number" },
  registeredOn: { kind: "column", column: "registered_on", type: "date" },
  decisionDate: { kind: "value", value: DECISION_DATE, type: "date" },
};

/** A row as read back from the table. */
export interface HouseholdRow {
  id: number;
  answers: unknown;
  members: unknown;
  score: string | null;
  in_reference_list: boolean | null;
  village_code: string | null;
  registered_on: string | null;
}

/** The JS data the evaluators see for a row: SQL NULL columns are present nulls. */
export function rowData(row: HouseholdRow): unknown {
  return {
    answers: row.answers,
    household: { members: row.members, inReferenceList: row.in_reference_list, villageCode: row.village_code },
    score: parseSqlNumber(row.score),
    registeredOn: row.registered_on,
    decisionDate: DECISION_DATE,
  };
}

/** A float8 printed as text, back to the exact JS number (NaN, ±Infinity and -0 included). */
export function parseSqlNumber(text: string | null): number | null {
  if (text === null) return null;
  if (text === "NaN") return NaN;
  if (text === "Infinity") return Infinity;
  if (text === "-Infinity") return -Infinity;
  return Number(text);
}

const STRINGS = ["", "0", "5", "12", " 12 ", "\u00a07\t", "2.50", "-0", "1e3", ".5", "abc", "12abc", "Infinity", "-Infinity", "bamboo", "brick", "true", "null", "x y"];
export const DATES = [
  "2008-02-29", "2000-02-29", "1900-02-28", "2024-02-29", "2023-03-01", "2024-06-01", "2024-06-02", "2024-05-31",
  "1990-12-31", "2012-01-31", "2006-06-01", "2023-02-29", "2024-13-01", "0000-01-01", "", "2024-06-01T00:00:00Z",
];
const SQL_DATES = ["2008-02-29", "2024-02-29", "2024-06-01", "1999-12-31", "2001-02-28"];
const VILLAGES = ["3314010", "3314011", "3314012", "", "0"];
const SEXES = ["female", "male"];
const RELATIONS = ["head", "spouse", "child", "parent", "other"];
const DISABILITIES = ["none", "mild", "severe"];

const numberArb = fc.oneof(
  fc.constantFrom(0, 1, -1, 2, 0.5, -2.5, 3.25, 12, 100, 1e-5, 0.1, 2 ** 31),
  fc.integer({ min: -30, max: 30 }),
  fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100),
  // No tiny magnitudes: PostgreSQL raises "underflow" where JS rounds to 0 (docs/rules-sql.md).
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e4, max: 1e4 }).filter((x) => x === 0 || Math.abs(x) >= 1e-6),
);
const randomDateArb = fc
  .tuple(fc.integer({ min: 1930, max: 2024 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
const dateArb = fc.oneof(fc.constantFrom(...DATES), randomDateArb);

/** Missing key (undefined), JSON null, or a value. */
function answer<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null | undefined> {
  return fc.oneof({ arbitrary: arb, weight: 6 }, { arbitrary: fc.constant(null), weight: 1 }, { arbitrary: fc.constant(undefined), weight: 1 });
}

const memberArb = fc.record({
  birthDate: dateArb,
  sex: fc.constantFrom(...SEXES),
  relation: fc.constantFrom(...RELATIONS),
  working: fc.boolean(),
  chronicIllness: fc.boolean(),
  disability: fc.constantFrom(...DISABILITIES),
  gpa: fc.oneof(fc.constant(null), fc.constantFrom(0, 2.5, 3.75, 4)),
  schoolLevel: fc.constantFrom("none", "SD", "SMP", "SMA", "PT"),
});

const answersArb = fc
  .record({
    income: answer(numberArb),
    area: answer(numberArb),
    rooms: answer(fc.integer({ min: 0, max: 8 })),
    toilet: answer(fc.boolean()),
    wall: answer(fc.constantFrom(...STRINGS)),
    headBirth: answer(dateArb),
    tags: answer(fc.array(fc.oneof(fc.constantFrom(...STRINGS), numberArb, fc.boolean(), fc.constant(null)), { maxLength: 4 })),
    house: answer(fc.oneof(fc.record({ floor: answer(numberArb) }), fc.constant("tiled"), fc.constant(3))),
  })
  .map((answers) => Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined)));

const rowArb = fc.record({
  answers: fc.oneof({ arbitrary: answersArb, weight: 12 }, { arbitrary: fc.constant(null), weight: 1 }),
  members: fc.oneof({ arbitrary: fc.array(memberArb, { maxLength: 5 }), weight: 8 }, { arbitrary: fc.constant(null), weight: 1 }),
  score: fc.oneof(
    { arbitrary: numberArb.map(String), weight: 10 },
    { arbitrary: fc.constantFrom("NaN", "Infinity", "-Infinity", "-0"), weight: 1 },
    { arbitrary: fc.constant(null), weight: 1 },
  ),
  in_reference_list: fc.oneof(fc.boolean(), fc.constant(null)),
  village_code: fc.oneof({ arbitrary: fc.constantFrom(...VILLAGES), weight: 5 }, { arbitrary: fc.constant(null), weight: 1 }),
  registered_on: fc.oneof(fc.constantFrom(...SQL_DATES), fc.constant(null)),
});

/** `count` generated rows, deterministically, as JSON for `INSERT_HOUSEHOLDS`. */
export function generateRows(count: number, seed: number): string {
  const rows = fc.sample(rowArb, { seed, numRuns: count }).map((row, i) => ({ id: i + 1, ...row }));
  return JSON.stringify(rows);
}

// ------------------------------------------------------------------ rules

const NUMBER_VARS = ["answers.income", "answers.area", "answers.rooms", "answers.house.floor", "score"];
const STRING_VARS = ["answers.wall", "household.villageCode"];
const DATE_VARS = ["answers.headBirth", "registeredOn", "decisionDate"];
const BOOLEAN_VARS = ["answers.toilet", "household.inReferenceList"];
const ARRAY_VARS = ["household.members", "answers.tags"];
const LITERALS: unknown[] = [0, 1, -1, 2, 0.5, 12, 100, -2.5, "", "0", "5", "12", " 12 ", "abc", "bamboo", "3314010", true, false, null, ...DATES.slice(0, 6)];

type Leaf = fc.Arbitrary<unknown>;

function varArb(names: readonly string[], defaults: Leaf): Leaf {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...names).map((name) => ({ var: name })), weight: 4 },
    { arbitrary: fc.tuple(fc.constantFrom(...names), defaults).map(([name, fallback]) => ({ var: [name, fallback] })), weight: 1 },
  );
}

/**
 * Random rules of the SQL subset (and a little outside it, where the
 * compiler must refuse): operators nest freely across types, so the
 * coercions are exercised; `count`/`some`/`all`/`none` conditions draw from
 * the member fields.
 */
function grammar(leaf: Leaf, dateLeaf: Leaf, integerLeaf: Leaf, iterators: Leaf | undefined): Leaf {
  const { rule } = fc.letrec<{ rule: unknown; op: unknown }>((tie) => {
    const any = tie("rule");
    const ops: Leaf[] = [
      fc.tuple(fc.constantFrom("==", "===", "!=", "!==", "<", "<=", ">", ">="), any, any).map(([op, a, b]) => ({ [op]: [a, b] })),
      fc.tuple(fc.constantFrom("<", "<="), any, any, any).map(([op, a, b, c]) => ({ [op]: [a, b, c] })),
      fc.tuple(fc.constantFrom("!", "!!"), any).map(([op, a]) => ({ [op]: [a] })),
      fc.tuple(fc.constantFrom("and", "or"), fc.array(any, { minLength: 1, maxLength: 3 })).map(([op, args]) => ({ [op]: args })),
      fc.tuple(fc.constantFrom("if", "?:"), fc.array(any, { minLength: 1, maxLength: 5 })).map(([op, args]) => ({ [op]: args })),
      fc.tuple(fc.constantFrom("+", "*", "min", "max", "cat"), fc.array(any, { minLength: 0, maxLength: 3 })).map(([op, args]) => ({ [op]: args })),
      fc.tuple(fc.constantFrom("-", "/"), fc.array(any, { minLength: 1, maxLength: 2 })).map(([op, args]) => ({ [op]: args.length === 1 && op === "/" ? [args[0], 0] : args })),
      // % is exact in SQL for integer operands (docs/rules-sql.md), so it gets integer-valued ones.
      fc.tuple(integerLeaf, fc.oneof(fc.constantFrom(2, 3, -2, 0), integerLeaf)).map(([a, b]) => ({ "%": [a, b] })),
      fc.tuple(any, fc.oneof(fc.array(fc.constantFrom(...LITERALS), { maxLength: 4 }), any)).map(([a, b]) => ({ in: [a, b] })),
      fc.tuple(fc.constantFrom("age", "months_between"), dateLeaf, dateLeaf).map(([op, a, b]) => ({ [op]: [a, b] })),
    ];
    if (iterators !== undefined) ops.push(iterators);
    return {
      rule: fc.oneof({ depthSize: "small", maxDepth: 4 }, { arbitrary: leaf, weight: 3 }, { arbitrary: tie("op"), weight: 4 }),
      op: fc.oneof(...ops),
    };
  });
  return rule;
}

const literalArb = fc.constantFrom(...LITERALS);
const memberLeaf = fc.oneof(
  literalArb,
  varArb(["birthDate", "sex", "relation", "working", "chronicIllness", "disability", "gpa", "schoolLevel"], literalArb),
);
const memberDateLeaf = fc.oneof(fc.constant({ var: "birthDate" }), fc.constantFrom(...DATES));
const memberIntegerLeaf = fc.oneof(
  fc.constantFrom(0, 7, -4, 12),
  fc.constantFrom(...DATES).map((date) => ({ age: [{ var: "birthDate" }, date] })),
);
const memberConditionArb = grammar(memberLeaf, memberDateLeaf, memberIntegerLeaf, undefined);

const rootLeaf = fc.oneof(
  { arbitrary: literalArb, weight: 3 },
  { arbitrary: varArb(NUMBER_VARS, fc.constantFrom(0, 7, -1, null)), weight: 3 },
  { arbitrary: varArb(STRING_VARS, fc.constantFrom("", "x", null)), weight: 2 },
  { arbitrary: varArb(DATE_VARS, fc.constantFrom("2000-01-01", null)), weight: 1 },
  { arbitrary: varArb(BOOLEAN_VARS, fc.constantFrom(true, false, null)), weight: 2 },
  { arbitrary: fc.constantFrom(...ARRAY_VARS).map((name) => ({ var: name })), weight: 1 },
);
const rootDateLeaf = fc.oneof(fc.constantFrom(...DATE_VARS).map((name) => ({ var: name })), fc.constantFrom(...DATES));
const iteratorArb = fc.oneof(
  fc.tuple(fc.constantFrom("count", "some", "all", "none"), memberConditionArb).map(([op, condition]) => ({
    [op]: [{ var: "household.members" }, condition],
  })),
  fc.constantFrom("household.members", "answers.tags").map((name) => ({ count: [{ var: name }] })),
);

const rootIntegerLeaf = fc.oneof(
  fc.constantFrom(0, 7, -4, 12, null, true, "6"),
  fc.constantFrom({ var: "answers.rooms" }, { count: [{ var: "household.members" }] }, { months_between: [{ var: "answers.headBirth" }, { var: "decisionDate" }] }),
);

/** Root-scope rules. */
export const ruleArb: Leaf = grammar(rootLeaf, rootDateLeaf, rootIntegerLeaf, iteratorArb);
