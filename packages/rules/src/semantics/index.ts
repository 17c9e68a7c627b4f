/**
 * json-logic-js 2.0 semantics as small pure functions, shared by every
 * JavaScript evaluation path (interpreter, closure compiler, code generator).
 */
export { truthy } from "./truthy.ts";
export {
  looseEquals,
  lessThan,
  lessOrEqual,
  greaterThan,
  greaterOrEqual,
  toFloat,
  sum,
  product,
  minus,
  divide,
  modulo,
  minimum,
  maximum,
  concatenate,
  substring,
  merge,
  contains,
} from "./coerce.ts";
export { ownValue, splitVarPath, isWholeDataName, lookupPath, lookupVar } from "./var.ts";
export {
  EAGER_OPERATIONS,
  SPECIAL_FORMS,
  DATA_OPERATIONS,
  logValue,
  operatorOf,
  operandsOf,
  type EagerOperation,
} from "./operations.ts";
