/**
 * SQL pushdown benchmark: a realistic 20-criterion weighted poverty score
 * (with exclusions, `in` lists, a per-capita division, member counts by age)
 * compiled with `toSqlValue`/`toSqlPredicate` and run over generated
 * households in PGlite.
 *
 *   npx tsx bench/sql.ts --rows 1000000
 *
 * `runSqlBench` is also called by the benchmark driver (bench/run.ts).
 */
import { PERSON_FIELDS } from "@satu-atap/config";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { elementFromCatalogue, toSqlPredicate, toSqlValue, type SqlColumns } from "../src/sql/index.ts";
import { generateHouseholds } from "./js-households.ts";
import { benchRule } from "./js-rule.ts";

/** The decision date the benchmark rules use for ages. */
export const BENCH_DECISION_DATE = "2024-06-01";

const answer = (key: string, type: "number" | "string" | "boolean") =>
  ({ kind: "jsonb", column: "answers", path: [key], type }) as const;

/** Where the benchmark rules read their variables (a household row with JSONB answers). */
export const BENCH_COLUMNS: SqlColumns = {
  "answers.floor_area_per_person": answer("floor_area_per_person", "number"),
  "answers.floor_type": answer("floor_type", "string"),
  "answers.wall_type": answer("wall_type", "string"),
  "answers.toilet": answer("toilet", "string"),
  "answers.electricity": answer("electricity", "string"),
  "answers.water_source": answer("water_source", "string"),
  "answers.cooking_fuel": answer("cooking_fuel", "string"),
  "answers.meat_per_week": answer("meat_per_week", "number"),
  "answers.clothes_per_year": answer("clothes_per_year", "number"),
  "answers.meals_per_day": answer("meals_per_day", "number"),
  "answers.can_pay_clinic": answer("can_pay_clinic", "boolean"),
  "answers.income": answer("income", "number"),
  "answers.head_education": answer("head_education", "string"),
  "answers.savings": answer("savings", "number"),
  "answers.dependants": answer("dependants", "number"),
  "answers.disabled_member": answer("disabled_member", "boolean"),
  "answers.chronic_illness": answer("chronic_illness", "boolean"),
  "answers.working_adults": answer("working_adults", "number"),
  "answers.house.rooms": { kind: "jsonb", column: "answers", path: ["house", "rooms"], type: "number" },
  "answers.house.owned": { kind: "jsonb", column: "answers", path: ["house", "owned"], type: "boolean" },
  "household.members": { kind: "column", column: "members", type: "array", element: elementFromCatalogue(PERSON_FIELDS) },
  "household.villageCode": { kind: "column", column: "village_code", type: "string", nullable: false },
  "household.inReferenceList": { kind: "column", column: "in_reference_list", type: "boolean", nullable: false },
  decisionDate: { kind: "value", value: BENCH_DECISION_DATE, type: "date" },
};

const v = (name: string) => ({ var: name });
const when = (condition: unknown, weight: number) => ({ if: [condition, weight, 0] });
const membersAged = (condition: unknown) => ({ count: [v("household.members"), condition] });
const memberAge = { age: [v("birthDate"), BENCH_DECISION_DATE] };

/** The 16 criteria read from survey answers (shared by both benchmark scores). */
const ANSWER_CRITERIA: readonly unknown[] = [
  when({ "<": [v("answers.floor_area_per_person"), 8] }, 3),
  when({ in: [v("answers.floor_type"), ["earth", "bamboo", "low-quality-wood"]] }, 2),
  when({ in: [v("answers.wall_type"), ["bamboo", "thatch", "wood", "brick-unplastered"]] }, 2),
  when({ "==": [v("answers.toilet"), "none"] }, 2),
  when({ in: [v("answers.electricity"), ["none", "450VA"]] }, 1),
  when({ in: [v("answers.water_source"), ["well", "river", "rain"]] }, 1),
  when({ in: [v("answers.cooking_fuel"), ["wood", "charcoal", "kerosene"]] }, 1),
  when({ "<=": [v("answers.meat_per_week"), 1] }, 1),
  when({ "<": [v("answers.clothes_per_year"), 1] }, 1),
  when({ "<": [v("answers.meals_per_day"), 2] }, 2),
  when({ "!": v("answers.can_pay_clinic") }, 1),
  // Income per member, against the regency poverty line.
  when({ "<": [{ "/": [v("answers.income"), { max: [1, { count: [v("household.members")] }] }] }, 600000] }, 3),
  when({ in: [v("answers.head_education"), ["none", "SD"]] }, 1),
  when({ "<": [v("answers.savings"), 500000] }, 1),
  when({ "<": [{ "/": [{ count: [v("household.members")] }, { max: [1, v("answers.house.rooms")] }] }, 1.5] }, -1),
  when({ "!": v("answers.house.owned") }, 1),
];

/**
 * The 20-criterion weighted score (BPS-style poverty signs) where the four
 * household-composition criteria are survey answers too: the score the
 * ≥ 300k rows/s target is about.
 */
export const BENCH_SCORE_RULE = {
  "+": [
    ...ANSWER_CRITERIA,
    when({ ">=": [v("answers.dependants"), 3] }, 2),
    when(v("answers.disabled_member"), 2),
    when(v("answers.chronic_illness"), 1),
    when({ "==": [v("answers.working_adults"), 0] }, 2),
  ],
};

/**
 * The same 20 criteria with the four composition criteria computed from the
 * member list (ages from birth dates, `count`/`some` over a JSONB array):
 * each is a correlated subquery per household, much dearer than an answer.
 */
export const BENCH_MEMBER_SCORE_RULE = {
  "+": [
    ...ANSWER_CRITERIA,
    // Dependants: children under 15 and elderly from 60.
    when({ ">=": [membersAged({ or: [{ "<": [memberAge, 15] }, { ">=": [memberAge, 60] }] }), 3] }, 2),
    when({ some: [v("household.members"), { "==": [v("disability"), "severe"] }] }, 2),
    when({ some: [v("household.members"), v("chronicIllness")] }, 1),
    when({ "==": [membersAged({ and: [v("working"), { ">=": [memberAge, 18] }] }), 0] }, 2),
  ],
};

/** Eligibility from a score rule: score ≥ 14, not in an excluded village, listed or without savings. */
export function eligibility(score: unknown): unknown {
  return {
    and: [
      { ">=": [score, 14] },
      { "!": { in: [v("household.villageCode"), ["3314010", "3314011", "3314099"]] } },
      { or: [v("household.inReferenceList"), { "<": [v("answers.savings"), 2_000_000] }] },
    ],
  };
}

/**
 * The same variables as `BENCH_COLUMNS`, but every answer in a typed column of
 * its own (`answer_<key>`): the layout to choose when bulk scoring must be fast.
 */
export const BENCH_TYPED_COLUMNS: SqlColumns = Object.fromEntries(
  Object.entries(BENCH_COLUMNS).map(([name, source]) =>
    source.kind === "jsonb" && source.type !== "array"
      ? [name, { kind: "column", column: `answer_${source.path.join("_")}`, type: source.type }]
      : [name, source],
  ),
);

/** `CREATE TABLE … AS` copying `households` with the answers of `BENCH_TYPED_COLUMNS` as typed columns. */
function typedTableSql(): string {
  const columns = Object.values(BENCH_COLUMNS).flatMap((source) => {
    if (source.kind !== "jsonb" || source.type === "array") return [];
    const sqlType = source.type === "number" ? "float8" : source.type === "boolean" ? "boolean" : "text";
    const path = source.path.map((key) => `'${key}'`).join(", ");
    return [`(answers #>> ARRAY[${path}])::${sqlType} AS answer_${source.path.join("_")}`];
  });
  return `CREATE TABLE households_typed AS SELECT id, members, village_code, in_reference_list, ${columns.join(", ")} FROM households`;
}

/** Eligibility with the answers-only score. */
export const BENCH_WHERE_RULE = eligibility(BENCH_SCORE_RULE);

/** Eligibility with the member-list score. */
export const BENCH_MEMBER_WHERE_RULE = eligibility(BENCH_MEMBER_SCORE_RULE);

/**
 * SQL creating `table` with `rows` generated households. Deterministic
 * (pseudo-random from `hashint4` of the row number, not `random()`), and
 * generated inside the database, so a million rows need no client traffic.
 * Every literal here is a constant of the benchmark, not input.
 */
export function generateBenchRowsSql(table: string, rows: number): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(table) || !Number.isInteger(rows) || rows < 0) throw new TypeError("bad table name or row count");
  // r(k): a pseudo-random integer 0…9999 for this row and salt k.
  const r = (k: number) => `((hashint4(g * 131 + ${k})::int8 + 2147483648) % 10000)`;
  const pick = (k: number, values: readonly string[]) => `(ARRAY[${values.map((x) => `'${x}'`).join(",")}])[1 + ${r(k)} % ${values.length}]`;
  // m(k): the same for member i of the row.
  const m = (k: number) => `((hashint4(g * 131 + i * 17 + ${k})::int8 + 2147483648) % 10000)`;
  const pickMember = (k: number, values: readonly string[]) => `(ARRAY[${values.map((x) => `'${x}'`).join(",")}])[1 + ${m(k)} % ${values.length}]`;
  // Only the fields the member criteria read: a leaner row loads faster (all of it lives in PGlite's memory).
  const member =
    `jsonb_build_object(` +
    `'birthDate', to_char(date '1940-01-01' + ((${m(1)} * 31 + ${m(2)}) % 30500)::int, 'YYYY-MM-DD'), ` +
    `'sex', ${pickMember(3, ["female", "male"])}, ` +
    `'working', ${m(5)} % 2 = 0, ` +
    `'chronicIllness', ${m(6)} % 9 = 0, ` +
    `'disability', ${pickMember(7, ["none", "none", "none", "none", "none", "none", "mild", "severe"])})`;
  // One to six members; the subquery refers to g, so it runs per row.
  const members = `(SELECT jsonb_agg(${member} ORDER BY i) FROM generate_series(0, (${r(90)} % 6)::int) AS i)`;
  return `CREATE TABLE ${table} AS
SELECT g AS id,
  jsonb_build_object(
    'floor_area_per_person', round((${r(1)} / 300.0)::numeric, 2),
    'floor_type', ${pick(2, ["earth", "bamboo", "low-quality-wood", "cement", "tile", "ceramic"])},
    'wall_type', ${pick(3, ["bamboo", "thatch", "wood", "brick-unplastered", "brick", "concrete"])},
    'toilet', ${pick(4, ["none", "shared", "private", "private"])},
    'electricity', ${pick(5, ["none", "450VA", "900VA", "1300VA"])},
    'water_source', ${pick(6, ["well", "river", "rain", "piped", "bottled"])},
    'cooking_fuel', ${pick(7, ["wood", "charcoal", "kerosene", "lpg", "lpg"])},
    'meat_per_week', ${r(8)} % 4,
    'clothes_per_year', ${r(9)} % 4,
    'meals_per_day', 1 + ${r(10)} % 3,
    'can_pay_clinic', ${r(11)} % 3 = 0,
    'income', ${r(12)} * 400,
    'head_education', ${pick(13, ["none", "SD", "SMP", "SMA", "PT"])},
    'savings', CASE WHEN ${r(14)} % 5 = 0 THEN NULL ELSE ${r(15)} * 300 END,
    'house', jsonb_build_object('rooms', 1 + ${r(16)} % 5, 'owned', ${r(17)} % 4 <> 0),
    'dependants', ${r(20)} % 5,
    'disabled_member', ${r(21)} % 8 = 0,
    'chronic_illness', ${r(22)} % 9 = 0,
    'working_adults', ${r(23)} % 3
  ) AS answers,
  ${members} AS members,
  '33140' || lpad((${r(18)} % 100)::text, 2, '0') AS village_code,
  ${r(19)} % 3 = 0 AS in_reference_list
FROM generate_series(1, ${rows}) AS g`;
}

/**
 * Columns for the JS benchmark's rule (bench/js-rule.ts) over its households
 * (bench/js-households.ts) stored as two JSONB columns, `answers` and `household`.
 */
export const JS_BENCH_COLUMNS: SqlColumns = {
  ...Object.fromEntries(
    (
      [
        ["floor_area", "number"], ["floor_type", "string"], ["wall_type", "string"], ["toilet", "string"],
        ["electricity", "string"], ["water_source", "string"], ["cooking_fuel", "string"], ["protein_per_week", "number"],
        ["new_clothes_per_year", "number"], ["meals_per_day", "number"], ["can_afford_puskesmas", "boolean"],
        ["head_education", "string"], ["has_saleable_asset", "boolean"], ["dependants", "number"], ["chronic_illness", "boolean"],
        ["disability", "boolean"], ["head_age", "number"], ["female_head", "boolean"], ["civil_servant", "boolean"],
      ] as const
    ).map(([key, type]) => [`answers.${key}`, { kind: "jsonb", column: "answers", path: [key], type }]),
  ),
  "answers.income.head": { kind: "jsonb", column: "answers", path: ["income", "head"], type: "number" },
  "answers.income.other": { kind: "jsonb", column: "answers", path: ["income", "other"], type: "number" },
  "household.size": { kind: "jsonb", column: "household", path: ["size"], type: "number" },
  "household.status": { kind: "jsonb", column: "household", path: ["status"], type: "string" },
  "household.members": {
    kind: "jsonb",
    column: "household",
    path: ["members"],
    type: "array",
    element: { age: "number", sex: "string", in_school: "boolean" },
  },
};

/** SQL loading the JS benchmark's households from one JSON parameter into `table(id, answers, household)`. */
export const LOAD_JS_HOUSEHOLDS = (table: string): string =>
  `CREATE TABLE ${table} AS SELECT r.id, r.answers, r.household FROM jsonb_to_recordset($1::jsonb) AS r(id int, answers jsonb, household jsonb)`;

/** The JS benchmark's households as the JSON parameter of `LOAD_JS_HOUSEHOLDS`. */
export function jsHouseholdsJson(count: number): string {
  return JSON.stringify(generateHouseholds(count));
}

/** Figures of one benchmark run (the target variant: answers-only eligibility, trusted types). */
export interface SqlBenchResult {
  rowsPerSecond: number;
  rows: number;
  seconds: number;
  /** Every variant measured, by name. */
  variants: Array<{ name: string; rowsPerSecond: number; seconds: number; result: number }>;
}

/** Distinct generated households; larger tables repeat them (evaluation cost does not depend on repeats). */
const POOL = 20_000;

/**
 * Loads `rows` generated households into PGlite (in a temporary directory) and times, per
 * variant, `SELECT count(*) FROM households WHERE <eligibility>` (the whole
 * score plus the exclusions, for every row) and `SELECT sum(<score>)`.
 * Variants: answers-only or member-list score × checked or trusted types.
 * `rowsPerSecond` is the filter with the answers-only rule and trusted types.
 *
 * @example
 * const { rowsPerSecond } = await runSqlBench({ rows: 1_000_000 });
 */
export async function runSqlBench(options: { rows: number; log?: (line: string) => void }): Promise<SqlBenchResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const rows = options.rows;
  if (!Number.isInteger(rows) || rows <= 0) throw new TypeError("rows must be a positive integer");
  // A data directory on disk, not PGlite's in-memory file system: growing a table there
  // copies its file at every extension, so loading a million rows took minutes.
  const dataDir = mkdtempSync(join(tmpdir(), "satu-atap-sql-bench-"));
  const db = new PGlite(dataDir);
  try {
    await db.waitReady;
    let started = performance.now();
    const pool = Math.min(rows, POOL);
    await db.exec(generateBenchRowsSql("pool", pool));
    await db.exec(
      `CREATE TABLE households AS SELECT k * ${pool} + p.id AS id, p.answers, p.members, p.village_code, p.in_reference_list ` +
        `FROM generate_series(0, ${Math.ceil(rows / pool) - 1}) AS k, pool AS p WHERE k * ${pool} + p.id <= ${rows}`,
    );
    await db.exec("DROP TABLE pool");
    await db.exec("VACUUM ANALYZE households");
    log(`loaded ${fmt(rows)} households (${fmt(pool)} distinct) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const variants: SqlBenchResult["variants"] = [];
    const run = async (name: string, text: string, params: readonly unknown[]) => {
      started = performance.now();
      const result = await db.query<{ n: number }>(text, [...params]);
      const seconds = (performance.now() - started) / 1000;
      const variant = { name, rowsPerSecond: rows / seconds, seconds, result: Number(result.rows[0]?.n) };
      variants.push(variant);
      log(`${name.padEnd(34)} ${fmt(variant.rowsPerSecond).padStart(10)} rows/s  (${seconds.toFixed(2)} s, result ${variant.result})`);
    };
    // The JS benchmark's own rule and households (bench/js-rule.ts), for a like-for-like row.
    started = performance.now();
    await db.query(LOAD_JS_HOUSEHOLDS("js_pool"), [jsHouseholdsJson(pool)]);
    await db.exec(
      `CREATE TABLE js_households AS SELECT k * ${pool} + p.id AS id, p.answers, p.household ` +
        `FROM generate_series(0, ${Math.ceil(rows / pool) - 1}) AS k, js_pool AS p WHERE k * ${pool} + p.id < ${rows}`,
    );
    await db.exec("DROP TABLE js_pool");
    await db.exec("VACUUM ANALYZE js_households");
    log(`loaded ${fmt(rows)} JS-benchmark households in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    for (const jsonTypes of ["trusted", "checked"] as const) {
      const score = toSqlValue(benchRule(), JS_BENCH_COLUMNS, { jsonTypes, expect: "number" });
      await db.query(`SELECT sum(${score.text}) FROM js_households WHERE id < 10000`, [...score.params]);
      await run(`sum    js-rule (${jsonTypes})`, `SELECT sum(${score.text}) AS n FROM js_households`, score.params);
    }
    await db.exec("DROP TABLE js_households");

    for (const jsonTypes of ["trusted", "checked"] as const) {
      if (jsonTypes === "trusted") {
        // Answers in typed columns instead of JSONB (no JSON lookups at all).
        await db.exec(typedTableSql());
        await db.exec("VACUUM ANALYZE households_typed");
        const where = toSqlPredicate(BENCH_WHERE_RULE, BENCH_TYPED_COLUMNS);
        await db.query(`SELECT count(*) FROM households_typed WHERE id <= 10000 AND ${where.text}`, [...where.params]);
        await run("filter answers (typed columns)", `SELECT count(*)::int AS n FROM households_typed WHERE ${where.text}`, where.params);
        await db.exec("DROP TABLE households_typed");
      }
      for (const [label, scoreRule, whereRule] of [
        ["answers", BENCH_SCORE_RULE, BENCH_WHERE_RULE],
        ["members", BENCH_MEMBER_SCORE_RULE, BENCH_MEMBER_WHERE_RULE],
      ] as const) {
        const where = toSqlPredicate(whereRule, BENCH_COLUMNS, { jsonTypes });
        const score = toSqlValue(scoreRule, BENCH_COLUMNS, { jsonTypes, expect: "number" });
        // Warm-up on a slice, so the timed runs measure evaluation rather than first-touch costs.
        await db.query(`SELECT count(*) FROM households WHERE id <= 10000 AND ${where.text}`, [...where.params]);
        await run(`filter ${label} (${jsonTypes})`, `SELECT count(*)::int AS n FROM households WHERE ${where.text}`, where.params);
        await run(`sum    ${label} (${jsonTypes})`, `SELECT sum(${score.text}) AS n FROM households`, score.params);
      }
    }
    const target = variants.find((v) => v.name.startsWith("filter answers (trusted)"));
    if (target === undefined) throw new Error("no variant ran");
    return { rowsPerSecond: target.rowsPerSecond, rows, seconds: target.seconds, variants };
  } finally {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

function rowsArgument(argv: readonly string[]): number {
  const i = argv.indexOf("--rows");
  const value = i >= 0 ? Number(argv[i + 1]) : 1_000_000;
  if (!Number.isInteger(value) || value <= 0) throw new TypeError("--rows must be a positive integer");
  return value;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runSqlBench({ rows: rowsArgument(process.argv) });
}
