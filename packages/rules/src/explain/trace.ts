import type { LocalizedText } from "@satu-atap/config";
import { evaluate } from "../interpret.ts";
import { RuleError } from "../rule-types.ts";
import { truthy } from "../semantics/index.ts";
import { childPointer } from "../validate/pointer.ts";
import { type DescribeMode, type DescribeOptions, describeNode } from "./describe.ts";
import { type LabelMap, type RuleLabels, labelMap } from "./labels.ts";
import { operationOf } from "../rule-shape.ts";

/**
 * One node of an explanation: what the rule did at one place.
 * - `path`: JSON Pointer of the node in the rule (convention of `validate/pointer.ts`).
 * - `operator`: the operation, or `null` for a literal.
 * - `words`: the node's condition or value in words (Indonesian and English).
 * - `result`: the node's value; `undefined` when it was not evaluated.
 * - `evaluated`: false for operands json-logic skipped (`and`/`or` after the
 *   deciding operand, `if` branches not taken, the per-element condition of
 *   an array operator, which is summarised by `matches`).
 * - `variable`: for `var`, the name read and the value found.
 * - `decidedBy`: for `and`/`or`, the index of the operand whose value was
 *   returned (the first falsy/truthy one, or the last); for `if`/`?:`, the
 *   index of the argument whose value was returned (`null` when none).
 * - `matches`: for `filter`/`all`/`none`/`some`/`count`, how many elements
 *   satisfied the condition (for `count` without condition: the count).
 * - `error`: why evaluating this node failed.
 * - `children`: the operands, in order; their `result`s are the values the
 *   operator saw.
 */
export interface TraceNode {
  readonly path: string;
  readonly operator: string | null;
  readonly words: LocalizedText;
  readonly result: unknown;
  readonly evaluated: boolean;
  readonly variable?: { readonly name: string; readonly value: unknown };
  readonly decidedBy?: number | null;
  readonly matches?: number;
  readonly error?: LocalizedText;
  readonly children: readonly TraceNode[];
}

/** A rule's result with the trace that explains it. */
export interface Explanation {
  readonly result: unknown;
  readonly trace: TraceNode;
}

/** Deeper nodes are summarised without children (validated rules never get there). */
const MAX_TRACE_DEPTH = 64;

const ITERATING: ReadonlySet<string> = new Set(["map", "filter", "all", "none", "some", "count", "reduce"]);


function errorWords(error: unknown): LocalizedText {
  if (error instanceof RuleError) return error.messages;
  const detail = error instanceof Error ? error.message : String(error);
  return { id: `Gagal dievaluasi: ${detail}`, en: `Evaluation failed: ${detail}` };
}

type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: LocalizedText };

function run(rule: unknown, data: unknown): Outcome {
  try {
    return { ok: true, value: evaluate(rule, data) };
  } catch (error) {
    return { ok: false, error: errorWords(error) };
  }
}

interface TraceContext {
  readonly data: unknown;
  readonly labels: LabelMap;
  readonly results: Readonly<Record<string, LocalizedText>> | undefined;
}

/** How a node is worded: as a statement or a value, and what a literal is compared with. */
interface Wording {
  readonly mode: DescribeMode;
  readonly comparedWith?: unknown;
  readonly inElement?: boolean;
  readonly elementOf?: unknown;
}

const CONDITION: Wording = { mode: "condition" };
const VALUE: Wording = { mode: "value" };
const COMPARISONS: ReadonlySet<string> = new Set(["==", "===", "!=", "!==", "<", "<=", ">", ">=", "in"]);

function words(node: unknown, ctx: TraceContext, how: Wording): LocalizedText {
  return describeNode(node, ctx.labels, { ...how, ...(ctx.results === undefined ? {} : { results: ctx.results }) });
}

/** How the operands of `operator` are worded. */
function operandWording(operator: string, args: readonly unknown[], i: number): Wording {
  switch (operator) {
    case "and":
    case "or":
    case "!":
    case "!!":
      return CONDITION;
    case "if":
    case "?:":
      return i % 2 === 0 && i < args.length - 1 ? CONDITION : VALUE;
    default:
      break;
  }
  if (!COMPARISONS.has(operator)) return VALUE;
  // A literal compared with a variable is named with the variable's value labels ("melati" → "Melati").
  const other = args.length === 3 ? (i === 1 ? args[0] : args[1]) : args[i === 0 ? 1 : 0];
  return { mode: "value", comparedWith: other };
}

function skipped(node: unknown, path: string, ctx: TraceContext, how: Wording): TraceNode {
  return {
    path,
    operator: operationOf(node)?.operator ?? null,
    words: words(node, ctx, how),
    result: undefined,
    evaluated: false,
    children: [],
  };
}

function traceNode(node: unknown, path: string, ctx: TraceContext, depth: number, how: Wording): TraceNode {
  const outcome = run(node, ctx.data);
  const base = {
    path,
    words: words(node, ctx, how),
    result: outcome.ok ? outcome.value : undefined,
    evaluated: true,
    ...(outcome.ok ? {} : { error: outcome.error }),
  };
  const operation = operationOf(node);
  if (operation === undefined) {
    const hasOperations = Array.isArray(node) && node.some((item) => operationOf(item) !== undefined);
    const children =
      hasOperations && depth < MAX_TRACE_DEPTH ? node.map((item, i) => traceNode(item, childPointer(path, i), ctx, depth + 1, VALUE)) : [];
    return { ...base, operator: null, children };
  }
  const { operator, args, positional } = operation;
  const argPath = (i: number): string => (positional ? childPointer(path, operator, i) : childPointer(path, operator));
  if (depth >= MAX_TRACE_DEPTH) return { ...base, operator, children: [] };
  const wordingOf = (i: number): Wording => operandWording(operator, args, i);
  const child = (i: number): TraceNode => traceNode(args[i], argPath(i), ctx, depth + 1, wordingOf(i));
  const skip = (i: number): TraceNode => skipped(args[i], argPath(i), ctx, wordingOf(i));

  switch (operator) {
    case "var": {
      const first = args[0];
      const computed = typeof first === "object" && first !== null;
      const name = computed ? "" : first === undefined || first === null ? "" : String(first);
      const value = outcome.ok ? outcome.value : undefined;
      const children = args.map((arg, i) => (operationOf(arg) !== undefined ? child(i) : skip(i))).filter((c) => c.operator !== null);
      return { ...base, operator, variable: { name, value }, children };
    }
    case "and":
    case "or": {
      const children: TraceNode[] = [];
      let decidedBy: number | null = null;
      for (let i = 0; i < args.length; i++) {
        if (decidedBy !== null) {
          children.push(skip(i));
          continue;
        }
        const traced = child(i);
        children.push(traced);
        const decisive = operator === "and" ? !truthy(traced.result) : truthy(traced.result);
        if (decisive || traced.error !== undefined || i === args.length - 1) decidedBy = i;
      }
      return { ...base, operator, decidedBy, children };
    }
    case "if":
    case "?:": {
      const children: TraceNode[] = [];
      let decidedBy: number | null = null;
      let i = 0;
      for (; i < args.length - 1; i += 2) {
        if (decidedBy !== null) {
          children.push(skip(i), skip(i + 1));
          continue;
        }
        const test = child(i);
        children.push(test);
        if (test.error === undefined && truthy(test.result)) {
          decidedBy = i + 1;
          children.push(child(i + 1));
        } else {
          children.push(skip(i + 1));
        }
      }
      if (i === args.length - 1) {
        if (decidedBy === null) {
          decidedBy = i;
          children.push(child(i));
        } else {
          children.push(skip(i));
        }
      }
      return { ...base, operator, decidedBy, children };
    }
    default:
      break;
  }

  if (ITERATING.has(operator)) {
    const source = child(0);
    const children: TraceNode[] = [source];
    const items = source.result;
    let matches: number | undefined;
    if (Array.isArray(items) && operator !== "map" && operator !== "reduce") {
      if (operator === "count" && args.length < 2) {
        matches = items.length;
      } else {
        // One number instead of a per-element trace: explanations stay small for any household size.
        matches = 0;
        for (const item of items) {
          const hit = run(args[1], item);
          if (hit.ok && truthy(hit.value)) matches += 1;
        }
      }
    }
    for (let i = 1; i < args.length; i++) {
      children.push(operator === "reduce" && i === 2 ? child(i) : skipped(args[i], argPath(i), ctx, {
              mode: operator === "map" || operator === "reduce" ? "value" : "condition",
              inElement: true,
              elementOf: args[0],
            }));
    }
    return { ...base, operator, ...(matches === undefined ? {} : { matches }), children };
  }

  return { ...base, operator, children: args.map((_, i) => child(i)) };
}

/**
 * Evaluates a rule (with the engine's `evaluate`) and explains it: the result
 * plus a trace tree with, for every operation, its words, the values its
 * operands had and its result; for `var`, the name and the value read; for
 * `and`/`or`, which operand decided; for `if`, which branch was taken; for
 * array operators, the number of matching elements (no per-element trace).
 * Throws what `evaluate` throws (e.g. a `RuleError`) when the whole rule fails;
 * a failing sub-rule that was not needed is recorded in its node's `error`.
 *
 * @example
 * const { result, trace } = explain(
 *   { and: [{ "<": [{ var: "answers.floor_area_per_person" }, 8] }, { var: "household.inReferenceList" }] },
 *   { answers: { floor_area_per_person: 6 }, household: { inReferenceList: false } },
 * );
 * // result === false; trace.decidedBy === 1; trace.children[0].children[0].variable → { name: "answers.floor_area_per_person", value: 6 }
 */
export function explain(rule: unknown, data: unknown, labels?: RuleLabels, options?: DescribeOptions): Explanation {
  return explainWith(rule, data, labelMap(labels), options);
}

/**
 * {@link explain} with labels already in lookup form, for callers explaining
 * many rules with the same labels (the household pipeline).
 */
export function explainWith(rule: unknown, data: unknown, labels: LabelMap, options?: DescribeOptions): Explanation {
  const result = evaluate(rule, data);
  return { result, trace: traceNode(rule, "", { data, labels, results: options?.results }, 0, CONDITION) };
}
