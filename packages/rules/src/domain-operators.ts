/**
 * Domain operators added on top of json-logic-js 2.0: `age`, `months_between`
 * and `count`. Every evaluation path (interpreter, closure compiler, code
 * generator, SQL) implements them natively with the semantics defined here;
 * `registerDomainOperations` puts the same JavaScript on a json-logic-js
 * instance so it can serve as the reference for them too.
 *
 * ## Dates
 * A date is a string of exactly the form `YYYY-MM-DD` (year 0001–9999, a real
 * day of the proleptic Gregorian calendar, e.g. `2024-02-29` yes,
 * `2023-02-29` no). Anything else — timestamps such as `2024-01-01T00:00Z`,
 * numbers, `Date` objects, `null`, a missing argument — is invalid, and the
 * operator then returns `null`. No time zone is involved: dates are calendar
 * days, and "today" is whatever date the caller passes (rules never read a clock).
 *
 * ## `months_between`: `{"months_between": [from, to]}`
 * Whole calendar months from `from` to `to`. When `to >= from`:
 * `12·(to.year − from.year) + (to.month − from.month)`, minus 1 when
 * `to.day < from.day` (the last month is not complete yet). When `to < from`
 * it is minus the months from `to` to `from`, so the result is symmetric and
 * never `-0`. Examples: 2024-01-31 → 2024-02-29 is 0 (the 31st has not come
 * round), 2024-01-31 → 2024-03-01 is 1, 2024-03-15 → 2024-01-20 is −1.
 * This is what PostgreSQL's `age()` gives for whole months.
 *
 * ## `age`: `{"age": [birthDate, onDate]}`
 * Whole years: `months_between(birthDate, onDate)` divided by 12, truncated
 * toward zero (negative when `onDate` is before `birthDate`). Someone born on
 * 29 February becomes a year older on **1 March** in non-leap years (the
 * convention used in Indonesian and most civil law: the year is complete when
 * the day after 28 February is reached), e.g. born 2008-02-29: 17 on
 * 2025-03-01, still 16 on 2025-02-28 (and 16 on 2024-02-29, a leap year). `onDate` is required: there is no
 * implicit "today".
 *
 * ## `count`: `{"count": [array]}` or `{"count": [array, condition]}`
 * The number of elements of `array`; with a condition, the number of elements
 * for which `condition` — evaluated with the element as data, exactly like the
 * second argument of `filter` — is truthy. A first argument that is not an
 * array counts 0. Extra arguments are ignored (and not evaluated). The
 * condition form is recognised by the rule having two or more arguments.
 */

/** A calendar date split into fields. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Parses a `YYYY-MM-DD` calendar date; `null` for anything else.
 *
 * @example
 * parseIsoDate("2024-02-29") // { year: 2024, month: 2, day: 29 }
 * parseIsoDate("2023-02-29") // null
 */
export function parseIsoDate(value: unknown): CalendarDate | null {
  if (typeof value !== "string") return null;
  const match = ISO_DATE.exec(value);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year !== b.year ? a.year - b.year : a.month !== b.month ? a.month - b.month : a.day - b.day;
}

function forwardMonths(from: CalendarDate, to: CalendarDate): number {
  return 12 * (to.year - from.year) + (to.month - from.month) - (to.day < from.day ? 1 : 0);
}

/**
 * `months_between`: whole months from `from` to `to` (see the module comment);
 * `null` when either is not a valid `YYYY-MM-DD` date.
 *
 * @example
 * monthsBetween("2024-01-31", "2024-03-01") // 1
 * monthsBetween("2024-03-15", "2024-01-20") // -1
 * monthsBetween("2024-13-01", "2024-01-01") // null
 */
export function monthsBetween(from: unknown, to: unknown): number | null {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (a === null || b === null) return null;
  // `0 -` rather than unary minus so an equal-day result is +0, never -0.
  return compareDates(b, a) >= 0 ? forwardMonths(a, b) : 0 - forwardMonths(b, a);
}

/**
 * `age`: whole years from `birthDate` to `onDate`, 29 February birthdays
 * counting on 1 March in non-leap years; `null` on an invalid or missing date.
 *
 * @example
 * ageInYears("2008-02-29", "2025-02-28") // 16
 * ageInYears("2008-02-29", "2025-03-01") // 17
 * ageInYears("2000-06-15", "2024-06-15") // 24
 * ageInYears("2000-06-15", "2024-06-14") // 23
 */
export function ageInYears(birthDate: unknown, onDate: unknown): number | null {
  const months = monthsBetween(birthDate, onDate);
  if (months === null) return null;
  return months >= 0 ? Math.floor(months / 12) : 0 - Math.floor(-months / 12);
}

/**
 * `count` without a condition: the length of an array, 0 for anything else.
 *
 * @example
 * countItems([1, 2, 3]) // 3
 * countItems("abc") // 0
 */
export function countItems(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

/** The slice of a json-logic-js instance that `registerDomainOperations` needs. */
export interface OperationRegistry {
  add_operation(name: string, code: (...args: never[]) => unknown): void;
}

/**
 * Registers `age`, `months_between` and (the one-argument form of) `count` on
 * a json-logic-js instance, with the same implementations every path uses.
 *
 * json-logic-js 2.0 evaluates the arguments of added operations eagerly, in
 * the caller's data, so an operation cannot evaluate a condition per element:
 * `{"count": [array, condition]}` cannot be expressed with `add_operation`.
 * The registered `count` therefore throws when given a second argument; to
 * use json-logic-js as the reference for it, rewrite the rule first with
 * {@link expandCountForReference}, which turns it into the equivalent
 * `{"reduce": [{"filter": [array, condition]}, {"+": [{"var": "accumulator"}, 1]}, 0]}`.
 *
 * @example
 * import jsonLogic from "json-logic-js";
 * registerDomainOperations(jsonLogic);
 * jsonLogic.apply({ "age": ["2000-01-01", "2024-06-01"] }); // 24
 */
export function registerDomainOperations(jsonLogic: OperationRegistry): void {
  jsonLogic.add_operation("age", (birthDate: unknown, onDate: unknown) => ageInYears(birthDate, onDate));
  jsonLogic.add_operation("months_between", (from: unknown, to: unknown) => monthsBetween(from, to));
  jsonLogic.add_operation("count", (...args: unknown[]) => {
    if (args.length >= 2) {
      throw new Error("count with a condition cannot run as a json-logic-js operation; use expandCountForReference");
    }
    return countItems(args[0]);
  });
}

function isLogic(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 1;
}

function increment(): unknown {
  return { "+": [{ var: "accumulator" }, 1] };
}

/**
 * Rewrites every `count` in a rule into plain json-logic-js 2.0 with the same
 * result (`reduce` over `filter`), so json-logic-js can check the other paths.
 * Returns a new rule; the input is not modified.
 *
 * @example
 * expandCountForReference({ "count": [{ "var": "kids" }, { "<": [{ "var": "age" }, 7] }] })
 * // {"reduce": [{"filter": [{"var": "kids"}, {"<": [{"var": "age"}, 7]}]}, {"+": [{"var": "accumulator"}, 1]}, 0]}
 */
export function expandCountForReference(rule: unknown): unknown {
  if (Array.isArray(rule)) return rule.map(expandCountForReference);
  if (!isLogic(rule)) return rule;
  const operator = Object.keys(rule)[0] as string;
  const raw = rule[operator];
  if (operator === "count") {
    const args: readonly unknown[] = Array.isArray(raw) ? raw : [raw];
    const array = args.length === 0 ? null : expandCountForReference(args[0]);
    const source = args.length >= 2 ? { filter: [array, expandCountForReference(args[1])] } : array;
    return { reduce: [source, increment(), 0] };
  }
  const out: Record<string, unknown> = {};
  // defineProperty rather than assignment: an operator named "__proto__" must stay a key.
  Object.defineProperty(out, operator, {
    value: Array.isArray(raw) ? raw.map(expandCountForReference) : expandCountForReference(raw),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return out;
}
