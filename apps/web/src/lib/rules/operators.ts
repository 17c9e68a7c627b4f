// Which comparisons the builder offers for a field, and what a condition becomes when its field
// or comparison changes. Pure; labels live in the component (messages).
import type { ConditionBlock, Literal, Operator } from "./blocks.ts";
import type { RuleField } from "./fields.ts";

const ALL: readonly Operator[] = ["==", "!=", "<", "<=", ">", ">=", "in", "!!", "!"];

/** The comparisons that make sense for a field of this type (unknown field: all of them). */
export function operatorsFor(field: RuleField | undefined): readonly Operator[] {
  switch (field?.type) {
    case "number":
    case "date":
      return ["==", "!=", "<", "<=", ">", ">="];
    case "boolean":
      return ["==", "!=", "!!", "!"];
    case "choice":
    case "text":
      return ["==", "!=", "in"];
    case "list":
      return ["!!", "!"];
    default:
      return ALL;
  }
}

/** A sensible first value for a field. */
export function defaultValue(field: RuleField | undefined): Literal {
  switch (field?.type) {
    case "number":
      return 0;
    case "boolean":
      return true;
    case "choice":
      return field.options?.[0]?.id ?? "";
    default:
      return "";
  }
}

/** A new condition on `field`. */
export function newCondition(field: RuleField | undefined): ConditionBlock {
  const op = operatorsFor(field)[0] ?? "==";
  return { kind: "condition", path: field?.path ?? "", op, value: op === "!" || op === "!!" ? null : defaultValue(field) };
}

/** The condition with another comparison, keeping its value where it still fits. */
export function withOperator(condition: ConditionBlock, op: Operator, field: RuleField | undefined): ConditionBlock {
  const { wrapped: _wrapped, ...rest } = condition;
  if (op === "!" || op === "!!") return { ...rest, op, value: null };
  const current = condition.value;
  if (op === "in") {
    const list = Array.isArray(current) ? current : typeof current === "string" || typeof current === "number" ? [current] : [];
    return { ...rest, op, value: list };
  }
  if (Array.isArray(current)) return { ...rest, op, value: current[0] ?? defaultValue(field) };
  if (condition.op === "!" || condition.op === "!!") return { ...rest, op, value: defaultValue(field) };
  return { ...rest, op, value: current };
}

/** The condition on another field: its first comparison and a first value. */
export function withField(field: RuleField | undefined, path: string): ConditionBlock {
  return { ...newCondition(field), path };
}
