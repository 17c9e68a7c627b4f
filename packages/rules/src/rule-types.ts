/**
 * Shared types of the rules engine: what a rule is, what a compiled rule is,
 * and the one error every evaluation path throws for rules it refuses.
 */

/**
 * A JSON-logic rule. Any JSON value is a rule: primitives evaluate to
 * themselves, arrays element-wise, and an object with exactly one key is an
 * operation. Kept as `unknown` because rules arrive as parsed JSON.
 */
export type JsonLogicRule = unknown;

/** A rule turned into a function of the data, by `compile` or `compileToJs`. */
export type CompiledRule = (data?: unknown) => unknown;

/** Why a rule was refused while being evaluated. */
export type RuleErrorCode = "unknown_operator" | "unsupported_operator";

/** A text in Indonesian (`id`) and English (`en`), as elsewhere in the configuration. */
export interface RuleErrorMessages {
  readonly id: string;
  readonly en: string;
}

/**
 * Thrown by every evaluation path when a rule uses an operator it does not
 * know (json-logic-js throws a plain `Error("Unrecognized operation …")` at
 * the same point). The English text is the `message`; `messages` carries both
 * languages for staff-facing screens.
 *
 * @example
 * try { evaluate({ "nope": [1] }); }
 * catch (e) { if (e instanceof RuleError) e.code; } // "unknown_operator"
 */
export class RuleError extends Error {
  override readonly name = "RuleError";
  readonly code: RuleErrorCode;
  readonly operator: string;
  readonly messages: RuleErrorMessages;

  constructor(code: RuleErrorCode, operator: string, messages: RuleErrorMessages) {
    super(messages.en);
    this.code = code;
    this.operator = operator;
    this.messages = messages;
  }
}

/**
 * The error for an operator no path implements. `method` gets its own code
 * because json-logic-js 1.x had it (it calls arbitrary methods) and it is
 * deliberately refused rather than merely unknown.
 *
 * @example
 * unknownOperatorError("nope").messages.id // "Operator tidak dikenal: nope"
 */
export function unknownOperatorError(operator: string): RuleError {
  if (operator === "method") {
    return new RuleError("unsupported_operator", operator, {
      id: "Operator \"method\" tidak didukung karena dapat memanggil kode sembarang",
      en: "The \"method\" operator is not supported: it can call arbitrary code",
    });
  }
  return new RuleError("unknown_operator", operator, {
    id: `Operator tidak dikenal: ${operator}`,
    en: `Unrecognized operation ${operator}`,
  });
}
