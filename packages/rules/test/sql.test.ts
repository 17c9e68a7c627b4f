/**
 * Unit tests of the SQL translation: generated text and parameters,
 * injection safety, refusals (with their JSON Pointers and bilingual texts),
 * the drizzle adapter. Row-by-row agreement with the JS evaluators is in
 * sql-differential.test.ts.
 */
import { PGlite } from "@electric-sql/pglite";
import { PERSON_FIELDS } from "@satu-atap/config";
import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  SqlUnsupportedError,
  elementFromCatalogue,
  toDrizzleSql,
  toSql,
  toSqlPredicate,
  toSqlValue,
  type SqlColumns,
} from "../src/sql/index.ts";
import { COLUMNS } from "./sql-fixtures.ts";

const MALICIOUS = "'; DROP TABLE victims; --";

function refusal(run: () => unknown): SqlUnsupportedError {
  try {
    run();
  } catch (error) {
    if (error instanceof SqlUnsupportedError) return error;
    throw error;
  }
  throw new Error("expected SqlUnsupportedError");
}

describe("generated SQL", () => {
  it("passes every rule value as a typed parameter, never in the text", () => {
    const rule = { and: [{ "==": [{ var: "answers.wall" }, MALICIOUS] }, { ">": [{ var: "score" }, 12.5] }, { in: [{ var: "household.villageCode" }, [MALICIOUS, "3314010"]] }] };
    const { text, params } = toSqlPredicate(rule, COLUMNS);
    expect(text).not.toContain("DROP");
    expect(text).not.toContain("12.5");
    expect(text).not.toContain("3314010");
    expect(text).toMatch(/\$\d+::text\b/);
    expect(text).toMatch(/\$\d+::float8\b/);
    expect(text).toMatch(/\$\d+::text\[\]/);
    expect(params).toContain(MALICIOUS);
    expect(params).toContain("12.5");
    expect(params).toContainEqual([MALICIOUS, "3314010"]);
  });

  it("quotes identifiers from the column map and refuses anything that is not a plain name", () => {
    expect(toSql({ var: "score" }, COLUMNS).text).toBe('"score"::float8');
    expect(toSql({ var: "score" }, COLUMNS, { table: "h" }).text).toBe('"h"."score"::float8');
    const bad: SqlColumns = { x: { kind: "column", column: 'score"; DROP TABLE victims; --', type: "number" } };
    expect(refusal(() => toSql({ var: "x" }, bad)).pointer).toBe("/var/0");
    expect(() => toSql({ var: "score" }, COLUMNS, { table: "Households" })).toThrow(TypeError);
  });

  it("numbers placeholders from paramOffset, shares equal values and drops unused ones", () => {
    const rule = { and: [{ "==": [{ var: "answers.income" }, 7] }, { "<": [{ var: "score" }, 7] }] };
    const { text, params } = toSqlPredicate(rule, COLUMNS, { paramOffset: 3 });
    expect(params).toStrictEqual(["income", "7"]);
    expect(text).toContain("$4::text");
    expect(text).toContain("$5::float8");
    expect(text).not.toMatch(/\$[1236-9]\b/);
    // The third argument of > is evaluated by json-logic-js but ignored: so is its parameter.
    expect(toSqlPredicate({ ">": [{ var: "score" }, 2, "ignored"] }, COLUMNS).params).toStrictEqual(["2"]);
  });

  it("keeps -0, NaN and Infinity in parameters exact", () => {
    expect(toSql({ "+": [{ var: "score" }, 1e21, 0.1] }, COLUMNS).params).toStrictEqual(["1e+21", "0.1"]);
    expect(toSql({ "==": [{ var: "score" }, { "/": [1, 0] }] }, COLUMNS).text).toContain("'Infinity'::float8");
    expect(toSql({ "-": [0] }, COLUMNS).text).toBe("'-0'::float8");
  });

  it("reads JSONB with a type test unless types are trusted", () => {
    expect(toSql({ var: "answers.income" }, COLUMNS).text).toBe(`CASE WHEN jsonb_typeof(("answers" -> $1::text)) = 'number' THEN ("answers" -> $1::text)::float8 END`);
    expect(toSql({ var: "answers.income" }, COLUMNS, { jsonTypes: "trusted" }).text).toBe(`("answers" ->> $1::text)::float8`);
    expect(toSql({ var: "answers.house.floor" }, COLUMNS, { jsonTypes: "trusted" })).toMatchObject({
      text: `("answers" #>> $1::text[])::float8`,
      params: [["house", "floor"]],
    });
  });

  it("turns an age threshold into one string comparison with a date computed at compile time", () => {
    const columns: SqlColumns = { ...COLUMNS, "household.members": { kind: "column", column: "members", type: "array", element: elementFromCatalogue(PERSON_FIELDS) } };
    const rule = { count: [{ var: "household.members" }, { "<": [{ age: [{ var: "birthDate" }, "2024-06-01"] }, 18] }] };
    const { text, params } = toSql(rule, columns, { jsonTypes: "trusted" });
    // Under 18 on 2024-06-01 ⇔ born after 2006-06-01.
    expect(params).toContain("2006-06-01");
    expect(text).not.toContain("substr");
    // 29 February: 18 on 1 March in a non-leap year.
    expect(toSql({ ">=": [{ age: [{ var: "answers.headBirth" }, "2025-02-28"] }, 18] }, COLUMNS).params).toContain("2007-02-28");
  });

  it("types results", () => {
    expect(toSql({ var: "answers.wall" }, COLUMNS).type).toBe("string");
    expect(toSql({ "==": [1, 1] }, COLUMNS).type).toBe("boolean");
    expect(toSql({ if: [{ var: "answers.toilet" }, 1, null] }, COLUMNS).type).toBe("number");
    expect(toSql({ var: "household.members" }, COLUMNS).type).toBe("array");
    expect(toSql(null, COLUMNS).type).toBe("null");
    expect(toSqlValue({ "+": [1, { var: "score" }] }, COLUMNS, { expect: "number" }).type).toBe("number");
  });

  it("derives element fields from the catalogue", () => {
    expect(elementFromCatalogue(PERSON_FIELDS)).toMatchObject({
      birthDate: { type: "date" },
      sex: { type: "string" },
      working: { type: "boolean" },
      gpa: { type: "number" },
    });
  });
});

describe("refusals", () => {
  it.each<[string, unknown, string]>([
    ["map returns an array", { map: [{ var: "household.members" }, 1] }, "/map"],
    ["filter returns an array", { "!": { filter: [{ var: "household.members" }, 1] } }, "/!/0/filter"],
    ["reduce", { reduce: [{ var: "household.members" }, 1, 0] }, "/reduce"],
    ["merge", { merge: [[1], [2]] }, "/merge"],
    ["missing", { missing: ["score"] }, "/missing"],
    ["substr", { substr: ["abc", 1] }, "/substr"],
    ["an unknown operator", { and: [true, { nope: [1] }] }, "/and/1/nope"],
    ["an unmapped variable", { "<": [1, { var: "answers.unknown" }] }, "/</1/var/0"],
    ["a computed variable name", { var: { cat: ["sc", "ore"] } }, "/var/0"],
    ["the whole data", { var: "" }, "/var/0"],
    ["an undeclared element field", { count: [{ var: "answers.tags" }, { var: "x" }] }, "/count/1/var/0"],
    ["a literal array as a value", { "==": [[1], 1] }, "/==/0"],
    ["a literal object", { "==": [{ a: 1, b: 2 }, 1] }, "/==/0"],
    ["comparing an array", { "==": [{ var: "household.members" }, 1] }, ""],
    ["arithmetic on an array", { "+": [{ var: "household.members" }, 1] }, "/+/0"],
    ["* without arguments", { "*": [] }, "/*"],
    ["and without arguments", { and: [] }, "/and"],
    ["a default of another type", { var: ["answers.income", "none"] }, "/var/1"],
    ["some without a condition", { some: [{ var: "household.members" }] }, "/some"],
    ["an in list holding an expression", { in: [1, [{ var: "score" }]] }, "/in/1/0"],
  ])("refuses %s", (_, rule, pointer) => {
    const error = refusal(() => toSql(rule, COLUMNS));
    expect(error.pointer).toBe(pointer);
    expect(error.text.en.length).toBeGreaterThan(0);
    expect(error.text.id.length).toBeGreaterThan(0);
  });

  it("accepts mixed result types where only truthiness matters, and refuses them as values", () => {
    const rule = { or: [{ var: "answers.wall" }, { var: "score" }] };
    expect(refusal(() => toSql(rule, COLUMNS)).text.en).toContain("mixes types");
    expect(toSqlPredicate(rule, COLUMNS).text).toContain(" OR ");
    const ifRule = { if: [{ var: "answers.toilet" }, "yes", 0] };
    expect(() => toSql(ifRule, COLUMNS)).toThrow(SqlUnsupportedError);
    expect(() => toSqlPredicate(ifRule, COLUMNS)).not.toThrow();
  });

  it("refuses a value of the wrong type for toSqlValue, and over-long SQL", () => {
    expect(() => toSqlValue({ var: "answers.wall" }, COLUMNS, { expect: "number" })).toThrow(SqlUnsupportedError);
    expect(() => toSqlValue({ var: "household.members" }, COLUMNS)).toThrow(SqlUnsupportedError);
    expect(() => toSql({ cat: [{ var: "score" }, { var: "score" }] }, COLUMNS, { maxLength: 100 })).toThrow(/too long/);
  });
});

describe("against a database", () => {
  let db: PGlite | undefined;
  beforeAll(async () => {
    db = new PGlite();
    await db.exec(`CREATE TABLE victims (id int); INSERT INTO victims VALUES (1);
      CREATE TABLE households (id int, answers jsonb, score double precision, village_code text);
      INSERT INTO households VALUES (1, '{"wall": "''; DROP TABLE victims; --"}', 1, 'x'), (2, '{"wall": "brick"}', 20, '3314010')`);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("treats an injection attempt as a plain value, and the table survives", async () => {
    if (db === undefined) throw new Error("no database");
    const where = toSqlPredicate({ "==": [{ var: "answers.wall" }, MALICIOUS] }, COLUMNS);
    const result = await db.query<{ id: number }>(`SELECT id FROM households WHERE ${where.text}`, [...where.params]);
    expect(result.rows).toStrictEqual([{ id: 1 }]);
    expect((await db.query<{ n: number }>("SELECT count(*)::int AS n FROM victims")).rows).toStrictEqual([{ n: 1 }]);
  });

  it("runs through drizzle's sql tag with renumbered parameters", async () => {
    if (db === undefined) throw new Error("no database");
    const where = toDrizzleSql(toSqlPredicate({ and: [{ ">": [{ var: "score" }, 10] }, { in: [{ var: "household.villageCode" }, ["3314010"]] }] }, COLUMNS, { paramOffset: 5 }), sql);
    const query = new PgDialect().sqlToQuery(sql`SELECT id FROM households WHERE id > ${0} AND ${where}`);
    expect(query.sql).toMatch(/^SELECT id FROM households WHERE id > \$1 AND /);
    expect(query.params[0]).toBe(0);
    expect(query.params).toContain("10");
    expect(query.params).toContainEqual(["3314010"]);
    const result = await db.query<{ id: number }>(query.sql, query.params);
    expect(result.rows).toStrictEqual([{ id: 2 }]);
  });
});
