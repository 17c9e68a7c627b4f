import type { LocalizedText } from "@satu-atap/config";

/**
 * Type a rule variable is declared with. It decides the SQL that reads it and
 * which JSON-logic coercions apply (they depend on the JS type of a value).
 * `date` is an ISO `YYYY-MM-DD` string, exactly as in the rules' JS data.
 */
export type SqlValueType = "number" | "boolean" | "string" | "date" | "array";

/** A field of an array element, as read by a `count`/`some`/`all`/`none` condition. */
export interface SqlElementField {
  readonly type: SqlValueType;
  /** Element declaration when this field is itself an array. */
  readonly element?: SqlElement;
}

/** Fields of each object in an array, by (dotted) name as the condition's `var` writes it. */
export interface SqlElementFields {
  readonly [field: string]: SqlValueType | SqlElementField;
}

/**
 * What each element of an array is: an object with declared fields (read with
 * `{"var": "field"}`), or a scalar (read with `{"var": ""}`).
 */
export type SqlElement = SqlValueType | SqlElementFields;

/**
 * Where a rule variable is read from in a row.
 *
 * - `column`: a real column (`number` → any numeric column, read as double
 *   precision; `date` → a `date` or ISO text column; `array` → a `jsonb` column).
 *   SQL NULL is a *present* JSON null (so a `var` default does not apply).
 * - `jsonb`: a path inside a `jsonb` column. A missing key (or a parent that is
 *   not an object) is a missing value (the `var` default applies); JSON `null`
 *   is null; a value whose JSON type is not the declared one reads as null.
 * - `value`: a constant bound as a parameter (e.g. the decision date).
 */
export type SqlSource =
  | {
      readonly kind: "column";
      readonly column: string;
      readonly type: SqlValueType;
      /** False when the column is NOT NULL: the SQL then skips null handling. Default true. */
      readonly nullable?: boolean;
      readonly element?: SqlElement;
    }
  | {
      readonly kind: "jsonb";
      readonly column: string;
      readonly path: readonly string[];
      readonly type: SqlValueType;
      readonly element?: SqlElement;
    }
  | {
      readonly kind: "value";
      readonly value: string | number | boolean | null;
      readonly type: Exclude<SqlValueType, "array">;
    };

/** Rule variable name (dotted, as in `{"var": "answers.floor_area"}`) → where to read it. */
export interface SqlColumns {
  readonly [name: string]: SqlSource;
}

/** A parameterised SQL expression: `$1…$n` in `text`, their values in `params`. */
export interface SqlFragment {
  readonly text: string;
  readonly params: readonly unknown[];
}

/** Static type of a compiled rule's result; `null` when it is always null. */
export type SqlResultType = "number" | "boolean" | "string" | "array" | "null";

/** A compiled rule value and its static type. */
export interface SqlExpression extends SqlFragment {
  /**
   * `number` → `double precision` (may be NaN/±Infinity/-0, as in JS; note that
   * PGlite's default parser returns NaN/Infinity as null: select `(expr)::text`
   * to read them exactly); `string` → `text`; `boolean`; `array` → `jsonb`.
   */
  readonly type: SqlResultType;
}

/** Options of `toSql`, `toSqlValue` and `toSqlPredicate`. */
export interface ToSqlOptions {
  /** Qualifies every column with this table name or alias (validated like a column name). */
  readonly table?: string;
  /** Numbers placeholders from `$offset+1`, to append the fragment to a query that already has parameters. Default 0. */
  readonly paramOffset?: number;
  /** Refuses rules whose SQL would be longer than this many characters. Default 1,000,000. */
  readonly maxLength?: number;
  /**
   * How far to trust the declared types of the data:
   * - `"checked"` (default): a JSON value of another type than declared reads
   *   as null, and `date` strings are validated before date arithmetic;
   * - `"trusted"`: the caller guarantees every value has its declared type or
   *   is null (e.g. answers validated against the survey on save) and every
   *   `date` value is a valid `YYYY-MM-DD` date. Reads are cheaper (one JSONB
   *   lookup, no type test, no date validation); data breaking the promise
   *   gives wrong results or a query error (e.g. a JSON string "abc" declared
   *   `number`).
   */
  readonly jsonTypes?: "checked" | "trusted";
}

/**
 * Thrown when a rule (or part of it) has no faithful SQL translation.
 * `pointer` is a JSON Pointer into the rule; `text` is bilingual.
 *
 * @example
 * try { toSqlPredicate({ "map": [{ "var": "xs" }, 1] }, columns); }
 * catch (error) { if (error instanceof SqlUnsupportedError) console.log(error.pointer, error.text.en); }
 */
export class SqlUnsupportedError extends Error {
  override readonly name = "SqlUnsupportedError";
  /** JSON Pointer (RFC 6901) of the refused node, `""` for the whole rule. */
  readonly pointer: string;
  /** Why, in Indonesian and English. */
  readonly text: LocalizedText;

  constructor(pointer: string, text: LocalizedText) {
    super(`${text.en} (at ${pointer === "" ? "/" : pointer})`);
    this.pointer = pointer;
    this.text = text;
  }
}
