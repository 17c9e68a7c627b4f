/**
 * Evaluation benchmark: every path side by side on the same generated
 * households and the same realistic rule (bench/js-rule.ts).
 *
 *   npm run bench -w @satu-atap/rules                   # 1,000,000 households
 *   npm run bench -w @satu-atap/rules -- --households 200000
 *   npm run bench -w @satu-atap/rules -- --no-sql          # skip bench/sql.ts
 *
 * Prints evaluations per second, the ratio to json-logic-js and the fraction
 * of the hand-written function, then the compile time per rule. Never run as
 * a test: timings depend on the machine and its load.
 *
 * The SQL row: if bench/sql.ts exists and exports `runSqlBench`, its figure
 * is added to the table (see `sqlRows` below for the contract).
 */
import { existsSync } from "node:fs";
import jsonLogic from "json-logic-js";
import { compileToJs } from "../src/compile/codegen.ts";
import { compile, compileUncached, evaluate } from "../src/index.ts";
import { generateHouseholds, type BenchHousehold } from "./js-households.ts";
import { benchRule, handWritten } from "./js-rule.ts";

/** One line of the results table. */
export interface BenchRow {
  readonly path: string;
  readonly evalsPerSecond: number;
  /** Shown after the figures, e.g. "includes the round trip to PGlite". */
  readonly note?: string;
}

/** What the SQL benchmark receives. */
export interface SqlBenchInput {
  readonly rule: unknown;
  readonly households: readonly BenchHousehold[];
  /** The expected result for a household (the hand-written function), to verify a sample. */
  readonly expected: (household: BenchHousehold) => unknown;
}

function parseHouseholdCount(argv: readonly string[]): number {
  const i = argv.indexOf("--households");
  if (i === -1) return 1_000_000;
  const n = Number(argv[i + 1]);
  if (!Number.isInteger(n) || n < 1) throw new Error("--households needs a positive integer");
  return n;
}

type Evaluator = (household: BenchHousehold) => unknown;

/** Runs `fn` over all households once, returning evaluations per second. */
function measure(fn: Evaluator, households: readonly BenchHousehold[]): number {
  let checksum = 0;
  const start = performance.now();
  for (let i = 0; i < households.length; i++) checksum += fn(households[i] as BenchHousehold) as number;
  const seconds = (performance.now() - start) / 1000;
  // Using the checksum keeps the loop from being optimised away.
  if (checksum === Number.MIN_VALUE) console.log("unlikely checksum", checksum);
  return households.length / seconds;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Median microseconds to compile one of `count` distinct variants of the rule. */
function compileMicros(compileFn: (rule: unknown) => unknown, count: number, offset: number): number {
  const rules = Array.from({ length: count }, (_, i) => benchRule(offset + i + 1));
  const times: number[] = [];
  for (const rule of rules) {
    const start = performance.now();
    compileFn(rule);
    times.push((performance.now() - start) * 1000);
  }
  return median(times);
}

/**
 * The SQL rows, from bench/sql.ts (engineer S) when it exists. Its
 * `runSqlBench({ rows, log })` generates its own households inside PGlite and
 * resolves to `{ rowsPerSecond }` (or to `BenchRow[]`); it also receives our
 * households, rule and expected results should it want to check against them.
 */
async function sqlRows(input: SqlBenchInput & { readonly rows: number }): Promise<BenchRow[]> {
  const url = new URL("./sql.ts", import.meta.url);
  if (!existsSync(url)) return [];
  const mod: unknown = await import(url.href);
  const run: unknown = typeof mod === "object" && mod !== null ? Reflect.get(mod, "runSqlBench") : undefined;
  if (typeof run !== "function") return [];
  const log = (line: string): void => console.log(`  sql: ${line}`);
  const result: unknown = await Promise.resolve(Reflect.apply(run, undefined, [{ ...input, log }]));
  if (Array.isArray(result)) return result as BenchRow[];
  const perSecond: unknown = typeof result === "object" && result !== null ? Reflect.get(result, "rowsPerSecond") : undefined;
  if (typeof perSecond !== "number") return [];
  return [{ path: "SQL pushdown (PGlite)", evalsPerSecond: perSecond, note: "bench/sql.ts: its own rule and rows, in the database" }];
}

async function main(): Promise<void> {
  const count = parseHouseholdCount(process.argv.slice(2));
  const rule = benchRule();
  console.log(`Node ${process.version}, ${count.toLocaleString("en")} households, rule of ${JSON.stringify(rule).length} characters`);

  let start = performance.now();
  const households = generateHouseholds(count);
  console.log(`generated in ${((performance.now() - start) / 1000).toFixed(1)} s`);

  const closure = compile(rule);
  const generated = compileToJs(rule);
  const paths: ReadonlyArray<{ name: string; fn: Evaluator }> = [
    { name: "json-logic-js 2.0.5", fn: (h) => jsonLogic.apply(rule as jsonLogic.RulesLogic, h) },
    { name: "evaluate (interpreter)", fn: (h) => evaluate(rule, h) },
    { name: "compile (closures, Workers-safe)", fn: closure },
    { name: "compileToJs (codegen, Node only)", fn: generated },
    { name: "hand-written JS", fn: handWritten },
  ];

  // Identical results on a sample before timing anything.
  const sample = households.slice(0, Math.min(20_000, households.length));
  for (const h of sample) {
    const expected = handWritten(h);
    for (const p of paths) {
      const got = p.fn(h);
      if (!Object.is(got, expected)) throw new Error(`${p.name} gives ${String(got)}, hand-written ${expected}, household ${h.id}`);
    }
  }
  console.log(`all paths agree on ${sample.length.toLocaleString("en")} households`);

  // Warm-up (JIT) on a slice, then one timed pass each over all households.
  const warm = households.slice(0, Math.min(50_000, households.length));
  for (const p of paths) measure(p.fn, warm);
  const rows: BenchRow[] = [];
  for (const p of paths) {
    start = performance.now();
    rows.push({ path: p.name, evalsPerSecond: measure(p.fn, households) });
    process.stdout.write(`  ${p.name}: ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
  }
  if (!process.argv.includes("--no-sql")) rows.push(...(await sqlRows({ rule, households, expected: handWritten, rows: count })));

  const base = rows[0]?.evalsPerSecond ?? 1;
  const hand = rows.find((r) => r.path === "hand-written JS")?.evalsPerSecond ?? 1;
  console.log("");
  console.log(`| path | evaluations/s | × json-logic-js | of hand-written |`);
  console.log(`|---|---:|---:|---:|`);
  for (const r of rows) {
    const note = r.note === undefined ? "" : ` (${r.note})`;
    console.log(
      `| ${r.path}${note} | ${Math.round(r.evalsPerSecond).toLocaleString("en")} | ${(r.evalsPerSecond / base).toFixed(1)}× | ${((100 * r.evalsPerSecond) / hand).toFixed(1)} % |`,
    );
  }

  // Compile time: distinct rules, so no cache can help.
  compileMicros(compileUncached, 200, 10_000); // warm-up
  compileMicros(compileToJs, 200, 20_000);
  const closureMicros = compileMicros(compileUncached, 2000, 0);
  const codegenMicros = compileMicros(compileToJs, 2000, 5_000);
  console.log("");
  console.log(`compile one rule (median of 2,000 distinct rules): compileUncached ${closureMicros.toFixed(1)} µs, compileToJs ${codegenMicros.toFixed(1)} µs`);
}

await main();
