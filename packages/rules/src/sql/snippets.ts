/**
 * SQL building blocks that reproduce JavaScript conversions in PostgreSQL.
 *
 * Every string literal written into SQL here is a constant of the compiler
 * (a regular expression, `'NaN'`, a JSON type name), never a value from a
 * rule or from data: those always travel as parameters.
 */

/** JavaScript's `\s` (what `Number()` trims), as a PostgreSQL ARE bracket body. */
const JS_SPACE = String.raw`\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff`;

/** A decimal literal as `Number()` / `parseFloat` read it (no hex: see docs/rules-sql.md). */
const DECIMAL = String.raw`[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?`;

/** The whole string is a decimal literal between optional JS whitespace; group 1 is the literal. */
const NUMBER_STRICT = `^[${JS_SPACE}]*(${DECIMAL})[${JS_SPACE}]*$`;
/** The string starts (after JS whitespace) with a decimal literal: `parseFloat` reads that prefix. */
const NUMBER_PREFIX = `^[${JS_SPACE}]*(${DECIMAL})`;
const BLANK = `^[${JS_SPACE}]*$`;
const PLUS_INFINITY_STRICT = `^[${JS_SPACE}]*[+]?Infinity[${JS_SPACE}]*$`;
const MINUS_INFINITY_STRICT = `^[${JS_SPACE}]*-Infinity[${JS_SPACE}]*$`;
const PLUS_INFINITY_PREFIX = `^[${JS_SPACE}]*[+]?Infinity`;
const MINUS_INFINITY_PREFIX = `^[${JS_SPACE}]*-Infinity`;

/**
 * A valid `YYYY-MM-DD` date as `parseIsoDate` (src/domain-operators.ts)
 * accepts it: year 0001–9999, month 01–12, a day that exists in that month
 * (29 February only in leap years).
 */
export const ISO_DATE_PATTERN =
  "^(?!0000)(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)" +
  "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)-02-29)$";

/** `'…'` for a compiler constant (never for a value). */
function constant(text: string): string {
  if (text.includes("'")) throw new Error("internal: quote in a SQL constant");
  return `'${text}'`;
}

export const SQL_NAN = "'NaN'::float8";
export const SQL_INFINITY = "'Infinity'::float8";
export const SQL_MINUS_INFINITY = "'-Infinity'::float8";
export const SQL_ZERO = "0::float8";
export const SQL_MINUS_ZERO = "'-0'::float8";
export const SQL_ONE = "1::float8";

/**
 * JavaScript `Number(s)` for a non-null `text` expression: blank → 0, a
 * decimal literal (surrounded by JS whitespace) → its double, `Infinity`
 * forms → ±Infinity, anything else → NaN.
 */
export function textToNumber(s: string): string {
  return (
    `COALESCE(substring(${s} from ${constant(NUMBER_STRICT)})::float8, ` +
    `CASE WHEN ${s} ~ ${constant(BLANK)} THEN ${SQL_ZERO} ` +
    `WHEN ${s} ~ ${constant(PLUS_INFINITY_STRICT)} THEN ${SQL_INFINITY} ` +
    `WHEN ${s} ~ ${constant(MINUS_INFINITY_STRICT)} THEN ${SQL_MINUS_INFINITY} ELSE ${SQL_NAN} END)`
  );
}

/** JavaScript `parseFloat(s)` for a `text` expression (NULL → NaN, as `parseFloat("null")`). */
export function textParseFloat(s: string): string {
  return (
    `COALESCE(substring(${s} from ${constant(NUMBER_PREFIX)})::float8, ` +
    `CASE WHEN ${s} ~ ${constant(PLUS_INFINITY_PREFIX)} THEN ${SQL_INFINITY} ` +
    `WHEN ${s} ~ ${constant(MINUS_INFINITY_PREFIX)} THEN ${SQL_MINUS_INFINITY} ELSE ${SQL_NAN} END)`
  );
}

/** True when the float8 expression is -0 (PostgreSQL prints it as "-0"). */
export function isMinusZero(x: string): string {
  return `(${x} = 0 AND ${x}::text = ${constant("-0")})`;
}

/** True when the float8 expression is +0. */
export function isPlusZero(x: string): string {
  return `(${x} = 0 AND ${x}::text = ${constant("0")})`;
}

/**
 * JavaScript `String(x)` for a non-null float8 expression. PostgreSQL prints
 * the same shortest round-trip digits as JS (with the default
 * `extra_float_digits = 1`) but switches to exponent notation at other
 * thresholds (below 1e-4 and from 1e15 instead of below 1e-6 and from 1e21),
 * so those ranges are re-spelled from PostgreSQL's exponent form.
 */
export function numberToJsText(x: string): string {
  // PostgreSQL's own text is not always the shortest (4.7472e22 prints as 4.7472000000000004e+22),
  // so also try 15, 16 and 17 significant digits (to_char rounds with printf) and keep the
  // shortest spelling that reads back as the same double.
  const digits = (p: number) => `to_char(${x}, ${constant(`9.${"9".repeat(p - 1)}EEEE`)})`;
  const rounded = `CASE WHEN ${digits(15)}::float8 = ${x} THEN ${digits(15)} WHEN ${digits(16)}::float8 = ${x} THEN ${digits(16)} ELSE ${digits(17)} END`;
  const mantissa = (t: string) => `length(rtrim(split_part(${t}, 'e', 1), '0'))`;
  // m: sign, first digit, other digits (trailing zeros included), exponent sign, exponent digits.
  // OFFSET 0 keeps each derived table from being pulled up (which would repeat its expressions).
  const sci =
    `(SELECT CASE ` +
    `WHEN e >= 21 OR e <= -7 THEN m[1] || m[2] || CASE WHEN f = '' THEN '' ELSE '.' || f END || 'e' || m[4] || ltrim(m[5], '0') ` +
    `WHEN e >= 0 THEN CASE WHEN length(d) <= e + 1 THEN m[1] || d || repeat('0', e + 1 - length(d)) ` +
    `ELSE m[1] || left(d, e + 1) || '.' || substr(d, e + 2) END ` +
    `ELSE m[1] || '0.' || repeat('0', -e - 1) || d END ` +
    `FROM (SELECT m, (m[4] || m[5])::int AS e, rtrim(m[3], '0') AS f, m[2] || rtrim(m[3], '0') AS d ` +
    `FROM (SELECT regexp_match(CASE WHEN ${mantissa("c")} < ${mantissa("t")} THEN c ELSE t END, ${constant("^ ?(-?)([0-9])[.]?([0-9]*)e([-+])([0-9]+)$")}) AS m ` +
    `FROM (SELECT ${x}::text AS t, ${rounded} AS c OFFSET 0) AS candidates OFFSET 0) AS parts OFFSET 0) AS split)`;
  return (
    `CASE WHEN ${x} = ${SQL_NAN} THEN ${constant("NaN")} ` +
    `WHEN ${x} = ${SQL_INFINITY} THEN ${constant("Infinity")} ` +
    `WHEN ${x} = ${SQL_MINUS_INFINITY} THEN ${constant("-Infinity")} ` +
    `WHEN ${x} = trunc(${x}) AND abs(${x}) < 1e15 THEN (${x}::int8)::text ` +
    `WHEN abs(${x}) >= 1e-4 AND abs(${x}) < 1e15 THEN ${x}::text ` +
    `ELSE ${sci} END`
  );
}

/** The integer year, month or day of a `YYYY-MM-DD` text expression. */
function datePart(s: string, part: "year" | "month" | "day"): string {
  const [from, length] = part === "year" ? [1, 4] : part === "month" ? [6, 2] : [9, 2];
  return `substr(${s}, ${from}, ${length})::int`;
}

/**
 * Is the text expression a valid ISO date (see `ISO_DATE_PATTERN`)? NULL when
 * it is NULL. Cheap string tests first (shape, month, days 01–28), the full
 * pattern only for days 29–31: a regular expression per member and row was
 * most of the cost of age-based criteria.
 */
export function isIsoDate(s: string): string {
  return (
    `(translate(${s}, '0123456789', '0000000000') = '0000-00-00' AND substr(${s}, 1, 4) <> '0000' ` +
    `AND substr(${s}, 6, 2) BETWEEN '01' AND '12' COLLATE "C" ` +
    `AND (substr(${s}, 9, 2) BETWEEN '01' AND '28' COLLATE "C" OR ${s} ~ ${constant(ISO_DATE_PATTERN)}))`
  );
}

/**
 * Whole months from `a` to `b` as an integer, for two valid ISO date text
 * expressions, exactly as `monthsBetween` (src/domain-operators.ts): forward
 * months minus an incomplete last month, and the negation of the reverse
 * when `b` is before `a`. ISO dates order as strings, hence `COLLATE "C"`.
 */
export function monthsBetweenInt(a: string, b: string): string {
  const whole = `(12 * (${datePart(b, "year")} - ${datePart(a, "year")}) + (${datePart(b, "month")} - ${datePart(a, "month")}))`;
  const dayA = `substr(${a}, 9, 2)`;
  const dayB = `substr(${b}, 9, 2)`;
  return (
    `(${whole} + CASE WHEN ${b} >= ${a} COLLATE "C" ` +
    `THEN CASE WHEN ${dayB} < ${dayA} COLLATE "C" THEN -1 ELSE 0 END ` +
    `ELSE CASE WHEN ${dayA} < ${dayB} COLLATE "C" THEN 1 ELSE 0 END END)`
  );
}
