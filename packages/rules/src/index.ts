// @satu-atap/rules: JSON-logic evaluation, validation, explanation, compilation and SQL.
// SQL translation has its own subpath (`@satu-atap/rules/sql`), as does the Node-only
// code generator (`@satu-atap/rules/codegen`), so Workers bundles never pull them in.
export { evaluate } from "./interpret.ts";
export { compile, clearCompileCache, CompiledRuleCache, fnv1a64 } from "./compile/cache.ts";
export { compileUncached } from "./compile/closure.ts";
export {
  ageInYears,
  monthsBetween,
  countItems,
  parseIsoDate,
  registerDomainOperations,
  expandCountForReference,
  type CalendarDate,
  type OperationRegistry,
} from "./domain-operators.ts";
export {
  RuleError,
  unknownOperatorError,
  type RuleErrorCode,
  type RuleErrorMessages,
  type JsonLogicRule,
  type CompiledRule,
} from "./rule-types.ts";
export * as semantics from "./semantics/index.ts";
export * from "./validate/index.ts";
export * from "./explain/index.ts";
export * from "./household/index.ts";
