import { childPointer } from "../validate/pointer.ts";
import { ITERATING_OPERATORS, MAX_RULE_DEPTH, isKnownOperator } from "./operators.ts";

/**
 * Where a `var` is resolved. json-logic-js evaluates the second argument of
 * `map`/`filter`/`all`/`none`/`some` with each array element as data, and the
 * second argument of `reduce` with `{ current, accumulator }`.
 */
export type VarFrame =
  | { readonly kind: "context" }
  | { readonly kind: "element"; readonly array: unknown; readonly parent: VarFrame }
  | { readonly kind: "reduce"; readonly array: unknown; readonly parent: VarFrame };

/** A structural problem found while walking a rule. */
export interface RuleProblem {
  readonly pointer: string;
  readonly code: "rule_unknown_operator" | "rule_invalid_operation" | "rule_too_deep" | "rule_dynamic_variable";
  /** Operator name, depth limit, or (for `rule_invalid_operation`) the object's keys joined by ", ". */
  readonly detail: string;
}

/** Callbacks of {@link walkRule}. */
export interface RuleVisitor {
  /** A variable read: `{"var": name}`, or a name listed in `missing`/`missing_some`. */
  variable?(name: string, pointer: string, frame: VarFrame): void;
  /** An operation, with its arguments normalised to an array. */
  operation?(operator: string, args: readonly unknown[], pointer: string, frame: VarFrame): void;
  problem?(problem: RuleProblem): void;
}

const CONTEXT: VarFrame = { kind: "context" };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The name a `var` argument reads, or undefined when it is computed. */
function varName(arg: unknown): string | undefined {
  if (arg === undefined || arg === null) return "";
  if (typeof arg === "string") return arg;
  if (typeof arg === "number") return String(arg);
  return undefined;
}

/**
 * Walks a JSON-logic rule the way json-logic-js evaluates it, reporting
 * variables, operations and structural problems with JSON Pointers relative
 * to `pointer`.
 */
export function walkRule(rule: unknown, visitor: RuleVisitor, pointer = ""): void {
  walk(rule, pointer, 0, CONTEXT, visitor);
}

function walk(value: unknown, pointer: string, depth: number, frame: VarFrame, visitor: RuleVisitor): void {
  if (depth > MAX_RULE_DEPTH) {
    visitor.problem?.({ pointer, code: "rule_too_deep", detail: `deeper than ${MAX_RULE_DEPTH} levels` });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, childPointer(pointer, i), depth + 1, frame, visitor));
    return;
  }
  if (!isPlainObject(value)) return;

  const keys = Object.keys(value);
  const operator = keys[0];
  if (keys.length !== 1 || operator === undefined) {
    // json-logic-js would silently treat such an object as data; in a rule it is always a mistake.
    visitor.problem?.({
      pointer,
      code: "rule_invalid_operation",
      detail: keys.join(", "),
    });
    return;
  }

  const raw = value[operator];
  const argsArePositional = Array.isArray(raw);
  const args: readonly unknown[] = Array.isArray(raw) ? raw : [raw];
  const opPointer = childPointer(pointer, operator);
  const argPointer = (i: number): string => (argsArePositional ? childPointer(opPointer, i) : opPointer);
  const next = depth + 1;

  if (!isKnownOperator(operator)) {
    visitor.problem?.({ pointer: opPointer, code: "rule_unknown_operator", detail: operator });
    args.forEach((arg, i) => walk(arg, argPointer(i), next, frame, visitor));
    return;
  }
  visitor.operation?.(operator, args, pointer, frame);

  if (operator === "var") {
    const name = varName(args[0]);
    if (name === undefined) {
      visitor.problem?.({ pointer: argPointer(0), code: "rule_dynamic_variable", detail: "computed variable name" });
      walk(args[0], argPointer(0), next, frame, visitor);
    } else {
      visitor.variable?.(name, argPointer(0), frame);
    }
    if (args.length > 1) walk(args[1], argPointer(1), next, frame, visitor);
    return;
  }

  if (operator === "missing" || operator === "missing_some") {
    // Names listed literally are reads; computed ones are walked as rules.
    const listIndex = operator === "missing_some" ? 1 : 0;
    const list = args[listIndex];
    if (operator === "missing" && !Array.isArray(list)) {
      args.forEach((arg, i) => {
        if (typeof arg === "string") visitor.variable?.(arg, argPointer(i), frame);
        else walk(arg, argPointer(i), next, frame, visitor);
      });
      return;
    }
    args.forEach((arg, i) => {
      if (i === listIndex && Array.isArray(arg)) {
        arg.forEach((name, j) => {
          const p = childPointer(argPointer(i), j);
          if (typeof name === "string") visitor.variable?.(name, p, frame);
          else walk(name, p, next + 1, frame, visitor);
        });
      } else {
        walk(arg, argPointer(i), next, frame, visitor);
      }
    });
    return;
  }

  if (ITERATING_OPERATORS.has(operator) || operator === "reduce") {
    const inner: VarFrame =
      operator === "reduce"
        ? { kind: "reduce", array: args[0], parent: frame }
        : { kind: "element", array: args[0], parent: frame };
    args.forEach((arg, i) => walk(arg, argPointer(i), next, i === 1 ? inner : frame, visitor));
    return;
  }

  args.forEach((arg, i) => walk(arg, argPointer(i), next, frame, visitor));
}

/**
 * The context variables a rule reads, in order of first appearance, without
 * duplicates: every `{"var": name}` (string name, or first element of the
 * array form) and every name listed in `missing`/`missing_some`. Names read
 * inside `map`/`filter`/`all`/`none`/`some`/`count`/`reduce` relative to the
 * array element are not context variables and are left out; the array itself
 * (e.g. `household.members`) is included.
 *
 * @example
 * ruleVariables({ and: [{ "==": [{ var: "category" }, "poor"] }, { var: ["household.inReferenceList", false] }] })
 * // ["category", "household.inReferenceList"]
 */
export function ruleVariables(rule: unknown): string[] {
  const names = new Set<string>();
  walkRule(rule, {
    variable(name, _pointer, frame) {
      if (frame.kind === "context") names.add(name);
    },
  });
  return [...names];
}
