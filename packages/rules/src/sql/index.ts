// @satu-atap/rules/sql: JSON-logic rules compiled to parameterised PostgreSQL
// expressions, for evaluating a rule over many households inside the database.
// What is supported and what is refused: docs/rules-sql.md.
import type { CatalogueField } from "@satu-atap/config";
import { SqlCompiler } from "./compile.ts";
import {
  SqlUnsupportedError,
  type SqlColumns,
  type SqlElementField,
  type SqlElementFields,
  type SqlExpression,
  type SqlFragment,
  type SqlResultType,
  type ToSqlOptions,
} from "./types.ts";

export {
  SqlUnsupportedError,
  type SqlColumns,
  type SqlElement,
  type SqlElementField,
  type SqlElementFields,
  type SqlExpression,
  type SqlFragment,
  type SqlResultType,
  type SqlSource,
  type SqlValueType,
  type ToSqlOptions,
} from "./types.ts";

function compiler(columns: SqlColumns, options: ToSqlOptions | undefined): SqlCompiler {
  const compiler = new SqlCompiler(columns, options);
  if (options?.maxLength !== undefined) compiler.setMaxLength(options.maxLength);
  return compiler;
}

/**
 * Compiles a JSON-logic rule to a PostgreSQL expression computing the rule's
 * value per row, with json-logic-js 2.0 semantics (coercions, truthiness,
 * the value-returning `and`/`or`) and the domain operators. Values of the
 * rule travel only as parameters (`$1::float8`, `$2::text`, …); identifiers
 * only come from `columns`. Throws `SqlUnsupportedError` for anything it
 * cannot translate faithfully.
 *
 * @example
 * const columns: SqlColumns = { score: { kind: "column", column: "score", type: "number" } };
 * toSql({ "+": [{ "var": "score" }, 2] }, columns);
 * // { text: '("score"::float8 … + $1::float8)', params: ["2"], type: "number" }
 */
export function toSql(rule: unknown, columns: SqlColumns, options?: ToSqlOptions): SqlExpression {
  const c = compiler(columns, options);
  const value = c.value(rule);
  return { ...c.finish(value.sql), type: value.kind };
}

/**
 * Like `toSql`, for a rule whose value is a scalar (not an array); with
 * `expect`, the rule must have that type (e.g. `"number"` for a score), else
 * it is refused. A rule that is always null is accepted for any `expect`.
 *
 * @example
 * const { text, params } = toSqlValue(scoringRule, columns, { expect: "number" });
 * await db.query(`SELECT sum(${text}) FROM households`, [...params]);
 */
export function toSqlValue(
  rule: unknown,
  columns: SqlColumns,
  options?: ToSqlOptions & { readonly expect?: Exclude<SqlResultType, "array" | "null"> },
): SqlExpression {
  const expression = toSql(rule, columns, options);
  if (expression.type === "array") {
    throw new SqlUnsupportedError("", { id: "Hasil aturan adalah larik, bukan nilai skalar", en: "the rule's result is an array, not a scalar" });
  }
  const expect = options?.expect;
  if (expect !== undefined && expression.type !== expect && expression.type !== "null") {
    throw new SqlUnsupportedError("", {
      id: `Hasil aturan bertipe ${expression.type}, bukan ${expect}`,
      en: `the rule's result has type ${expression.type}, not ${expect}`,
    });
  }
  return expression;
}

/**
 * Compiles a rule to a never-NULL SQL boolean: the JSON-logic truthiness of
 * its value (0, NaN, "", null and [] are false), for a WHERE clause. `and`,
 * `or` and `if` may mix result types here, since only truthiness matters.
 *
 * @example
 * const where = toSqlPredicate({ "in": [{ "var": "household.villageCode" }, ["3314010", "3314011"]] }, columns);
 * await db.query(`SELECT count(*) FROM households WHERE ${where.text}`, [...where.params]);
 */
export function toSqlPredicate(rule: unknown, columns: SqlColumns, options?: ToSqlOptions): SqlFragment {
  const c = compiler(columns, options);
  return c.finish(c.predicate(rule));
}

/** The parts of drizzle-orm's `sql` tag that `toDrizzleSql` uses. */
export interface DrizzleSqlTag<TChunk, TParam> {
  raw(text: string): TChunk;
  param(value: unknown): TParam;
  join(chunks: Array<TChunk | TParam>): TChunk;
}

/**
 * Turns a fragment into a drizzle `SQL` object, each placeholder becoming a
 * `sql.param` (so drizzle renumbers them inside the surrounding query). The
 * `sql` tag is passed in, so this package needs no dependency on drizzle-orm.
 *
 * @example
 * import { sql } from "drizzle-orm";
 * const where = toDrizzleSql(toSqlPredicate(rule, columns), sql);
 * await db.execute(sql`SELECT id FROM households WHERE ${where}`);
 */
export function toDrizzleSql<TChunk, TParam>(fragment: SqlFragment, sql: DrizzleSqlTag<TChunk, TParam>): TChunk {
  const chunks: Array<TChunk | TParam> = [];
  let last = 0;
  for (const match of fragment.text.matchAll(/\$(\d+)/g)) {
    const index = Number(match[1]);
    // Placeholders are numbered from the fragment's paramOffset; find the first one to map them back.
    const value = fragment.params[index - firstIndex(fragment)];
    chunks.push(sql.raw(fragment.text.slice(last, match.index)), sql.param(value));
    last = match.index + match[0].length;
  }
  chunks.push(sql.raw(fragment.text.slice(last)));
  return sql.join(chunks);
}

function firstIndex(fragment: SqlFragment): number {
  let min = Infinity;
  for (const match of fragment.text.matchAll(/\$(\d+)/g)) min = Math.min(min, Number(match[1]));
  return min === Infinity ? 1 : min;
}

/**
 * Element declaration for `count`/`some`/`all`/`none` conditions from catalogue
 * fields (e.g. `PERSON_FIELDS` for household members), so the SQL reads each
 * field with its catalogue type.
 *
 * @example
 * const columns: SqlColumns = {
 *   "household.members": { kind: "column", column: "members", type: "array", element: elementFromCatalogue(PERSON_FIELDS) },
 * };
 */
export function elementFromCatalogue(fields: readonly CatalogueField[]): SqlElementFields {
  const out: Record<string, SqlElementField> = {};
  for (const field of fields) {
    out[field.path] = field.items === undefined ? { type: field.type } : { type: field.type, element: elementFromCatalogue(field.items) };
  }
  return out;
}
