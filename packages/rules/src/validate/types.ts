import { DOMAIN_OPERATORS, JSON_LOGIC_OPERATORS } from "@satu-atap/config";
import type { FieldType, LocalizedText, ReadableField } from "@satu-atap/config";
import type { RuleProblemCode } from "./messages.ts";

/**
 * A field a rule may read, when the schema is given as a map from the dotted
 * path to its description instead of the catalogue's `ReadableField[]`.
 */
export interface FieldSpec {
  readonly type: FieldType;
  readonly nullable: boolean;
  /** Closed list of allowed values of a string field. */
  readonly values?: readonly string[];
  /** Fields of each element of an array field (paths relative to the element). */
  readonly items?: readonly ReadableField[] | Readonly<Record<string, FieldSpec>>;
}

/**
 * What a rule may read and use.
 * - `fields`: the readable fields, e.g. `readableFields("household", config)`
 *   from `@satu-atap/config`, or a map `{ "answers.x": { type, nullable, values? } }`.
 * - `operators`: the allowed operators; default {@link DEFAULT_OPERATORS}.
 */
export interface RuleSchema {
  readonly fields: readonly ReadableField[] | Readonly<Record<string, FieldSpec>>;
  readonly operators?: readonly string[];
}

/** Size limits a stored rule must respect; they bound the cost of checking and running it. */
export interface RuleLimits {
  /** Deepest nesting of operations and arrays (the root is depth 0). */
  readonly maxDepth: number;
  /** Most values (operations, arguments, literals, array elements) in the rule. */
  readonly maxNodes: number;
  /** Most bytes of literal data (strings as UTF-8, numbers, booleans, null, brackets) in the whole rule. */
  readonly maxLiteralBytes: number;
  /** Longest array, including an operation's argument list. */
  readonly maxArrayLength: number;
  /** Longest string, in UTF-16 code units (also bounds operator names and variable paths). */
  readonly maxStringLength: number;
}

/**
 * The default limits: far above any hand-written rule (Sragen's largest rule has
 * about 80 nodes and depth 4), far below anything that could hurt a server.
 *
 * @example
 * validateRule(rule, schema, { ...DEFAULT_RULE_LIMITS, maxDepth: 16 });
 */
export const DEFAULT_RULE_LIMITS: Readonly<RuleLimits> = Object.freeze({
  maxDepth: 64,
  maxNodes: 5000,
  maxLiteralBytes: 64 * 1024,
  maxArrayLength: 10_000,
  maxStringLength: 10_000,
});

/**
 * Operators allowed by default: json-logic-js 2.0 without `log` (a side effect
 * on the server console), plus the domain operators `age`, `months_between`
 * and `count`. (json-logic-js 2.0.5 has no `method` operator; newer versions'
 * `method` would call arbitrary methods, so it is never allowed.)
 *
 * @example
 * validateRule(rule, { fields, operators: DEFAULT_OPERATORS.filter((op) => op !== "reduce") });
 */
export const DEFAULT_OPERATORS: readonly string[] = Object.freeze([
  ...JSON_LOGIC_OPERATORS.filter((op) => op !== "log"),
  ...DOMAIN_OPERATORS,
]);

/** Every operator name the validator knows (allowed or not). */
export const KNOWN_OPERATORS: ReadonlySet<string> = new Set<string>([...JSON_LOGIC_OPERATORS, ...DOMAIN_OPERATORS, "method"]);

/**
 * One problem of a rule.
 * - `path`: JSON Pointer into the rule (see `pointer.ts` for the convention), e.g. `"/and/1/</0"`.
 * - `code`: stable machine code, e.g. `rule_unknown_variable`.
 * - `message`: English; `messages`: Indonesian and English.
 */
export interface RuleProblem {
  readonly path: string;
  readonly code: RuleProblemCode;
  readonly message: string;
  readonly messages: LocalizedText;
}
