import type { ReadableField } from "@satu-atap/config";
import { type Arity, PROBLEM_MESSAGES, type ProblemParams, type RuleProblemCode, type ValueKind, type VariableScope } from "./messages.ts";
import { childPointer } from "./pointer.ts";
import { DEFAULT_OPERATORS, DEFAULT_RULE_LIMITS, type FieldSpec, KNOWN_OPERATORS, type RuleLimits, type RuleProblem, type RuleSchema } from "./types.ts";

/** A readable field, normalised. */
interface FieldInfo {
  readonly path: string;
  readonly type: ValueKind;
  readonly nullable: boolean;
  readonly values?: readonly string[];
  /** Element fields of an array field; undefined when unknown (any name is accepted). */
  readonly items?: FieldMap;
}
type FieldMap = ReadonlyMap<string, FieldInfo>;

/** Where `var` names are resolved (json-logic-js rebinds the data inside iterating operators). */
type Scope =
  | { readonly kind: "context" }
  | { readonly kind: "element"; readonly items: FieldMap | undefined }
  | { readonly kind: "reduce"; readonly items: FieldMap | undefined };

/** Result of resolving a name: a field, "any" when it cannot be known statically, undefined when not readable. */
type Resolved = FieldInfo | "any" | undefined;

/** What is statically known of an argument, for the type checks. */
interface Info {
  readonly kind: ValueKind | "unknown";
  readonly field?: FieldInfo;
  /** Present when the argument is a literal scalar or array. */
  readonly literal?: { readonly value: unknown };
  /** How to name the argument in a message. */
  readonly subject: string;
}

/** Segments never allowed in a variable path nor as an object key: they reach the prototype chain. */
const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set(["__proto__", "prototype", "constructor"]);

/** Argument counts per operator, after the unary shorthand `{"!": x}` is read as `[x]`. */
const ARITY: ReadonlyMap<string, Arity> = new Map<string, Arity>([
  ["==", { min: 2, max: 2 }],
  ["===", { min: 2, max: 2 }],
  ["!=", { min: 2, max: 2 }],
  ["!==", { min: 2, max: 2 }],
  ["!", { min: 1, max: 1 }],
  ["!!", { min: 1, max: 1 }],
  ["or", { min: 1 }],
  ["and", { min: 1 }],
  ["?:", { min: 3, max: 3 }],
  ["if", { min: 1, odd: true }],
  ["in", { min: 2, max: 2 }],
  ["cat", { min: 1 }],
  ["substr", { min: 2, max: 3 }],
  ["+", { min: 1 }],
  ["*", { min: 1 }],
  ["-", { min: 1, max: 2 }],
  ["/", { min: 2, max: 2 }],
  ["%", { min: 2, max: 2 }],
  ["min", { min: 1 }],
  ["max", { min: 1 }],
  ["merge", { min: 1 }],
  ["var", { min: 1, max: 2 }],
  ["missing", { min: 1 }],
  ["missing_some", { min: 2, max: 2 }],
  ["<", { min: 2, max: 3 }],
  ["<=", { min: 2, max: 3 }],
  [">", { min: 2, max: 2 }],
  [">=", { min: 2, max: 2 }],
  ["log", { min: 1, max: 1 }],
  ["map", { min: 2, max: 2 }],
  ["filter", { min: 2, max: 2 }],
  ["all", { min: 2, max: 2 }],
  ["none", { min: 2, max: 2 }],
  ["some", { min: 2, max: 2 }],
  ["reduce", { min: 2, max: 3 }],
  ["age", { min: 2, max: 2 }],
  ["months_between", { min: 2, max: 2 }],
  ["count", { min: 1, max: 2 }],
]);

const ITERATING: ReadonlySet<string> = new Set(["map", "filter", "all", "none", "some", "count"]);
const EQUALITY: ReadonlySet<string> = new Set(["==", "===", "!=", "!=="]);
const ORDERING: ReadonlySet<string> = new Set(["<", "<=", ">", ">="]);
const ARITHMETIC: ReadonlySet<string> = new Set(["+", "-", "*", "/", "%", "min", "max"]);
const DATE_OPERATORS: ReadonlySet<string> = new Set(["age", "months_between"]);
const BOOLEAN_RESULT: ReadonlySet<string> = new Set([...EQUALITY, ...ORDERING, "!", "!!", "in", "all", "none", "some"]);
const NUMBER_RESULT: ReadonlySet<string> = new Set([...ARITHMETIC, "age", "months_between", "count"]);
const STRING_RESULT: ReadonlySet<string> = new Set(["cat", "substr"]);
const ARRAY_RESULT: ReadonlySet<string> = new Set(["merge", "map", "filter", "missing", "missing_some"]);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One pending value of the iterative walk. */
interface Task {
  readonly value: unknown;
  readonly path: string;
  readonly depth: number;
  readonly scope: Scope;
}

const CONTEXT: Scope = { kind: "context" };

/** An own data property, never read through the prototype chain nor through a getter. */
type Own = { readonly kind: "value"; readonly value: unknown } | { readonly kind: "absent" } | { readonly kind: "accessor" };

function own(target: object, key: PropertyKey): Own {
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  if (descriptor === undefined) return { kind: "absent" };
  return "value" in descriptor ? { kind: "value", value: descriptor.value } : { kind: "accessor" };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Up to `max` own enumerable string keys. Stops early, so an object with a
 * million keys costs as little as one with two.
 */
function firstKeys(value: object, max: number): string[] {
  const keys: string[] = [];
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    keys.push(key);
    if (keys.length >= max) break;
  }
  return keys;
}

/** UTF-8 length of a string, without allocating an encoded copy. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function kindOfFieldType(type: string): ValueKind {
  switch (type) {
    case "boolean":
    case "number":
    case "string":
    case "date":
    case "array":
      return type;
    default:
      return "object";
  }
}

function fromReadable(fields: readonly ReadableField[]): FieldMap {
  const map = new Map<string, FieldInfo>();
  for (const field of fields) {
    map.set(field.path, {
      path: field.path,
      type: kindOfFieldType(field.type),
      nullable: field.nullable,
      ...(field.values === undefined ? {} : { values: field.values }),
      ...(field.items === undefined ? {} : { items: fromReadable(field.items) }),
    });
  }
  return map;
}

function fromSpecs(specs: Readonly<Record<string, FieldSpec>>): FieldMap {
  const map = new Map<string, FieldInfo>();
  for (const path of Object.keys(specs)) {
    const entry = own(specs, path);
    if (entry.kind !== "value" || !isRecord(entry.value)) continue;
    const spec = entry.value as unknown as FieldSpec;
    map.set(path, {
      path,
      type: kindOfFieldType(spec.type),
      nullable: spec.nullable,
      ...(spec.values === undefined ? {} : { values: spec.values }),
      ...(spec.items === undefined ? {} : { items: toFieldMap(spec.items) }),
    });
  }
  return map;
}

function toFieldMap(fields: RuleSchema["fields"]): FieldMap {
  return Array.isArray(fields) ? fromReadable(fields) : fromSpecs(fields as Readonly<Record<string, FieldSpec>>);
}

/** Resolves a dotted path, allowing numeric indexes into array fields (`household.members.0.sex`). */
function resolvePath(fields: FieldMap, path: string): Resolved {
  const exact = fields.get(path);
  if (exact !== undefined) return exact;
  for (const field of fields.values()) {
    if (field.type !== "array" || !path.startsWith(`${field.path}.`)) continue;
    const match = /^(\d+)(?:\.(.+))?$/.exec(path.slice(field.path.length + 1));
    if (match === null) continue;
    const inner = match[2];
    if (inner === undefined || field.items === undefined) return "any";
    return resolvePath(field.items, inner);
  }
  return undefined;
}

function resolveIn(name: string, scope: Scope, context: FieldMap): Resolved {
  switch (scope.kind) {
    case "context":
      return name === "" ? undefined : resolvePath(context, name);
    case "element":
      if (name === "" || scope.items === undefined) return "any";
      return resolvePath(scope.items, name);
    case "reduce":
      if (name === "" || name === "current" || name === "accumulator" || name.startsWith("accumulator.")) return "any";
      if (!name.startsWith("current.")) return undefined;
      return scope.items === undefined ? "any" : resolvePath(scope.items, name.slice("current.".length));
  }
}

/** The single operator and argument list of an operation, read safely; undefined for anything else. */
function operationOf(value: unknown): { operator: string; args: readonly unknown[] } | undefined {
  if (!isRecord(value)) return undefined;
  const keys = firstKeys(value, 2);
  const [operator] = keys;
  if (keys.length !== 1 || operator === undefined) return undefined;
  const raw = own(value, operator);
  if (raw.kind !== "value") return undefined;
  return { operator, args: Array.isArray(raw.value) ? raw.value : [raw.value] };
}

/** A `var`'s literal name, when it has one (`{"var": "a.b"}`, `{"var": ["a.b", 0]}`, `{"var": 3}`). */
function literalVarName(args: readonly unknown[]): string | undefined {
  const first = args[0];
  if (first === undefined || first === null) return "";
  if (typeof first === "string") return first;
  if (typeof first === "number" && Number.isFinite(first)) return String(first);
  return undefined;
}

/** The element fields of the array an iterating operator walks, when statically known. */
function elementItems(source: unknown, scope: Scope, context: FieldMap, maxSteps: number): FieldMap | undefined {
  let node = source;
  // A loop rather than recursion: `filter` chains may be as deep as a hostile rule wants.
  for (let step = 0; step <= maxSteps; step++) {
    const operation = operationOf(node);
    if (operation === undefined) return undefined;
    if (operation.operator === "filter") {
      node = operation.args[0];
      continue;
    }
    if (operation.operator !== "var") return undefined;
    const name = literalVarName(operation.args);
    if (name === undefined || name === "") return undefined;
    const field = resolveIn(name, scope, context);
    return typeof field === "object" && field.type === "array" ? field.items : undefined;
  }
  return undefined;
}

function describeLiteral(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (Array.isArray(value)) return value.length === 0 ? "[]" : `[… ${value.length}]`;
  return String(value);
}

function infer(node: unknown, scope: Scope, context: FieldMap, maxString: number): Info {
  if (node === null) return { kind: "null", literal: { value: null }, subject: "null" };
  switch (typeof node) {
    case "boolean":
      return { kind: "boolean", literal: { value: node }, subject: String(node) };
    case "number":
      return { kind: "number", literal: { value: node }, subject: String(node) };
    case "string":
      // An over-long string is refused by the size check; typing it would only cost time.
      if (node.length > maxString) return { kind: "unknown", subject: "" };
      return { kind: "string", literal: { value: node }, subject: describeLiteral(node) };
    default:
      break;
  }
  if (Array.isArray(node)) return { kind: "array", literal: { value: node }, subject: describeLiteral(node) };
  const operation = operationOf(node);
  if (operation === undefined) return { kind: "unknown", subject: "" };
  const { operator, args } = operation;
  if (operator === "var") {
    const name = literalVarName(args);
    if (name === undefined || name.length > 1000) return { kind: "unknown", subject: "" };
    const field = resolveIn(name, scope, context);
    const subject = `{"var": ${JSON.stringify(name)}}`;
    if (typeof field !== "object") return { kind: "unknown", subject };
    // A default of another type makes the variable's type uncertain.
    if (args.length > 1) return { kind: "unknown", subject };
    return { kind: field.type, field, subject };
  }
  const subject = `{"${operator.length > 30 ? `${operator.slice(0, 30)}…` : operator}": …}`;
  if (BOOLEAN_RESULT.has(operator)) return { kind: "boolean", subject };
  if (NUMBER_RESULT.has(operator)) return { kind: "number", subject };
  if (STRING_RESULT.has(operator)) return { kind: "string", subject };
  if (ARRAY_RESULT.has(operator)) return { kind: "array", subject };
  return { kind: "unknown", subject };
}

/** Text that loose comparison turns into a number (`5 == "5"`), by the same coercion JavaScript uses. */
function isNumericString(value: unknown): boolean {
  return typeof value === "string" && value.trim() !== "" && !Number.isNaN(Number(value));
}

function isIsoDateString(value: unknown): boolean {
  return typeof value === "string" && ISO_DATE.test(value);
}

/** A problem found by a type check, before it gets its path and message. */
type Finding =
  | { readonly code: "rule_type_mismatch"; readonly at: "a" | "b"; readonly expected: readonly ValueKind[] }
  | { readonly code: "rule_unknown_value"; readonly at: "a" | "b" };

/**
 * Whether `a` and `b` can sensibly be compared for equality (`strict`: `===`,
 * and `in`, which uses `indexOf`). Only obviously wrong pairs are refused;
 * anything computed or unknown passes.
 */
function equalityFinding(a: Info, b: Info, strict: boolean): Finding | undefined {
  const check = (x: Info, y: Info, yAt: "a" | "b"): Finding | undefined => {
    if (x.field === undefined || y.kind === "unknown" || y.kind === "null") return undefined;
    const lit = y.literal;
    switch (x.field.type) {
      case "boolean":
        if (y.kind === "boolean") return undefined;
        if (!strict && y.kind === "number" && lit !== undefined && (lit.value === 0 || lit.value === 1)) return undefined;
        return { code: "rule_type_mismatch", at: yAt, expected: ["boolean"] };
      case "number":
        if (y.kind === "number") return undefined;
        if (!strict && y.kind === "string" && (lit === undefined ? y.field?.values === undefined : isNumericString(lit.value))) return undefined;
        return { code: "rule_type_mismatch", at: yAt, expected: strict ? ["number"] : ["number", "numeric-string"] };
      case "string": {
        if (y.kind === "string" || y.kind === "date") {
          if (lit !== undefined && x.field.values !== undefined && !x.field.values.includes(String(lit.value))) {
            return { code: "rule_unknown_value", at: yAt };
          }
          if (lit === undefined && y.kind === "date" && x.field.values !== undefined) {
            return { code: "rule_type_mismatch", at: yAt, expected: ["string"] };
          }
          return undefined;
        }
        if (y.kind === "number" && !strict && x.field.values === undefined) return undefined;
        return { code: "rule_type_mismatch", at: yAt, expected: ["string"] };
      }
      case "date":
        if (y.kind === "date") return undefined;
        if (y.kind === "string" && (lit === undefined ? y.field?.values === undefined : isIsoDateString(lit.value))) return undefined;
        return { code: "rule_type_mismatch", at: yAt, expected: ["iso-date"] };
      case "array":
        return { code: "rule_type_mismatch", at: yAt, expected: ["null"] };
      default:
        return undefined;
    }
  };
  // Prefer blaming the literal side: the field is what the rule is about.
  if (a.field !== undefined && b.literal !== undefined) return check(a, b, "b");
  if (b.field !== undefined && a.literal !== undefined) return check(b, a, "a");
  if (a.field !== undefined) return check(a, b, "b");
  if (b.field !== undefined) return check(b, a, "a");
  // Computed against a literal (e.g. `{"count": …} == "abc"`).
  if (a.kind === "number" && b.literal !== undefined && b.kind !== "number" && b.kind !== "null") {
    if (!strict && isNumericString(b.literal.value)) return undefined;
    if (!strict && b.kind === "boolean") return undefined;
    return { code: "rule_type_mismatch", at: "b", expected: ["number"] };
  }
  if (a.kind === "boolean" && b.literal !== undefined && (b.kind === "string" || b.kind === "array")) {
    return { code: "rule_type_mismatch", at: "b", expected: ["boolean"] };
  }
  return undefined;
}

/** Kinds `<`, `<=`, `>`, `>=` can order: numbers, dates and text. */
function orderingFinding(a: Info, b: Info): Finding | undefined {
  const unorderable = (x: Info): boolean => x.kind === "boolean" || x.kind === "array" || x.kind === "null" || x.kind === "object";
  if (unorderable(a)) return { code: "rule_type_mismatch", at: "a", expected: ["number", "date"] };
  if (unorderable(b)) return { code: "rule_type_mismatch", at: "b", expected: ["number", "date"] };
  if (a.kind === "unknown" || b.kind === "unknown") return undefined;
  const pair = (x: Info, y: Info, yAt: "a" | "b"): Finding | undefined => {
    if (x.kind === "number") {
      if (y.kind === "number") return undefined;
      if (y.kind === "string" && y.literal !== undefined && isNumericString(y.literal.value)) return undefined;
      if (y.kind === "string" && y.literal === undefined && y.field?.values === undefined) return undefined;
      return { code: "rule_type_mismatch", at: yAt, expected: ["number"] };
    }
    if (x.kind === "date") {
      if (y.kind === "date") return undefined;
      if (y.kind === "string" && (y.literal === undefined ? y.field?.values === undefined : isIsoDateString(y.literal.value))) return undefined;
      return { code: "rule_type_mismatch", at: yAt, expected: ["iso-date"] };
    }
    return undefined;
  };
  // Blame the literal side when there is one.
  if (b.literal !== undefined) return pair(a, b, "b") ?? pair(b, a, "a");
  return pair(b, a, "a") ?? pair(a, b, "b");
}

function numericFinding(x: Info): readonly ValueKind[] | undefined {
  switch (x.kind) {
    case "boolean":
    case "array":
    case "date":
    case "object":
      return ["number"];
    case "string":
      if (x.literal !== undefined) return isNumericString(x.literal.value) ? undefined : ["number"];
      return x.field?.values === undefined ? undefined : ["number"];
    default:
      return undefined;
  }
}

function dateFinding(x: Info): readonly ValueKind[] | undefined {
  switch (x.kind) {
    case "number":
    case "boolean":
    case "array":
    case "object":
    case "null":
      return ["iso-date"];
    case "string":
      if (x.literal !== undefined) return isIsoDateString(x.literal.value) ? undefined : ["iso-date"];
      return x.field?.values === undefined ? undefined : ["iso-date"];
    default:
      return undefined;
  }
}

function arityOk(arity: Arity, count: number): boolean {
  if (count < arity.min) return false;
  if (arity.max !== undefined && count > arity.max) return false;
  if (arity.odd === true && count % 2 === 0) return false;
  return true;
}

/**
 * Checks a JSON-logic rule before it is stored: shape, operators, argument
 * counts, variables (per scope, including the element scope of
 * `map`/`filter`/`all`/`none`/`some`/`count` and `current`/`accumulator` of
 * `reduce`), forbidden names (`__proto__`, `prototype`, `constructor`),
 * obviously wrong comparisons, and size limits. Returns every problem found,
 * in document order; an empty array means the rule is valid.
 *
 * Safe on hostile input: the walk is iterative (a rule nested 100,000 deep
 * cannot overflow the stack), stops at `maxNodes` or `maxLiteralBytes`, checks
 * an array's length before visiting it, reads only own data properties (never
 * a getter or the prototype chain), and never serialises the rule.
 *
 * Paths are JSON Pointers into the rule: `{"op": [a, b]}` puts `b` at `/op/1`;
 * the unary shorthand `{"!": x}` puts `x` at `/!`.
 *
 * @example
 * const schema = { fields: { "answers.floor_area_per_person": { type: "number", nullable: true } } };
 * validateRule({ "<": [{ var: "answers.floor_area_per_person" }, 8] }, schema); // []
 * validateRule({ "<": [{ var: "answers.flor" }, 8] }, schema)[0]?.path;        // "/</0/var"
 * validateRule({ "<": [{ var: "answers.floor_area_per_person" }] }, schema)[0]?.code; // "rule_arity"
 */
export function validateRule(rule: unknown, schema: RuleSchema, limits?: Partial<RuleLimits>): RuleProblem[] {
  const max: RuleLimits = { ...DEFAULT_RULE_LIMITS, ...limits };
  const allowed: ReadonlySet<string> = new Set(schema.operators ?? DEFAULT_OPERATORS);
  const context = toFieldMap(schema.fields);
  const problems: RuleProblem[] = [];

  const report = <C extends RuleProblemCode>(path: string, code: C, params: ProblemParams[C]): void => {
    const messages = PROBLEM_MESSAGES[code](params);
    problems.push({ path, code, message: messages.en, messages });
  };

  /** Checks a variable name read in `scope`; returns false when a problem was reported. */
  const checkName = (name: string, path: string, scope: Scope): void => {
    if (name.length > max.maxStringLength) return; // reported when the literal itself is visited
    for (const segment of name.split(".")) {
      if (FORBIDDEN_SEGMENTS.has(segment)) {
        report(path, "rule_forbidden_path", { name, segment });
        return;
      }
    }
    if (resolveIn(name, scope, context) === undefined) {
      const scopeName: VariableScope = scope.kind;
      report(path, "rule_unknown_variable", { name, scope: scopeName });
    }
  };

  const stack: Task[] = [{ value: rule, path: "", depth: 0, scope: CONTEXT }];
  let nodes = 0;
  let literalBytes = 0;

  const addLiteral = (bytes: number, path: string): boolean => {
    literalBytes += bytes;
    if (literalBytes <= max.maxLiteralBytes) return true;
    report(path, "rule_literal_too_large", { limit: max.maxLiteralBytes });
    return false;
  };

  walk: while (stack.length > 0) {
    const task = stack.pop();
    if (task === undefined) break;
    const { value, path, depth, scope } = task;
    nodes += 1;
    if (nodes > max.maxNodes) {
      report(path, "rule_too_many_nodes", { limit: max.maxNodes });
      break;
    }
    if (depth > max.maxDepth) {
      report(path, "rule_too_deep", { limit: max.maxDepth });
      continue;
    }
    try {
      if (value === null) {
        if (!addLiteral(4, path)) break;
        continue;
      }
      switch (typeof value) {
        case "boolean":
          if (!addLiteral(value ? 4 : 5, path)) break walk;
          continue;
        case "number":
          if (!Number.isFinite(value)) {
            report(path, "rule_not_json", { found: String(value) });
            continue;
          }
          if (!addLiteral(String(value).length, path)) break walk;
          continue;
        case "string":
          if (value.length > max.maxStringLength) {
            report(path, "rule_string_too_long", { limit: max.maxStringLength, length: value.length });
            continue;
          }
          if (!addLiteral(utf8Length(value) + 2, path)) break walk;
          continue;
        case "object":
          break;
        default:
          report(path, "rule_not_json", { found: typeof value });
          continue;
      }

      if (Array.isArray(value)) {
        if (value.length > max.maxArrayLength) {
          report(path, "rule_array_too_long", { limit: max.maxArrayLength, length: value.length });
          continue;
        }
        if (!addLiteral(2 + Math.max(0, value.length - 1), path)) break;
        for (let i = value.length - 1; i >= 0; i--) {
          const element = own(value, i);
          if (element.kind !== "value") {
            report(childPointer(path, i), "rule_not_json", { found: element.kind === "accessor" ? "a getter" : "a hole" });
            continue;
          }
          stack.push({ value: element.value, path: childPointer(path, i), depth: depth + 1, scope });
        }
        continue;
      }

      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        report(path, "rule_not_json", { found: "an object that is not plain JSON" });
        continue;
      }
      const keys = firstKeys(value, 6);
      const operator = keys[0];
      if (keys.length !== 1 || operator === undefined) {
        report(path, "rule_invalid_operation", { keys: keys.length > 5 ? [...keys.slice(0, 5), "…"] : keys });
        continue;
      }
      if (operator.length > max.maxStringLength) {
        report(path, "rule_string_too_long", { limit: max.maxStringLength, length: operator.length });
        continue;
      }
      if (FORBIDDEN_SEGMENTS.has(operator)) {
        report(path, "rule_forbidden_key", { key: operator });
        continue;
      }
      const opPath = childPointer(path, operator);
      const raw = own(value, operator);
      if (raw.kind !== "value") {
        report(opPath, "rule_not_json", { found: "a getter" });
        continue;
      }
      const positional = Array.isArray(raw.value);
      if (Array.isArray(raw.value) && raw.value.length > max.maxArrayLength) {
        report(opPath, "rule_array_too_long", { limit: max.maxArrayLength, length: raw.value.length });
        continue;
      }
      const args: unknown[] = [];
      if (Array.isArray(raw.value)) {
        for (let i = 0; i < raw.value.length; i++) {
          const arg = own(raw.value, i);
          if (arg.kind !== "value") {
            report(childPointer(opPath, i), "rule_not_json", { found: arg.kind === "accessor" ? "a getter" : "a hole" });
            continue walk;
          }
          args.push(arg.value);
        }
      } else {
        args.push(raw.value);
      }
      const argPath = (i: number): string => (positional ? childPointer(opPath, i) : opPath);
      const next = depth + 1;
      const pushArgs = (scopeOf: (i: number) => Scope, skip?: ReadonlySet<number>): void => {
        for (let i = args.length - 1; i >= 0; i--) {
          if (skip?.has(i) === true) continue;
          stack.push({ value: args[i], path: argPath(i), depth: next, scope: scopeOf(i) });
        }
      };

      if (!KNOWN_OPERATORS.has(operator)) {
        report(opPath, "rule_unknown_operator", { operator });
        pushArgs(() => scope);
        continue;
      }
      if (!allowed.has(operator)) {
        report(opPath, "rule_disallowed_operator", { operator });
        pushArgs(() => scope);
        continue;
      }
      const arity = ARITY.get(operator);
      if (arity !== undefined && !arityOk(arity, args.length)) {
        report(opPath, "rule_arity", { operator, arity, count: args.length });
        pushArgs(() => scope);
        continue;
      }

      const infoAt = (i: number): Info => infer(args[i], scope, context, max.maxStringLength);
      const mismatch = (i: number, info: Info, expected: readonly ValueKind[]): void => {
        if (info.kind === "unknown") return;
        report(argPath(i), "rule_type_mismatch", { operator, subject: info.subject, found: info.kind, expected });
      };
      const applyFinding = (finding: Finding | undefined, ia: number, ib: number, a: Info, b: Info): void => {
        if (finding === undefined) return;
        const i = finding.at === "a" ? ia : ib;
        const subject = finding.at === "a" ? a : b;
        const other = finding.at === "a" ? b : a;
        if (finding.code === "rule_unknown_value") {
          const values = other.field?.values ?? [];
          report(argPath(i), "rule_unknown_value", { name: other.field?.path ?? "", value: String(subject.literal?.value), values });
        } else {
          mismatch(i, subject, finding.expected);
        }
      };

      switch (operator) {
        case "var": {
          const first = args[0];
          const name = literalVarName(args);
          if (name !== undefined) {
            checkName(name, argPath(0), scope);
          } else if (isRecord(first)) {
            report(argPath(0), "rule_dynamic_variable", {});
          } else {
            report(argPath(0), "rule_invalid_argument", { operator, expected: "name" });
          }
          pushArgs(() => scope);
          continue;
        }
        case "missing":
        case "missing_some": {
          const listIndex = operator === "missing_some" ? 1 : 0;
          if (operator === "missing_some") {
            const need = args[0];
            if (typeof need !== "number" && !isRecord(need)) report(argPath(0), "rule_invalid_argument", { operator, expected: "number" });
          }
          const listed = args[listIndex];
          const names: Array<{ name: unknown; path: string }> =
            operator === "missing" && !(args.length === 1 && Array.isArray(listed))
              ? args.map((name, i) => ({ name, path: argPath(i) }))
              : Array.isArray(listed) && listed.length <= max.maxArrayLength
                ? listed.map((name, j) => ({ name, path: childPointer(argPath(listIndex), j) }))
                : [];
          for (const { name, path: namePath } of names) {
            if (typeof name === "string") checkName(name, namePath, scope);
            else if (typeof name === "number") checkName(String(name), namePath, scope);
            else if (!isRecord(name)) report(namePath, "rule_invalid_argument", { operator, expected: "name" });
          }
          if (operator === "missing_some" && !Array.isArray(listed) && !isRecord(listed)) {
            report(argPath(1), "rule_invalid_argument", { operator, expected: "array" });
          }
          pushArgs(() => scope);
          continue;
        }
        default:
          break;
      }

      if (EQUALITY.has(operator)) {
        const a = infoAt(0);
        const b = infoAt(1);
        applyFinding(equalityFinding(a, b, operator === "===" || operator === "!=="), 0, 1, a, b);
      } else if (ORDERING.has(operator)) {
        const infos = args.map((_, i) => infoAt(i));
        for (let i = 0; i + 1 < infos.length; i++) {
          const a = infos[i];
          const b = infos[i + 1];
          if (a !== undefined && b !== undefined) applyFinding(orderingFinding(a, b), i, i + 1, a, b);
        }
      } else if (operator === "in") {
        const a = infoAt(0);
        const list = args[1];
        if (Array.isArray(list)) {
          if (list.length <= max.maxArrayLength && a.field !== undefined) {
            let compatible = 0;
            let literals = 0;
            list.forEach((item, j) => {
              const itemInfo = infer(item, scope, context, max.maxStringLength);
              if (itemInfo.literal === undefined) {
                compatible += 1;
                return;
              }
              literals += 1;
              const finding = equalityFinding(a, itemInfo, true);
              if (finding === undefined) compatible += 1;
              else if (finding.code === "rule_unknown_value") {
                report(childPointer(argPath(1), j), "rule_unknown_value", {
                  name: a.field?.path ?? "",
                  value: String(itemInfo.literal.value),
                  values: a.field?.values ?? [],
                });
                compatible += 1;
              }
            });
            if (literals > 0 && compatible === 0 && a.kind !== "unknown") {
              report(argPath(1), "rule_type_mismatch", {
                operator,
                subject: `[… ${list.length}]`,
                found: "array",
                expected: [a.kind === "number" ? "number" : a.kind === "boolean" ? "boolean" : "string"],
              });
            }
          }
        } else {
          const b = infoAt(1);
          if (b.kind === "number" || b.kind === "boolean" || b.kind === "date" || b.kind === "null" || b.kind === "object") {
            mismatch(1, b, ["array", "string"]);
          } else if (b.kind === "string" && (a.kind === "boolean" || a.kind === "array")) {
            mismatch(0, a, ["string"]);
          }
        }
      } else if (ARITHMETIC.has(operator)) {
        args.forEach((_, i) => {
          const info = infoAt(i);
          const expected = numericFinding(info);
          if (expected !== undefined) mismatch(i, info, expected);
        });
      } else if (DATE_OPERATORS.has(operator)) {
        args.forEach((_, i) => {
          const info = infoAt(i);
          const expected = dateFinding(info);
          if (expected !== undefined) mismatch(i, info, expected);
        });
      } else if (operator === "substr") {
        for (let i = 1; i < args.length; i++) {
          const info = infoAt(i);
          const expected = numericFinding(info);
          if (expected !== undefined || info.kind === "null") mismatch(i, info, ["number"]);
        }
      }

      if (ITERATING.has(operator) || operator === "reduce") {
        const source = infoAt(0);
        if (source.kind !== "array" && source.kind !== "unknown") mismatch(0, source, ["array"]);
        const items = elementItems(args[0], scope, context, max.maxDepth);
        const inner: Scope = operator === "reduce" ? { kind: "reduce", items } : { kind: "element", items };
        pushArgs((i) => (i === 1 ? inner : scope));
        continue;
      }
      pushArgs(() => scope);
    } catch (error) {
      // Only exotic inputs (e.g. a Proxy whose traps throw) get here; refuse rather than crash.
      report(path, "rule_not_json", { found: error instanceof Error ? `a value that cannot be read (${error.name})` : "a value that cannot be read" });
      break;
    }
  }
  return problems;
}
