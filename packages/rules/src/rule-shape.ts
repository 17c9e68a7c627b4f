/** A rule node that is an operation: its operator and its arguments. */
export interface RuleOperation {
  readonly operator: string;
  readonly args: readonly unknown[];
  /** Whether the arguments were written as an array (`{"!": [x]}`) rather than bare (`{"!": x}`). */
  readonly positional: boolean;
}

/**
 * The operation a rule node spells, or `undefined` for literals. A node is an operation
 * only when it is a plain object with exactly one own data property (json-logic-js's
 * rule); getters are never called, so hostile input cannot run code.
 *
 * @example
 * operationOf({ "<": [{ var: "x" }, 8] }) // { operator: "<", args: [{ var: "x" }, 8], positional: true }
 */
export function operationOf(value: unknown): RuleOperation | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  const [operator] = keys;
  if (keys.length !== 1 || operator === undefined) return undefined;
  const descriptor = Object.getOwnPropertyDescriptor(value, operator);
  if (descriptor === undefined || !("value" in descriptor)) return undefined;
  const raw: unknown = descriptor.value;
  return { operator, args: Array.isArray(raw) ? raw : [raw], positional: Array.isArray(raw) };
}
