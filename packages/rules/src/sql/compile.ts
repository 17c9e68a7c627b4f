import { MAX_RULE_DEPTH, toPointer } from "@satu-atap/config";
import { ageInYears, monthsBetween, parseIsoDate } from "../domain-operators.ts";
import {
  SQL_INFINITY,
  SQL_MINUS_INFINITY,
  SQL_MINUS_ZERO,
  SQL_NAN,
  SQL_ONE,
  SQL_ZERO,
  isIsoDate,
  isMinusZero,
  isPlusZero,
  monthsBetweenInt,
  numberToJsText,
  textParseFloat,
  textToNumber,
} from "./snippets.ts";
import {
  SqlUnsupportedError,
  type SqlColumns,
  type SqlElement,
  type SqlElementField,
  type SqlResultType,
  type SqlSource,
  type SqlValueType,
  type ToSqlOptions,
} from "./types.ts";

/** A JSON scalar known at compile time. */
type Scalar = string | number | boolean | null;

/**
 * A compiled sub-expression. `kind` is the JS type every non-null value of it
 * has (dates are strings); the flags say what the SQL may have to guard
 * against, so that the common case (a typed, finite value) stays cheap.
 */
interface Expr {
  readonly sql: string;
  readonly kind: SqlResultType;
  /** May be SQL NULL (JSON-logic null). */
  readonly nullable: boolean;
  /** number: may be NaN. */
  readonly nan: boolean;
  /** number: may be ±Infinity. */
  readonly inf: boolean;
  /** number: may be -0. */
  readonly negz: boolean;
  /** number: never 0 (it may be NaN), so dividing by it needs no zero guard. */
  readonly nonZero?: boolean;
  /** Set when the value is a constant of the rule. */
  readonly literal?: { readonly value: Scalar };
  /** array: what its elements are, when declared. */
  readonly element?: SqlElement;
  /** string: every non-null value is a valid `YYYY-MM-DD` date (trusted `date` sources, checked literals). */
  readonly validDate?: boolean;
  /**
   * string: the same value as unchecked JSON text (`->>`), for date arithmetic: a
   * JSON value that is not a string never has the shape of a date, so the date
   * validation alone rejects it, without the type test.
   */
  readonly dateText?: string;
  /** number: an `age`/`months_between` from a variable to a literal date, kept for comparison folding. */
  readonly dateDiff?: { readonly op: "age" | "months_between"; readonly from: Expr; readonly to: string };
}

type Path = ReadonlyArray<string | number>;

type Scope =
  | { readonly kind: "root"; readonly columns: SqlColumns }
  | { readonly kind: "element"; readonly alias: string; readonly element: SqlElement | undefined; readonly depth: number };

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

const NO_FLAGS = { nan: false, inf: false, negz: false } as const;

/** Longest operand SQL repeated inline by `shared`; longer ones are computed once. */
const INLINE_LIMIT = 200;

/** Operators that exist in json-logic-js or as domain operators but have no SQL form here. */
const REFUSED: Readonly<Record<string, { id: string; en: string }>> = {
  map: { id: "map menghasilkan larik; tidak didukung di SQL", en: "map returns an array; not supported in SQL" },
  filter: { id: "filter menghasilkan larik; gunakan count, some, all atau none", en: "filter returns an array; use count, some, all or none" },
  reduce: { id: "reduce tidak didukung di SQL", en: "reduce is not supported in SQL" },
  merge: { id: "merge menghasilkan larik; tidak didukung di SQL", en: "merge returns an array; not supported in SQL" },
  missing: { id: "missing tidak didukung di SQL", en: "missing is not supported in SQL" },
  missing_some: { id: "missing_some tidak didukung di SQL", en: "missing_some is not supported in SQL" },
  substr: { id: "substr tidak didukung di SQL", en: "substr is not supported in SQL" },
  log: { id: "log tidak didukung di SQL", en: "log is not supported in SQL" },
};

function refuse(path: Path, id: string, en: string): never {
  throw new SqlUnsupportedError(toPointer(path), { id, en });
}

function isLogic(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 1;
}

function isScalar(value: unknown): value is Scalar {
  return value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

function kindOf(type: SqlValueType): SqlResultType {
  return type === "date" ? "string" : type;
}

function numberFlags(value: number): Pick<Expr, "nan" | "inf" | "negz"> {
  return { nan: Number.isNaN(value), inf: value === Infinity || value === -Infinity, negz: Object.is(value, -0) };
}

/** Compiles one rule; one instance per call (it owns the parameter list). */
export class SqlCompiler {
  readonly params: unknown[] = [];
  private readonly paramIndex = new Map<string, number>();
  private readonly offset: number;
  private readonly table: string | undefined;
  private readonly trusted: boolean;

  constructor(
    private readonly columns: SqlColumns,
    options: ToSqlOptions = {},
  ) {
    this.offset = options.paramOffset ?? 0;
    if (!Number.isInteger(this.offset) || this.offset < 0) throw new TypeError("paramOffset must be a non-negative integer");
    if (options.table !== undefined && !IDENTIFIER.test(options.table)) {
      throw new TypeError(`invalid table name ${JSON.stringify(options.table)}: expected /^[a-z_][a-z0-9_]*$/`);
    }
    this.table = options.table;
    this.trusted = options.jsonTypes === "trusted";
  }

  // ---------------------------------------------------------------- parameters

  /** A placeholder with an explicit cast; equal values share one parameter. */
  private param(value: unknown, cast: "float8" | "text" | "boolean" | "float8[]" | "text[]" | "boolean[]"): string {
    const key = `${cast}:${typeof value === "number" ? numberParam(value) : JSON.stringify(value)}`;
    let index = this.paramIndex.get(key);
    if (index === undefined) {
      this.params.push(typeof value === "number" ? numberParam(value) : value);
      index = this.offset + this.params.length;
      this.paramIndex.set(key, index);
    }
    return `$${index}::${cast}`;
  }

  private literal(value: Scalar): Expr {
    if (value === null) return { sql: "NULL", kind: "null", nullable: true, ...NO_FLAGS, literal: { value } };
    if (typeof value === "number") {
      return { sql: this.param(value, "float8"), kind: "number", nullable: false, ...numberFlags(value), literal: { value } };
    }
    if (typeof value === "string") {
      return { sql: this.param(value, "text"), kind: "string", nullable: false, ...NO_FLAGS, literal: { value }, validDate: parseIsoDate(value) !== null };
    }
    return { sql: this.param(value, "boolean"), kind: "boolean", nullable: false, ...NO_FLAGS, literal: { value } };
  }

  private number(value: number): Expr {
    // Small constants the compiler itself needs are written inline; rule values never are.
    if (Object.is(value, 0)) return { sql: SQL_ZERO, kind: "number", nullable: false, ...NO_FLAGS, literal: { value } };
    if (Object.is(value, -0)) return { sql: SQL_MINUS_ZERO, kind: "number", nullable: false, ...NO_FLAGS, negz: true, literal: { value } };
    if (value === 1) return { sql: SQL_ONE, kind: "number", nullable: false, ...NO_FLAGS, literal: { value } };
    if (Number.isNaN(value)) return { sql: SQL_NAN, kind: "number", nullable: false, ...NO_FLAGS, nan: true, literal: { value } };
    if (value === Infinity) return { sql: SQL_INFINITY, kind: "number", nullable: false, ...NO_FLAGS, inf: true, literal: { value } };
    if (value === -Infinity) {
      return { sql: SQL_MINUS_INFINITY, kind: "number", nullable: false, ...NO_FLAGS, inf: true, literal: { value } };
    }
    return this.literal(value);
  }

  private nullExpr(): Expr {
    return this.literal(null);
  }

  private bool(sql: string): Expr {
    return { sql, kind: "boolean", nullable: false, ...NO_FLAGS };
  }

  // ------------------------------------------------------------------ entry

  /** The rule's value. */
  value(rule: unknown): Expr {
    return this.checkLength(this.compile(rule, [], { kind: "root", columns: this.columns }, 0));
  }

  /** The rule's JSON-logic truthiness, as a never-NULL SQL boolean. */
  predicate(rule: unknown): string {
    return this.checkLength(this.bool(this.condition(rule, [], { kind: "root", columns: this.columns }, 0))).sql;
  }

  /**
   * The final fragment: only the parameters the text uses, numbered in order
   * of first use (sub-rules compiled only to be checked, such as the third
   * argument of `>`, may have allocated some that the SQL never references).
   */
  finish(sql: string): { text: string; params: unknown[] } {
    const renumbered = new Map<number, number>();
    const params: unknown[] = [];
    const text = sql.replace(/\$(\d+)/g, (_, digits: string) => {
      const old = Number(digits);
      let index = renumbered.get(old);
      if (index === undefined) {
        params.push(this.params[old - this.offset - 1]);
        index = this.offset + params.length;
        renumbered.set(old, index);
      }
      return `$${index}`;
    });
    return { text, params };
  }

  private maxLength = 1_000_000;

  setMaxLength(length: number): void {
    this.maxLength = length;
  }

  private checkLength(expr: Expr): Expr {
    if (expr.sql.length > this.maxLength) {
      refuse([], `SQL aturan terlalu panjang (${expr.sql.length} karakter)`, `the rule's SQL is too long (${expr.sql.length} characters)`);
    }
    return expr;
  }

  // ------------------------------------------------------------ dispatching

  private operation(rule: unknown, path: Path, depth: number): { op: string; args: readonly unknown[] } | undefined {
    if (depth > MAX_RULE_DEPTH) refuse(path, "Aturan terlalu dalam", `rule nested deeper than ${MAX_RULE_DEPTH}`);
    if (isScalar(rule)) return undefined;
    if (Array.isArray(rule)) {
      refuse(path, "Larik literal hanya didukung sebagai argumen kedua in", "a literal array is only supported as the second argument of in");
    }
    if (!isLogic(rule)) refuse(path, "Objek literal tidak didukung di SQL", "a literal object is not supported in SQL");
    const op = Object.keys(rule)[0] as string;
    const raw = rule[op];
    return { op, args: Array.isArray(raw) ? raw : [raw] };
  }

  /** Truthiness of a rule as a never-NULL SQL boolean; and/or/if/! need no common result type here. */
  private condition(rule: unknown, path: Path, scope: Scope, depth: number): string {
    const operation = this.operation(rule, path, depth);
    if (operation !== undefined) {
      const { op, args } = operation;
      const at = (i: number): Path => [...path, op, i];
      switch (op) {
        case "!":
          return `(NOT ${this.condition(args[0] ?? null, at(0), scope, depth + 1)})`;
        case "!!":
          return this.condition(args[0] ?? null, at(0), scope, depth + 1);
        case "and":
        case "or": {
          if (args.length === 0) refuse([...path, op], `${op} tanpa argumen tidak didukung`, `${op} without arguments is not supported`);
          const parts = args.map((arg, i) => this.condition(arg, at(i), scope, depth + 1));
          return parts.length === 1 ? (parts[0] as string) : `(${parts.join(op === "and" ? " AND " : " OR ")})`;
        }
        case "if":
        case "?:": {
          if (args.length === 0) return "false";
          let sql = "CASE";
          let i = 0;
          for (; i < args.length - 1; i += 2) {
            sql += ` WHEN ${this.condition(args[i], at(i), scope, depth + 1)} THEN ${this.condition(args[i + 1], at(i + 1), scope, depth + 1)}`;
          }
          const otherwise = i === args.length - 1 ? this.condition(args[i], at(i), scope, depth + 1) : "false";
          return i === 0 ? otherwise : `${sql} ELSE ${otherwise} END`;
        }
      }
    }
    return this.truthy(this.compile(rule, path, scope, depth));
  }

  private compile(rule: unknown, path: Path, scope: Scope, depth: number): Expr {
    const operation = this.operation(rule, path, depth);
    if (operation === undefined) return this.literal(rule as Scalar);
    const { op, args } = operation;
    const at = (i: number): Path => [...path, op, i];
    const arg = (i: number): Expr => this.compile(args[i] ?? null, at(i), scope, depth + 1);
    const all = (): Expr[] => args.map((_, i) => arg(i));
    const arity = (min: number, max: number): void => {
      if (args.length < min || args.length > max) {
        const expected = min === max ? `${min}` : `${min}–${max}`;
        refuse([...path, op], `${op} memerlukan ${expected} argumen di SQL`, `${op} takes ${expected} arguments in SQL`);
      }
    };

    switch (op) {
      case "var":
        return this.variable(args, path, scope, depth);
      case "==":
      case "!=":
      case "===":
      case "!==": {
        arity(2, 2);
        const a = arg(0);
        const b = arg(1);
        const equal = op.length === 3 ? this.strictEqual(a, b, path) : this.looseEqual(a, b, path);
        return this.bool(op.startsWith("!") ? `(NOT ${equal})` : equal);
      }
      case "<":
      case "<=":
      case ">":
      case ">=": {
        arity(2, 3);
        const values = all();
        const [a, b, c] = values as [Expr, Expr, Expr | undefined];
        const first = this.relational(op, a, b, path);
        // json-logic-js uses the third argument only for < and <= ("between"); > and >= ignore it.
        if (c === undefined || op === ">" || op === ">=") return this.bool(first);
        return this.bool(`(${first} AND ${this.relational(op, b, c, path)})`);
      }
      case "!":
      case "!!":
      case "and":
      case "or":
      case "if":
      case "?:":
        return this.logical(op, args, path, scope, depth);
      case "+":
        return this.sum(all(), path);
      case "*":
        return this.product(all(), path);
      case "-":
        return this.minus(all(), path);
      case "/": {
        arity(2, 2);
        return this.divide(this.toNumber(arg(0), at(0)), this.toNumber(arg(1), at(1)));
      }
      case "%": {
        arity(2, 2);
        return this.modulo(this.toNumber(arg(0), at(0)), this.toNumber(arg(1), at(1)));
      }
      case "min":
      case "max":
        return this.extremum(op, all().map((e, i) => this.toNumber(e, at(i))));
      case "in": {
        arity(2, 2);
        return this.bool(this.contains(arg(0), args[1], at(1), scope, depth + 1));
      }
      case "cat": {
        const parts = all().map((e, i) => this.catText(e, at(i)));
        return { sql: parts.length === 0 ? "''" : `(${parts.join(" || ")})`, kind: "string", nullable: false, ...NO_FLAGS };
      }
      case "age":
      case "months_between":
        arity(2, 2);
        return this.dateDifference(op, arg(0), arg(1), path);
      case "count":
      case "some":
      case "all":
      case "none":
        return this.iterate(op, args, path, scope, depth);
    }
    const refused = REFUSED[op];
    if (refused !== undefined) refuse([...path, op], refused.id, refused.en);
    return refuse([...path, op], `Operator tidak dikenal: ${op}`, `Unrecognized operation ${op}`);
  }

  // ------------------------------------------------------------------ var

  private variable(args: readonly unknown[], path: Path, scope: Scope, depth: number): Expr {
    const name = args[0];
    const at = [...path, "var", 0];
    if (typeof name !== "string" && typeof name !== "number") {
      if (name === null || name === undefined) {
        return this.elementItself(scope, at, args, path, depth);
      }
      refuse(at, "Nama var harus berupa teks tetap", "a var name must be a literal string");
    }
    const key = String(name);
    if (key === "") return this.elementItself(scope, at, args, path, depth);
    if (args.length > 2) refuse([...path, "var"], "var memerlukan 1–2 argumen", "var takes 1–2 arguments");

    if (scope.kind === "root") {
      const source = Object.hasOwn(scope.columns, key) ? scope.columns[key] : undefined;
      if (source === undefined) {
        refuse(at, `Variabel "${key}" tidak dipetakan ke kolom`, `variable "${key}" is not mapped to a column`);
      }
      return this.withDefault(this.readSource(source, at), args, path, scope, depth);
    }
    const fields = scope.element;
    if (fields === undefined || typeof fields === "string") {
      refuse(at, `Elemen larik tidak punya bidang "${key}" yang dideklarasikan`, `array elements have no declared field "${key}"`);
    }
    const declared = Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (declared === undefined) {
      refuse(at, `Elemen larik tidak punya bidang "${key}" yang dideklarasikan`, `array elements have no declared field "${key}"`);
    }
    const field: SqlElementField = typeof declared === "string" ? { type: declared } : declared;
    const read = this.readJsonb(`${scope.alias}.v`, key.split("."), field.type, field.element);
    return this.withDefault(read, args, path, scope, depth);
  }

  private elementItself(scope: Scope, at: Path, args: readonly unknown[], path: Path, depth: number): Expr {
    if (scope.kind === "root" || typeof scope.element !== "string") {
      refuse(at, "var kosong (seluruh data) hanya didukung untuk elemen skalar", "an empty var (the whole data) is only supported for scalar array elements");
    }
    // The element itself is always present, so a default never applies (but must still compile).
    if (args.length > 1) this.compile(args[1], [...path, "var", 1], scope, depth + 1);
    const read = this.readJsonb(`${scope.alias}.v`, [], scope.element, undefined);
    return read.expr;
  }

  /** Applies `{"var": [name, default]}`: the default replaces a *missing* value only. */
  private withDefault(
    read: { expr: Expr; missing: string | undefined },
    args: readonly unknown[],
    path: Path,
    scope: Scope,
    depth: number,
  ): Expr {
    if (args.length < 2) return read.expr;
    const fallback = this.compile(args[1], [...path, "var", 1], scope, depth + 1);
    if (fallback.kind === "null" || read.missing === undefined) return read.expr;
    const expr = read.expr;
    if (expr.kind !== fallback.kind) {
      refuse([...path, "var", 1], "Nilai bawaan var harus bertipe sama dengan variabelnya", "a var default must have the variable's declared type");
    }
    return {
      ...expr,
      sql: `CASE WHEN ${read.missing} THEN ${fallback.sql} ELSE ${expr.sql} END`,
      dateText: undefined,
      validDate: expr.validDate === true && fallback.validDate === true,
      nullable: true,
      nan: expr.nan || fallback.nan,
      inf: expr.inf || fallback.inf,
      negz: expr.negz || fallback.negz,
    };
  }

  private column(name: string, at: Path): string {
    if (!IDENTIFIER.test(name)) refuse(at, `Nama kolom tidak sah: ${name}`, `invalid column name ${JSON.stringify(name)}: expected /^[a-z_][a-z0-9_]*$/`);
    return this.table === undefined ? `"${name}"` : `"${this.table}"."${name}"`;
  }

  private readSource(source: SqlSource, at: Path): { expr: Expr; missing: string | undefined } {
    switch (source.kind) {
      case "value": {
        const value = source.value;
        const type = kindOf(source.type);
        if (value !== null && typeof value !== (type === "number" ? "number" : type === "boolean" ? "boolean" : "string")) {
          refuse(at, "Nilai tetap tidak sesuai tipenya", `the bound value does not have its declared type ${source.type}`);
        }
        return { expr: this.literal(value), missing: undefined };
      }
      case "jsonb":
        return this.readJsonb(this.column(source.column, at), [...source.path], source.type, source.element);
      case "column": {
        const column = this.column(source.column, at);
        const nullable = source.nullable ?? true;
        switch (source.type) {
          case "number":
            // A double precision (or numeric) column can hold NaN and ±Infinity.
            return { expr: { sql: `${column}::float8`, kind: "number", nullable, nan: true, inf: true, negz: true }, missing: undefined };
          case "string":
          case "date":
            return {
              expr: { sql: `${column}::text`, kind: "string", nullable, ...NO_FLAGS, validDate: source.type === "date" && this.trusted },
              missing: undefined,
            };
          case "boolean":
            return { expr: { sql: column, kind: "boolean", nullable, ...NO_FLAGS }, missing: undefined };
          case "array":
            return {
              expr: {
                sql: `CASE WHEN jsonb_typeof(${column}) = 'array' THEN ${column} END`,
                kind: "array",
                nullable: true,
                ...NO_FLAGS,
                ...(source.element === undefined ? {} : { element: source.element }),
              },
              missing: undefined,
            };
        }
      }
    }
  }

  /**
   * Reads `base -> keys…` with the declared type; a JSON value of another type
   * reads as NULL. `missing` is the SQL condition "the key is absent".
   */
  private readJsonb(
    base: string,
    keys: readonly string[],
    type: SqlValueType,
    element: SqlElement | undefined,
  ): { expr: Expr; missing: string | undefined } {
    let json = base;
    let text = `(${base} #>> '{}')`;
    if (keys.length === 1) {
      const key = this.param(keys[0], "text");
      json = `(${base} -> ${key})`;
      text = `(${base} ->> ${key})`;
    } else if (keys.length > 1) {
      const path = this.param([...keys], "text[]");
      json = `(${base} #> ${path})`;
      text = `(${base} #>> ${path})`;
    }
    const typed = (jsonType: string, then: string): string => `CASE WHEN jsonb_typeof(${json}) = '${jsonType}' THEN ${then} END`;
    const missing = keys.length === 0 ? undefined : `${json} IS NULL`;
    // Trusted types: one lookup as text (JSON null and a missing key both give SQL NULL), no type test.
    const trusted = this.trusted;
    switch (type) {
      case "number":
        return {
          expr: { sql: trusted ? `${text}::float8` : typed("number", `${json}::float8`), kind: "number", nullable: true, ...NO_FLAGS },
          missing,
        };
      case "string":
      case "date":
        return {
          expr: {
            sql: trusted ? text : typed("string", text),
            kind: "string",
            nullable: true,
            ...NO_FLAGS,
            validDate: type === "date" && trusted,
            ...(trusted ? {} : { dateText: text }),
          },
          missing,
        };
      case "boolean":
        return {
          expr: { sql: trusted ? `${text}::boolean` : typed("boolean", `${json}::boolean`), kind: "boolean", nullable: true, ...NO_FLAGS },
          missing,
        };
      case "array":
        // Even trusted, a JSON null must not reach jsonb_array_length: keep the type test.
        return {
          expr: { sql: typed("array", json), kind: "array", nullable: true, ...NO_FLAGS, ...(element === undefined ? {} : { element }) },
          missing,
        };
    }
  }

  // ------------------------------------------------------------ truthiness

  /** JSON-logic truthiness: 0, NaN, "", null and [] are falsy. Never NULL. */
  private truthy(e: Expr): string {
    if (e.literal !== undefined) return truthyValue(e.literal.value) ? "true" : "false";
    let test: string;
    switch (e.kind) {
      case "null":
        return "false";
      case "boolean":
        return e.nullable ? `COALESCE(${e.sql}, false)` : e.sql;
      case "number":
        test = e.nan ? `(${e.sql} <> 0 AND ${e.sql} <> ${SQL_NAN})` : `(${e.sql} <> 0)`;
        break;
      case "string":
        test = `(${e.sql} <> '')`;
        break;
      case "array":
        test = `(jsonb_array_length(${e.sql}) > 0)`;
        break;
    }
    return e.nullable ? `COALESCE(${test}, false)` : test;
  }

  private logical(op: string, args: readonly unknown[], path: Path, scope: Scope, depth: number): Expr {
    const at = (i: number): Path => [...path, op, i];
    if (op === "!" || op === "!!") return this.bool(this.condition({ [op]: args }, path, scope, depth));
    if (op === "and" || op === "or") {
      if (args.length === 0) refuse([...path, op], `${op} tanpa argumen tidak didukung`, `${op} without arguments is not supported`);
      const values = args.map((a, i) => this.compile(a, at(i), scope, depth + 1));
      if (values.length === 1) return values[0] as Expr;
      if (values.every((v) => v.kind === "boolean" && !v.nullable)) {
        return this.bool(`(${values.map((v) => v.sql).join(op === "and" ? " AND " : " OR ")})`);
      }
      const kind = this.commonKind(values, [...path, op], `${op} yang hasilnya dipakai sebagai nilai`, `the value of ${op}`);
      // `and` returns the first falsy operand (else the last); `or` the first truthy one.
      const sql = this.shared(values, (operands) => {
        const whens = operands
          .slice(0, -1)
          .map((v) => `WHEN ${op === "and" ? `NOT ${this.truthy(v)}` : this.truthy(v)} THEN ${v.sql}`)
          .join(" ");
        return `CASE ${whens} ELSE ${(operands[operands.length - 1] as Expr).sql} END`;
      });
      return this.merged(kind, values, sql);
    }
    // if / ?:
    if (args.length === 0) return this.nullExpr();
    const branches: Expr[] = [];
    let sql = "CASE";
    let i = 0;
    for (; i < args.length - 1; i += 2) {
      const test = this.condition(args[i], at(i), scope, depth + 1);
      const then = this.compile(args[i + 1], at(i + 1), scope, depth + 1);
      branches.push(then);
      sql += ` WHEN ${test} THEN ${then.sql}`;
    }
    const otherwise = i === args.length - 1 ? this.compile(args[i], at(i), scope, depth + 1) : this.nullExpr();
    if (i === 0) return otherwise;
    branches.push(otherwise);
    const kind = this.commonKind(branches, [...path, op], "cabang if yang hasilnya dipakai sebagai nilai", "the branches of an if used as a value");
    return this.merged(kind, branches, `${sql} ELSE ${otherwise.sql} END`);
  }

  /** The one non-null kind of several values (null fits any), or a refusal. */
  private commonKind(values: readonly Expr[], path: Path, what: string, whatEn: string): SqlResultType {
    const kinds = new Set(values.map((v) => v.kind).filter((k) => k !== "null"));
    if (kinds.size > 1) {
      refuse(
        path,
        `Tipe ${what} bercampur (${[...kinds].join(", ")}); di SQL hanya didukung dalam konteks benar/salah`,
        `${whatEn} mixes types (${[...kinds].join(", ")}); in SQL this is only supported where just its truthiness matters`,
      );
    }
    const [kind] = kinds;
    return kind ?? "null";
  }

  private merged(kind: SqlResultType, values: readonly Expr[], sql: string): Expr {
    const elements = new Set(values.map((v) => v.element));
    const [element] = elements;
    return {
      sql,
      kind,
      nullable: values.some((v) => v.nullable),
      nan: values.some((v) => v.nan),
      inf: values.some((v) => v.inf),
      negz: values.some((v) => v.negz),
      ...(elements.size === 1 && element !== undefined ? { element } : {}),
    };
  }

  // ------------------------------------------------------------ sharing

  private bindings = 0;

  /**
   * Gives `body` the operands to use as often as it needs. Short operands are
   * repeated inline; long ones are computed once in a scalar subquery
   * (`(SELECT … FROM (SELECT <operand> AS x0 OFFSET 0) AS bN)`), because translations
   * such as JS `String(number)` or `%` mention an operand many times and
   * nesting them would otherwise grow the SQL exponentially.
   */
  private shared(operands: readonly Expr[], body: (operands: Expr[]) => string): string {
    // Build once with markers, then see which operands the SQL really repeats.
    const marker = (i: number) => `\u0000${i}\u0000`;
    const template = body(operands.map((e, i) => ({ ...e, sql: marker(i) })));
    const uses = operands.map((_, i) => template.split(marker(i)).length - 1);
    const bound = operands.map((e, i) => (uses[i] ?? 0) > 1 && e.sql.length > INLINE_LIMIT);
    let name = "";
    if (bound.includes(true)) {
      this.bindings += 1;
      name = `b${this.bindings}`;
    }
    let sql = template;
    operands.forEach((e, i) => {
      sql = sql.split(marker(i)).join(bound[i] ? `${name}.x${i}` : e.sql);
    });
    if (name === "") return sql;
    const columns = operands.flatMap((e, i) => (bound[i] ? [`${e.sql} AS x${i}`] : []));
    // OFFSET 0 stops the planner from pulling the subquery up, which would inline the operand again.
    return `(SELECT ${sql} FROM (SELECT ${columns.join(", ")} OFFSET 0) AS ${name})`;
  }

  // ------------------------------------------------------------ coercions

  private refuseArray(e: Expr, path: Path): void {
    if (e.kind === "array") {
      refuse(path, "Larik tidak didukung sebagai operan di sini", "an array is not supported as an operand here");
    }
  }

  /** JavaScript `Number(x)` (null → 0, true → 1, "" → 0, "abc" → NaN). Never NULL. */
  private toNumber(e: Expr, path: Path): Expr {
    this.refuseArray(e, path);
    if (e.literal !== undefined) return this.number(Number(e.literal.value));
    switch (e.kind) {
      case "null":
        return this.number(0);
      case "number":
        return e.nullable ? { ...e, sql: `COALESCE(${e.sql}, ${SQL_ZERO})`, nullable: false, dateDiff: undefined } : e;
      case "boolean":
        return { sql: `CASE WHEN ${e.sql} THEN ${SQL_ONE} ELSE ${SQL_ZERO} END`, kind: "number", nullable: false, ...NO_FLAGS };
      default: {
        const text = e.nullable ? `COALESCE(${e.sql}, '')` : e.sql;
        const sql = this.shared([{ ...e, sql: text }], ([s]) => textToNumber((s as Expr).sql));
        return { sql, kind: "number", nullable: false, nan: true, inf: true, negz: true };
      }
    }
  }

  /** JavaScript `parseFloat(x)` as json-logic-js's `+` and `*` apply it (null and booleans → NaN, -0 → 0). Never NULL. */
  private parseFloat(e: Expr, path: Path): Expr {
    this.refuseArray(e, path);
    if (e.literal !== undefined) {
      const value = e.literal.value;
      return this.number(typeof value === "number" ? (value === 0 ? 0 : value) : parseFloat(String(value)));
    }
    switch (e.kind) {
      case "number": {
        const sql = e.nullable ? `COALESCE(${e.sql}, ${SQL_NAN})` : e.sql;
        // parseFloat(String(-0)) is +0; adding +0 turns -0 into +0 and leaves every other value alone.
        return { ...e, sql: e.negz ? `(${sql} + ${SQL_ZERO})` : sql, nullable: false, nan: e.nan || e.nullable, negz: false, dateDiff: undefined };
      }
      case "string":
        return { sql: this.shared([e], ([s]) => textParseFloat((s as Expr).sql)), kind: "number", nullable: false, nan: true, inf: true, negz: true };
      default:
        return this.number(NaN);
    }
  }

  /** JavaScript `String(x)` as `Array.prototype.join` (cat) applies it: null → "". Never NULL. */
  private catText(e: Expr, path: Path): string {
    this.refuseArray(e, path);
    if (e.literal !== undefined) {
      const value = e.literal.value;
      return value === null ? "''" : this.param(String(value), "text");
    }
    const text = this.jsString(e);
    return e.nullable ? `COALESCE(${text}, '')` : text;
  }

  /** JavaScript `String(x)` of a non-array value; NULL stays NULL. */
  private jsString(e: Expr): string {
    switch (e.kind) {
      case "null":
        return "NULL::text";
      case "string":
        return e.sql;
      case "boolean":
        return `CASE WHEN ${e.sql} THEN 'true' WHEN NOT ${e.sql} THEN 'false' END`;
      case "number":
        return this.shared([e], ([x]) => numberToJsText((x as Expr).sql));
      case "array":
        throw new Error("internal: jsString of an array");
    }
  }

  // ---------------------------------------------------------- comparisons

  /** `CASE` that handles NULL operands (JSON-logic null) before `core`, which may assume non-null ones. */
  private nullAware(a: Expr, b: Expr, core: string, whenNull: (a: string, b: string) => string): string {
    if (!a.nullable && !b.nullable) return core;
    // One nullable side of the same kind: a NULL makes `core` NULL, and null equals no value.
    if (a.kind === b.kind && a.nullable !== b.nullable) return `COALESCE(${core}, false)`;
    const nulls = [a, b].filter((e) => e.nullable).map((e) => `${e.sql} IS NULL`);
    return `CASE WHEN ${nulls.join(" OR ")} THEN ${whenNull(a.nullable ? `${a.sql} IS NULL` : "false", b.nullable ? `${b.sql} IS NULL` : "false")} ELSE ${core} END`;
  }

  /** `x = y` on doubles as JavaScript compares them (NaN equals nothing; PostgreSQL says NaN = NaN). */
  private numbersEqual(x: Expr, y: Expr): string {
    const core = `${x.sql} = ${y.sql}`;
    return x.nan && y.nan ? `(${core} AND ${x.sql} <> ${SQL_NAN})` : `(${core})`;
  }

  /** JavaScript `==`. Never NULL. */
  private looseEqual(a: Expr, b: Expr, path: Path): string {
    const special = this.equalitySpecialCases(a, b, path);
    if (special !== undefined) return special;
    return this.shared([a, b], ([x, y]) => this.looseEqualShared(x as Expr, y as Expr, path));
  }

  private looseEqualShared(a: Expr, b: Expr, path: Path): string {
    let core: string;
    if (a.kind === b.kind) {
      core = a.kind === "number" ? this.numbersEqual(a, b) : `(${a.sql} = ${b.sql})`;
    } else {
      // Different primitive types compare as numbers (booleans → 0/1, strings → Number(s)).
      core = this.numbersEqual(this.toNumber(a, path), this.toNumber(b, path));
    }
    return this.nullAware(a, b, core, (aNull, bNull) => `(${aNull} AND ${bNull})`);
  }

  /** JavaScript `===`. Never NULL. */
  private strictEqual(a: Expr, b: Expr, path: Path): string {
    const special = this.equalitySpecialCases(a, b, path);
    if (special !== undefined) return special;
    return this.shared([a, b], ([x, y]) => this.strictEqualShared(x as Expr, y as Expr));
  }

  private strictEqualShared(a: Expr, b: Expr): string {
    if (a.kind !== b.kind) {
      return a.nullable && b.nullable ? `(${a.sql} IS NULL AND ${b.sql} IS NULL)` : "false";
    }
    const core = a.kind === "number" ? this.numbersEqual(a, b) : `(${a.sql} = ${b.sql})`;
    return this.nullAware(a, b, core, (aNull, bNull) => `(${aNull} AND ${bNull})`);
  }

  /** Comparisons with null literals and arrays, shared by `==` and `===`. */
  private equalitySpecialCases(a: Expr, b: Expr, path: Path): string | undefined {
    if (a.kind === "null" || b.kind === "null") {
      const other = a.kind === "null" ? b : a;
      if (other.kind === "null") return "true";
      return other.nullable ? `(${other.sql} IS NULL)` : "false";
    }
    if (a.kind === "array" || b.kind === "array") {
      refuse(path, "Larik hanya bisa dibandingkan dengan null di SQL", "in SQL an array can only be compared with null");
    }
    return undefined;
  }

  /** JavaScript `<`, `<=`, `>`, `>=`: strings compare by code unit, anything else as numbers. Never NULL. */
  private relational(op: string, a: Expr, b: Expr, path: Path): string {
    this.refuseArray(a, path);
    this.refuseArray(b, path);
    const folded = this.foldDateComparison(op, a, b);
    if (folded !== undefined) return folded;
    return this.shared([a, b], ([x, y]) => this.relationalShared(op, x as Expr, y as Expr, path));
  }

  private relationalShared(op: string, a: Expr, b: Expr, path: Path): string {
    const x = this.toNumber(a, path);
    const y = this.toNumber(b, path);
    // PostgreSQL orders NaN above every number, so `NaN < y` is already false as in JS; only a NaN
    // on the greater side (y of < and <=, x of > and >=) would wrongly compare true.
    const greater = op === "<" || op === "<=" ? y : x;
    const guards = greater.nan ? [`${greater.sql} <> ${SQL_NAN}`] : [];
    const numeric = `(${[`${x.sql} ${op} ${y.sql}`, ...guards].join(" AND ")})`;
    if (a.kind !== "string" || b.kind !== "string") return numeric;
    // Both are strings unless one is null at run time (then it is 0 and the other Number(s)).
    const textual = `(${a.sql} ${op} ${b.sql} COLLATE "C")`;
    if (!a.nullable && !b.nullable) return textual;
    const notNull = [a, b].filter((e) => e.nullable).map((e) => `${e.sql} IS NOT NULL`);
    return `CASE WHEN ${notNull.join(" AND ")} THEN ${textual} ELSE ${numeric} END`;
  }

  // ------------------------------------------------------------ arithmetic

  private sum(values: readonly Expr[], path: Path): Expr {
    if (values.length === 0) return this.number(0);
    const terms = values.map((v, i) => this.parseFloat(v, [...path, "+", i]));
    const first = terms[0] as Expr;
    // json-logic-js starts from 0: 0 + (-0) is +0, which a lone -0 term would not give.
    const sql = `(${first.negz ? `${SQL_ZERO} + ` : ""}${terms.map((t) => t.sql).join(" + ")})`;
    const anyInf = terms.some((t) => t.inf);
    return { sql, kind: "number", nullable: false, nan: terms.some((t) => t.nan) || anyInf, inf: anyInf, negz: false };
  }

  private product(values: readonly Expr[], path: Path): Expr {
    if (values.length === 0) refuse([...path, "*"], "* memerlukan argumen", "* needs at least one argument");
    // A single factor is returned as is, uncoerced (Array.prototype.reduce without an initial value).
    if (values.length === 1) return values[0] as Expr;
    const factors = values.map((v, i) => this.parseFloat(v, [...path, "*", i]));
    let sql = (factors[0] as Expr).sql;
    factors.slice(1).forEach((factor, i) => {
      // The running product is parseFloat'ed again before each step, so a -0 so far becomes +0.
      sql = i === 0 ? `(${sql} * ${factor.sql})` : `((${sql} + ${SQL_ZERO}) * ${factor.sql})`;
    });
    const anyInf = factors.some((f) => f.inf);
    return { sql, kind: "number", nullable: false, nan: factors.some((f) => f.nan) || anyInf, inf: anyInf, negz: true };
  }

  private minus(values: readonly Expr[], path: Path): Expr {
    if (values.length === 0) return this.number(NaN);
    const a = this.toNumber(values[0] as Expr, [...path, "-", 0]);
    if (values.length === 1) {
      if (a.literal !== undefined && typeof a.literal.value === "number") return this.number(-a.literal.value);
      return { sql: `(-${a.sql})`, kind: "number", nullable: false, nan: a.nan, inf: a.inf, negz: true };
    }
    const b = this.toNumber(values[1] as Expr, [...path, "-", 1]);
    return {
      sql: `(${a.sql} - ${b.sql})`,
      kind: "number",
      nullable: false,
      nan: a.nan || b.nan || (a.inf && b.inf),
      inf: a.inf || b.inf,
      negz: a.negz,
    };
  }

  private divide(dividend: Expr, divisor: Expr): Expr {
    const nonZero = divisor.nonZero === true || (typeof divisor.literal?.value === "number" && divisor.literal.value !== 0);
    return {
      sql: this.shared([dividend, divisor], ([a, b]) => this.divideShared(a as Expr, b as Expr).sql),
      kind: "number",
      nullable: false,
      nan: nonZero ? dividend.nan || divisor.nan || (dividend.inf && divisor.inf) : true,
      inf: nonZero ? dividend.inf : true,
      negz: true,
    };
  }

  private divideShared(a: Expr, b: Expr): Expr {
    const divisor = b.literal?.value;
    const nonZeroDivisor = b.nonZero === true || (typeof divisor === "number" && divisor !== 0);
    if (nonZeroDivisor) {
      return { sql: `(${a.sql} / ${b.sql})`, kind: "number", nullable: false, nan: a.nan || b.nan || (a.inf && b.inf), inf: a.inf, negz: true };
    }
    // PostgreSQL raises "division by zero"; JavaScript gives ±Infinity (x ≠ 0) or NaN (0/0, NaN/0).
    // x · ±Infinity is exactly that: ±Infinity for x ≠ 0, NaN for 0 and NaN (the sign of a -0 divisor counts).
    const infinity = b.negz ? `CASE WHEN ${isMinusZero(b.sql)} THEN ${SQL_MINUS_INFINITY} ELSE ${SQL_INFINITY} END` : SQL_INFINITY;
    const byZero = `${a.sql} * ${infinity}`;
    return {
      // NULLIF turns a zero divisor into NULL, so the divisor is read once and the quotient is NULL exactly then.
      sql: `COALESCE(${a.sql} / NULLIF(${b.sql}, 0), ${byZero})`,
      kind: "number",
      nullable: false,
      nan: true,
      inf: true,
      negz: true,
    };
  }

  private modulo(dividend: Expr, divisor: Expr): Expr {
    return { sql: this.shared([dividend, divisor], ([a, b]) => this.moduloShared(a as Expr, b as Expr).sql), kind: "number", nullable: false, nan: true, inf: false, negz: true };
  }

  private moduloShared(a: Expr, b: Expr): Expr {
    // JavaScript % truncates (sign of the dividend), like C fmod: a − b·trunc(a/b), exact for
    // integers below 2^53; a zero result keeps the dividend's sign (−4 % 2 is −0).
    const remainder = `(${a.sql} - ${b.sql} * trunc(${a.sql} / ${b.sql}))`;
    const signed = `CASE WHEN ${remainder} = 0 THEN ${a.sql} * ${SQL_ZERO} ELSE ${remainder} END`;
    const sql =
      `CASE WHEN ${b.sql} = 0 OR ${a.sql} = ${SQL_NAN} OR ${b.sql} = ${SQL_NAN} ` +
      `OR ${a.sql} = ${SQL_INFINITY} OR ${a.sql} = ${SQL_MINUS_INFINITY} THEN ${SQL_NAN} ` +
      `WHEN ${b.sql} = ${SQL_INFINITY} OR ${b.sql} = ${SQL_MINUS_INFINITY} THEN ${a.sql} ELSE ${signed} END`;
    return { sql, kind: "number", nullable: false, nan: true, inf: false, negz: true };
  }

  private extremum(op: "min" | "max", operands: readonly Expr[]): Expr {
    if (operands.length === 0) return this.number(op === "min" ? Infinity : -Infinity);
    if (operands.length === 1) return operands[0] as Expr;
    // max(1, x) is at least 1 (or NaN): never 0, as a divisor needs to know.
    const positiveLiteral = operands.some((v) => typeof v.literal?.value === "number" && v.literal.value > 0);
    return {
      sql: this.shared(operands, (values) => this.extremumShared(op, values).sql),
      kind: "number",
      nullable: false,
      nan: operands.some((v) => v.nan),
      inf: operands.some((v) => v.inf),
      negz: operands.some((v) => v.negz),
      nonZero: op === "max" && positiveLiteral,
    };
  }

  private extremumShared(op: "min" | "max", values: readonly Expr[]): Expr {
    const sqls = values.map((v) => v.sql);
    let sql = `${op === "min" ? "LEAST" : "GREATEST"}(${sqls.join(", ")})`;
    if (values.some((v) => v.negz)) {
      // Math.min prefers -0 to +0 and Math.max +0 to -0; LEAST/GREATEST see them as equal and may return either.
      const preferred =
        op === "min"
          ? values.filter((v) => v.negz).map((v) => isMinusZero(v.sql)).join(" OR ")
          : values.map((v) => (v.negz ? isPlusZero(v.sql) : `${v.sql} = 0`)).join(" OR ");
      const [hit, miss] = op === "min" ? [SQL_MINUS_ZERO, SQL_ZERO] : [SQL_ZERO, SQL_MINUS_ZERO];
      sql = `CASE WHEN ${sql} = 0 THEN CASE WHEN ${preferred} THEN ${hit} ELSE ${miss} END ELSE ${sql} END`;
    }
    const nan = values.filter((v) => v.nan);
    if (nan.length > 0) {
      // Any NaN makes Math.min/max NaN; PostgreSQL orders NaN above every number instead.
      sql = `CASE WHEN ${nan.map((v) => `${v.sql} = ${SQL_NAN}`).join(" OR ")} THEN ${SQL_NAN} ELSE ${sql} END`;
    }
    return {
      sql,
      kind: "number",
      nullable: false,
      nan: nan.length > 0,
      inf: values.some((v) => v.inf),
      negz: values.some((v) => v.negz),
    };
  }

  // ------------------------------------------------------------------ in

  /** JavaScript `b.indexOf(a) !== -1` for a string or an array `b`; false for anything else. Never NULL. */
  private contains(needle: Expr, haystackRule: unknown, path: Path, scope: Scope, depth: number): string {
    if (Array.isArray(haystackRule)) {
      // A literal list: strict equality, so only items of the needle's type can match.
      const items = haystackRule.map((item, i) => {
        if (!isScalar(item)) refuse([...path, i], "Daftar in hanya boleh berisi nilai tetap", "an in list may only hold literal values");
        return item;
      });
      this.refuseArray(needle, [...path.slice(0, -1), 0]);
      const hasNull = items.includes(null);
      const nullTest = hasNull && needle.nullable ? `${needle.sql} IS NULL` : hasNull && needle.kind === "null" ? "true" : "";
      let matchTest = "";
      if (needle.kind === "number") {
        const numbers = items.filter((i): i is number => typeof i === "number");
        if (numbers.length > 0) matchTest = `${needle.sql} = ANY(${this.param(numbers.map(numberParam), "float8[]")})`;
      } else if (needle.kind === "string") {
        const strings = items.filter((i): i is string => typeof i === "string");
        if (strings.length > 0) matchTest = `${needle.sql} = ANY(${this.param(strings, "text[]")})`;
      } else if (needle.kind === "boolean") {
        const booleans = items.filter((i): i is boolean => typeof i === "boolean");
        if (booleans.length > 0) matchTest = `${needle.sql} = ANY(${this.param(booleans, "boolean[]")})`;
      }
      const tests = [nullTest, matchTest === "" ? "" : needle.nullable ? `COALESCE(${matchTest}, false)` : matchTest].filter(
        (t) => t !== "",
      );
      return tests.length === 0 ? "false" : `(${tests.join(" OR ")})`;
    }
    const haystack = this.compile(haystackRule, path, scope, depth);
    switch (haystack.kind) {
      case "string": {
        this.refuseArray(needle, [...path.slice(0, -1), 0]);
        const text = needle.kind === "null" ? "'null'" : needle.nullable ? `COALESCE(${this.jsString(needle)}, 'null')` : this.jsString(needle);
        // An empty haystack is falsy, and json-logic-js returns false before searching it.
        const test = `(${haystack.sql} <> '' AND strpos(${haystack.sql}, ${text}) > 0)`;
        return haystack.nullable ? `COALESCE(${test}, false)` : test;
      }
      case "array": {
        this.refuseArray(needle, [...path.slice(0, -1), 0]);
        let item: string;
        switch (needle.kind) {
          case "null":
            item = "'null'::jsonb";
            break;
          case "number":
            // JSON holds no NaN/Infinity, so they are never found (and to_jsonb would spell them as strings).
            item = needle.nan || needle.inf ? `CASE WHEN ${needle.sql} IN (${SQL_NAN}, ${SQL_INFINITY}, ${SQL_MINUS_INFINITY}) THEN NULL ELSE to_jsonb(${needle.sql}) END` : `to_jsonb(${needle.sql})`;
            break;
          default:
            item = `to_jsonb(${needle.sql})`;
        }
        if (needle.nullable && needle.kind !== "null") item = `COALESCE(${item}, 'null'::jsonb)`;
        return `COALESCE(${haystack.sql} @> jsonb_build_array(${item}), false)`;
      }
      default:
        // Numbers, booleans and null have no indexOf: json-logic-js answers false.
        return "false";
    }
  }

  // ------------------------------------------------------- domain operators

  private dateDifference(op: "age" | "months_between", from: Expr, to: Expr, path: Path): Expr {
    this.refuseArray(from, [...path, op, 0]);
    this.refuseArray(to, [...path, op, 1]);
    // Only strings can be dates; anything else (numbers, booleans, null) gives null, as in JS.
    if (from.kind !== "string" || to.kind !== "string") return this.nullExpr();
    if (from.literal !== undefined && to.literal !== undefined) {
      const value = op === "age" ? ageInYears(from.literal.value, to.literal.value) : monthsBetween(from.literal.value, to.literal.value);
      return value === null ? this.nullExpr() : this.number(value);
    }
    if ([from, to].some((e) => e.literal !== undefined && !e.validDate)) return this.nullExpr();
    // Validate what is not known to be a valid date (or NULL, which the arithmetic turns into NULL anyway).
    const sql = this.shared([from, to], ([a, b]) => {
      const checks = [a as Expr, b as Expr].filter((e) => !e.validDate).map((e) => isIsoDate(e.sql));
      const months = monthsBetweenInt((a as Expr).sql, (b as Expr).sql);
      // Integer division truncates toward zero, which is exactly ageInYears' rounding for both signs.
      const value = op === "age" ? `(${months} / 12)::float8` : `${months}::float8`;
      return checks.length === 0 ? value : `CASE WHEN ${checks.join(" AND ")} THEN ${value} END`;
    });
    const toDate = to.literal?.value;
    return {
      sql,
      kind: "number",
      nullable: true,
      ...NO_FLAGS,
      ...(typeof toDate === "string" && from.literal === undefined ? { dateDiff: { op, from, to: toDate } } : {}),
    };
  }

  /**
   * `age(x, D) op n` / `months_between(x, D) op n` with literal `D` and `n`,
   * as one comparison of `x` with a threshold date computed here: for a
   * valid x, `months_between(x, D) >= k` is `x <= D − k months` when k ≥ 1
   * and `x < D + (1 − k) months` when k ≤ 0 (same day of month; the
   * threshold may be a non-existent day such as 2023-02-29, which still
   * orders correctly as a string). An invalid or null x makes the operator
   * null, which compares as 0. Undefined when the pattern does not apply.
   */
  private foldDateComparison(op: string, left: Expr, right: Expr): string | undefined {
    const flip: Record<string, string> = { "<": ">", "<=": ">=", ">": "<", ">=": "<=" };
    let diff = left.dateDiff;
    let bound = right.literal?.value;
    let operator = op;
    if (diff === undefined) {
      diff = right.dateDiff;
      bound = left.literal?.value;
      operator = flip[op] ?? op;
    }
    if (diff === undefined || typeof bound !== "number" || !Number.isFinite(bound)) return undefined;
    const to = parseIsoDate(diff.to);
    if (to === null) return undefined;
    // Everything becomes "value >= k" for an integer k, possibly negated.
    const atLeast = operator === ">=" || operator === "<" ? Math.ceil(bound) : Math.floor(bound) + 1;
    const negate = operator === "<" || operator === "<=";
    // age >= k  ⇔  months >= 12k (k ≥ 1) or months >= 12k − 11 (k ≤ 0), as age truncates toward zero.
    const months = diff.op === "months_between" ? atLeast : atLeast >= 1 ? 12 * atLeast : 12 * atLeast - 11;
    const shift = months >= 1 ? -months : 1 - months;
    const index = to.year * 12 + (to.month - 1) + shift;
    const year = Math.floor(index / 12);
    const threshold = `${String(year).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}-${String(to.day).padStart(2, "0")}`;
    const comparison = months >= 1 ? "<=" : "<";
    let test: string;
    if (year < 1) test = months >= 1 ? "false" : "true";
    else if (year > 9999) test = months >= 1 ? "true" : "false";
    else test = `${comparison} ${this.param(threshold, "text")} COLLATE "C"`;
    const whenNull = compareNumbers(operator, 0, bound);
    return this.shared([asDateText(diff.from)], ([from]) => {
      const x = (from as Expr).sql;
      const compared = test === "true" || test === "false" ? test : `${x} ${test}`;
      const valid = (from as Expr).validDate ? `${x} IS NOT NULL` : `COALESCE(${isIsoDate(x)}, false)`;
      return `(CASE WHEN ${valid} THEN ${negate ? `NOT (${compared})` : compared} ELSE ${whenNull ? "true" : "false"} END)`;
    });
  }

  private iterate(op: "count" | "some" | "all" | "none", args: readonly unknown[], path: Path, scope: Scope, depth: number): Expr {
    const array = this.compile(args[0] ?? null, [...path, op, 0], scope, depth + 1);
    const hasCondition = op !== "count" || args.length >= 2;
    if (hasCondition && args.length < 2) refuse([...path, op], `${op} memerlukan kondisi`, `${op} needs a condition`);
    if (!hasCondition) {
      // {"count": [array]}: its length; anything that is not an array counts 0.
      if (array.kind !== "array") return this.number(0);
      return { sql: `COALESCE(jsonb_array_length(${array.sql}), 0)::float8`, kind: "number", nullable: false, ...NO_FLAGS };
    }
    if (array.kind !== "array") {
      // Still refuse what cannot be compiled, then answer as JS does for a non-array.
      this.condition(args[1], [...path, op, 1], { kind: "element", alias: `e${depth}`, element: undefined, depth }, depth + 1);
      return op === "count" ? this.number(0) : this.bool(op === "none" ? "true" : "false");
    }
    const alias = `e${depth}`;
    const inner: Scope = { kind: "element", alias, element: array.element, depth };
    const test = this.condition(args[1], [...path, op, 1], inner, depth + 1);
    const from = `jsonb_array_elements(${array.sql}) AS ${alias}(v)`;
    switch (op) {
      case "count":
        return { sql: `(SELECT count(*) FROM ${from} WHERE ${test})::float8`, kind: "number", nullable: false, ...NO_FLAGS };
      case "some":
        return this.bool(`EXISTS (SELECT 1 FROM ${from} WHERE ${test})`);
      case "none":
        return this.bool(`NOT EXISTS (SELECT 1 FROM ${from} WHERE ${test})`);
      case "all":
        return this.bool(`(COALESCE(jsonb_array_length(${array.sql}) > 0, false) AND NOT EXISTS (SELECT 1 FROM ${from} WHERE NOT ${test}))`);
    }
  }
}

/** A string operand of date arithmetic, read without the JSON type test when that is equivalent. */
function asDateText(e: Expr): Expr {
  return e.dateText === undefined || e.validDate ? e : { ...e, sql: e.dateText };
}

function compareNumbers(op: string, a: number, b: number): boolean {
  return op === "<" ? a < b : op === "<=" ? a <= b : op === ">" ? a > b : a >= b;
}

function truthyValue(value: Scalar): boolean {
  return Boolean(value);
}

/** Numbers travel as text so -0, NaN and ±Infinity survive every driver. */
function numberParam(value: number): string {
  return Object.is(value, -0) ? "-0" : String(value);
}
