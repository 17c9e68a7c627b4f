/**
 * Differential tests of the SQL translation: generated rules over generated
 * households, `SELECT id, <value>, <predicate> FROM households` against the
 * JS evaluators row by row — E's `evaluate` and json-logic-js 2.0.5 (with the
 * domain operators registered and `count` expanded for it). Values must be
 * identical (`Object.is`: NaN, ±Infinity and -0 included), predicates must
 * equal the JSON-logic truthiness of the JS value.
 *
 * Runs on PGlite always, and on PostgreSQL when TEST_DATABASE_URL is set
 * (a fresh database from `createTestDatabase`, dropped afterwards).
 */
import { PGlite } from "@electric-sql/pglite";
import { createTestDatabase, type TestDatabase } from "@satu-atap/db/testing";
import fc from "fast-check";
import jsonLogic from "json-logic-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluate, expandCountForReference, registerDomainOperations } from "../src/index.ts";
import pg from "pg";
import { elementFromCatalogue, SqlUnsupportedError, toSql, toSqlPredicate, type SqlExpression, type SqlColumns, type SqlFragment, type ToSqlOptions } from "../src/sql/index.ts";
import { PERSON_FIELDS } from "@satu-atap/config";
import {
  BENCH_COLUMNS,
  BENCH_DECISION_DATE,
  BENCH_MEMBER_SCORE_RULE,
  BENCH_MEMBER_WHERE_RULE,
  BENCH_SCORE_RULE,
  BENCH_WHERE_RULE,
  JS_BENCH_COLUMNS,
  LOAD_JS_HOUSEHOLDS,
  generateBenchRowsSql,
  jsHouseholdsJson,
} from "../bench/sql.ts";
import { benchRule, handWritten } from "../bench/js-rule.ts";
import { generateHouseholds } from "../bench/js-households.ts";
import {
  COLUMNS,
  CREATE_HOUSEHOLDS,
  INSERT_HOUSEHOLDS,
  SELECT_HOUSEHOLDS,
  generateRows,
  parseSqlNumber,
  ruleArb,
  rowData,
  type HouseholdRow,
} from "./sql-fixtures.ts";

const ROWS = 300;
const RULES = 700;
const SEED = 20250611;

beforeAll(() => registerDomainOperations(jsonLogic));
afterAll(() => {
  for (const name of ["age", "months_between", "count"]) jsonLogic.rm_operation(name);
});

type Outcome = { ok: true; value: unknown } | { ok: false; error: string };

function outcome(run: () => unknown): Outcome {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

function show(value: unknown): string {
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  return JSON.stringify(value) ?? String(value);
}

/** The two drivers, reduced to what these tests need. */
interface Database {
  query(text: string, params?: readonly unknown[]): Promise<Array<Record<string, unknown>>>;
  close(): Promise<void>;
}

function pglite(): Database {
  const db = new PGlite();
  return {
    query: async (text, params = []) => (await db.query<Record<string, unknown>>(text, [...params])).rows,
    close: () => db.close(),
  };
}

async function postgres(url: string): Promise<Database> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    query: async (text, params = []) => (await client.query<Record<string, unknown>>(text, [...params])).rows,
    close: () => client.end(),
  };
}

/** The SELECT list entry reading a value exactly (numbers as text, see parseSqlNumber). */
function selectValue(value: SqlExpression): string {
  return value.type === "number" ? `(${value.text})::text` : `(${value.text})`;
}

async function loadHouseholds(db: Database): Promise<HouseholdRow[]> {
  await db.query("DROP TABLE IF EXISTS households");
  await db.query(CREATE_HOUSEHOLDS);
  await db.query(INSERT_HOUSEHOLDS, [generateRows(ROWS, SEED)]);
  return (await db.query(SELECT_HOUSEHOLDS)) as unknown as HouseholdRow[];
}

interface Run {
  rules: number;
  values: number;
  predicates: number;
  refused: number;
  mismatches: string[];
}

/** Compares one rule on every row; appends mismatches to `run`. */
async function check(db: Database, rule: unknown, rows: readonly HouseholdRow[], run: Run, columns: SqlColumns, options: ToSqlOptions): Promise<void> {
  let value: SqlExpression | undefined;
  let predicate: SqlFragment | undefined;
  try {
    value = toSql(rule, columns, options);
  } catch (error) {
    if (!(error instanceof SqlUnsupportedError)) throw error;
  }
  try {
    // Numbered after the value's parameters, so both go into one query.
    predicate = toSqlPredicate(rule, columns, { ...options, paramOffset: value?.params.length ?? 0 });
  } catch (error) {
    if (!(error instanceof SqlUnsupportedError)) throw error;
  }
  run.rules += 1;
  if (predicate === undefined) {
    // Whatever the value form accepts, the predicate form accepts too.
    if (value !== undefined) run.mismatches.push(`${show(rule)}: value compiles but predicate is refused`);
    run.refused += 1;
    return;
  }
  run.predicates += 1;
  if (value !== undefined) run.values += 1;
  const select = ["id", `${predicate.text} AS p`, ...(value === undefined ? [] : [`${selectValue(value)} AS v`])];
  let result: Array<Record<string, unknown>>;
  try {
    result = await db.query(`SELECT ${select.join(", ")} FROM households ORDER BY id`, [...(value?.params ?? []), ...predicate.params]);
  } catch (error) {
    run.mismatches.push(`${show(rule)}: SQL failed: ${String(error).slice(0, 300)}`);
    return;
  }
  const reference = expandCountForReference(rule);
  for (const [i, row] of rows.entries()) {
    const data = rowData(row);
    const ours = outcome(() => evaluate(rule, data));
    const theirs = outcome(() => jsonLogic.apply(reference as Parameters<typeof jsonLogic.apply>[0], data));
    const got = result[i];
    if (got === undefined) throw new Error("row count differs");
    const where = `${show(rule)} on row ${row.id} ${show(data)}`;
    if (!ours.ok || !theirs.ok) {
      run.mismatches.push(`${where}: JS throws (${ours.ok ? "" : ours.error} / ${theirs.ok ? "" : theirs.error}) but SQL compiled`);
      continue;
    }
    if (!sameValue(ours.value, theirs.value)) throw new Error(`${where}: evaluate ${show(ours.value)} ≠ json-logic-js ${show(theirs.value)}`);
    if (got.p !== truthy(ours.value)) run.mismatches.push(`${where}: predicate SQL ${show(got.p)}, JS value ${show(ours.value)}`);
    if (value !== undefined) {
      const sqlValue = value.type === "number" ? parseSqlNumber(got.v as string | null) : got.v;
      if (!sameValue(sqlValue, ours.value)) run.mismatches.push(`${where}: value SQL ${show(sqlValue)} (${value.type}), JS ${show(ours.value)}`);
    }
    if (run.mismatches.length > 20) return;
  }
}

/** Hand-picked rules the generator may miss: coercion corners, domain operators, realistic criteria. */
const EXAMPLES: unknown[] = [
  { "==": [{ var: "answers.wall" }, 12] },
  { "==": [{ var: "answers.wall" }, 0] },
  { "===": [{ var: "answers.wall" }, null] },
  { "<": [{ var: "answers.wall" }, "5"] },
  { "<": [{ var: "answers.wall" }, 5] },
  { "<=": [0, { var: "answers.income" }, 100] },
  { "+": [{ var: "answers.wall" }, 1] },
  { "*": [{ var: "answers.wall" }, { var: "score" }] },
  { "*": [-1, 0, { var: "answers.income" }] },
  { "-": [{ var: "answers.wall" }] },
  { "/": [{ var: "score" }, { var: "answers.income" }] },
  { "/": [{ "-": [1] }, { "-": [{ var: "answers.rooms" }] }] },
  { "%": [{ var: "answers.rooms" }, 3] },
  { min: [{ var: "score" }, { "-": [{ var: "answers.rooms" }] }, 0] },
  { max: [{ "-": [0] }, { var: "score" }] },
  { cat: [{ var: "score" }, "/", { var: "answers.income" }, { var: "household.inReferenceList" }, null] },
  { cat: [{ "/": [1, { var: "answers.income" }] }, { "*": [{ var: "score" }, 1e20] }, { "/": [{ var: "score" }, 1e9] }] },
  { in: [{ var: "household.villageCode" }, ["3314010", "3314011", null]] },
  { in: [{ var: "answers.income" }, [0, 1, 2, "3"]] },
  { in: ["b", { var: "answers.wall" }] },
  { in: [{ var: "score" }, { var: "answers.wall" }] },
  { in: [{ var: "answers.wall" }, { var: "answers.tags" }] },
  { in: [{ var: "answers.income" }, { var: "answers.tags" }] },
  { in: [null, { var: "answers.tags" }] },
  { and: [{ var: "answers.income" }, { var: "score" }] },
  { or: [{ var: "answers.wall" }, { var: "household.villageCode" }, "none"] },
  { or: [{ var: "answers.toilet" }, { var: "household.inReferenceList" }] },
  { if: [{ var: "answers.toilet" }, { var: "answers.income" }, { var: "answers.area" }, 3, null] },
  { var: ["answers.income", 7] },
  { var: ["answers.house.floor", -1] },
  { var: ["answers.wall", "missing"] },
  { var: "household.members" },
  { age: [{ var: "answers.headBirth" }, { var: "decisionDate" }] },
  { age: [{ var: "answers.headBirth" }, { var: "registeredOn" }] },
  { months_between: [{ var: "registeredOn" }, { var: "answers.headBirth" }] },
  { age: ["2008-02-29", { var: "registeredOn" }] },
  { count: [{ var: "household.members" }] },
  { count: [{ var: "answers.tags" }] },
  { count: [{ var: "household.members" }, { "<": [{ age: [{ var: "birthDate" }, "2024-06-01"] }, 18] }] },
  { count: [{ var: "household.members" }, { and: [{ "==": [{ var: "sex" }, "female"] }, { var: "working" }] }] },
  { count: [{ var: "household.members" }, { var: "gpa" }] },
  { some: [{ var: "household.members" }, { "==": [{ var: "disability" }, "severe"] }] },
  { all: [{ var: "household.members" }, { ">=": [{ age: [{ var: "birthDate" }, "2024-06-01"] }, 18] }] },
  { none: [{ var: "household.members" }, { var: "chronicIllness" }] },
  {
    "/": [
      { "+": [{ var: "answers.income" }, { "*": [{ var: "answers.area" }, 2] }] },
      { max: [1, { count: [{ var: "household.members" }] }] },
    ],
  },
  BENCH_SCORE_RULE,
  BENCH_WHERE_RULE,
];

/**
 * The same rows under trusted types: the generated data breaks only the
 * "valid date" promise (it holds invalid date strings on purpose), so here
 * the JSONB date fields are declared plain strings; `registeredOn` (a SQL
 * `date` column) stays a trusted date.
 */
const TRUSTED_COLUMNS: SqlColumns = {
  ...COLUMNS,
  "answers.headBirth": { kind: "jsonb", column: "answers", path: ["headBirth"], type: "string" },
  "household.members": {
    kind: "column",
    column: "members",
    type: "array",
    element: { ...elementFromCatalogue(PERSON_FIELDS), birthDate: "string" },
  },
};

/** Every rule on every row, once with checked and once with trusted types (a fresh database each). */
async function differential(open: () => Promise<Database>, rules: readonly unknown[]): Promise<Run[]> {
  const runs: Run[] = [];
  for (const [columns, options] of [
    [COLUMNS, {}],
    [TRUSTED_COLUMNS, { jsonTypes: "trusted" }],
  ] as const) {
    const run: Run = { rules: 0, values: 0, predicates: 0, refused: 0, mismatches: [] };
    const db = await open();
    try {
      const rows = await loadHouseholds(db);
      expect(rows).toHaveLength(ROWS);
      for (const rule of rules) {
        await check(db, rule, rows, run, columns, options);
        if (run.mismatches.length > 20) break;
      }
    } finally {
      await db.close();
    }
    runs.push(run);
  }
  return runs;
}

const GENERATED = fc.sample(ruleArb, { seed: SEED, numRuns: RULES });

function expectAgreement(label: string, runs: readonly Run[]): void {
  for (const [i, run] of runs.entries()) {
    console.info(`${label} (${i === 0 ? "checked" : "trusted"} types): ${run.rules} rules, ${run.predicates} predicates and ${run.values} values compared on every row, ${run.refused} refused`);
    expect(run.mismatches.slice(0, 10)).toStrictEqual([]);
    // The generator stays mostly inside the subset, so most rules must really be compared.
    expect(run.predicates).toBeGreaterThan(0.6 * run.rules);
    expect(run.values).toBeGreaterThan(0.4 * run.rules);
  }
}

describe("SQL differential on PGlite", () => {
  let db: Database | undefined;
  beforeAll(() => {
    db = pglite();
  });
  afterAll(async () => {
    await db?.close();
  });

  it(`agrees with evaluate and json-logic-js on ${RULES} generated rules × ${ROWS} rows`, async () => {
    if (db === undefined) throw new Error("no database");
    expectAgreement("PGlite", await differential(async () => pglite(), [...EXAMPLES, ...GENERATED]));
  });

  it("agrees on the benchmark rules over benchmark rows generated in SQL", async () => {
    if (db === undefined) throw new Error("no database");
    await db.query(generateBenchRowsSql("bench_households", 500));
    const rows = await db.query(`SELECT id, answers, members, village_code, in_reference_list FROM bench_households ORDER BY id`);
    let eligible = 0;
    for (const [options, scoreRule, whereRule] of [
      [{}, BENCH_SCORE_RULE, BENCH_WHERE_RULE],
      [{ jsonTypes: "trusted" }, BENCH_SCORE_RULE, BENCH_WHERE_RULE],
      [{}, BENCH_MEMBER_SCORE_RULE, BENCH_MEMBER_WHERE_RULE],
      [{ jsonTypes: "trusted" }, BENCH_MEMBER_SCORE_RULE, BENCH_MEMBER_WHERE_RULE],
    ] as const) {
      const score = toSql(scoreRule, BENCH_COLUMNS, options);
      const where = toSqlPredicate(whereRule, BENCH_COLUMNS, { ...options, paramOffset: score.params.length });
      const result = await db.query(`SELECT (${score.text})::text AS v, ${where.text} AS p FROM bench_households ORDER BY id`, [
        ...score.params,
        ...where.params,
      ]);
      eligible = 0;
      for (const [i, row] of rows.entries()) {
        const data = {
          answers: row.answers,
          household: { members: row.members, villageCode: row.village_code, inReferenceList: row.in_reference_list },
          decisionDate: BENCH_DECISION_DATE,
        };
        expect(parseSqlNumber(result[i]?.v as string)).toBe(evaluate(scoreRule, data));
        expect(result[i]?.p).toBe(truthy(evaluate(whereRule, data)));
        if (result[i]?.p === true) eligible += 1;
      }
    }
    // The rule must select some rows and reject others, or the benchmark measures nothing.
    expect(eligible).toBeGreaterThan(0);
    expect(eligible).toBeLessThan(rows.length);
  });
});

describe("SQL on the JS benchmark's rule and households", () => {
  it("gives the hand-written function's score for every household", async () => {
    const db = pglite();
    try {
      await db.query(LOAD_JS_HOUSEHOLDS("js_households"), [jsHouseholdsJson(1000)]);
      const households = generateHouseholds(1000);
      for (const jsonTypes of ["checked", "trusted"] as const) {
        const score = toSql(benchRule(), JS_BENCH_COLUMNS, { jsonTypes });
        expect(score.type).toBe("number");
        const rows = await db.query(`SELECT id, (${score.text})::text AS v FROM js_households ORDER BY id`, [...score.params]);
        expect(rows.map((row) => parseSqlNumber(row.v as string))).toStrictEqual(households.map((h) => handWritten(h)));
      }
    } finally {
      await db.close();
    }
  });
});

const adminUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(adminUrl === undefined || adminUrl === "")("SQL differential on PostgreSQL", () => {
  let testDb: TestDatabase | undefined;
  beforeAll(async () => {
    testDb = await createTestDatabase(adminUrl ?? "", "satu_atap_rules_sql");
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  it(`agrees with evaluate and json-logic-js on ${RULES} generated rules × ${ROWS} rows`, async () => {
    const url = testDb?.url;
    if (url === undefined) throw new Error("no database");
    expectAgreement("PostgreSQL", await differential(() => postgres(url), [...EXAMPLES, ...GENERATED]));
  });
});
