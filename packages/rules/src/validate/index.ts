/** Validation of a rule before it is stored: shape, operators, arity, variables, types and size limits. */
export { validateRule } from "./validate-rule.ts";
export {
  DEFAULT_OPERATORS,
  DEFAULT_RULE_LIMITS,
  type FieldSpec,
  type RuleLimits,
  type RuleProblem,
  type RuleSchema,
} from "./types.ts";
export { PROBLEM_MESSAGES, KIND_NAMES, type RuleProblemCode, type ValueKind, type ProblemParams } from "./messages.ts";
export { childPointer, escapeSegment } from "./pointer.ts";
