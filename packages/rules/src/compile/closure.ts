import { countItems } from "../domain-operators.ts";
import { missing, missingSome } from "../interpret.ts";
import { type CompiledRule, unknownOperatorError } from "../rule-types.ts";
import {
  EAGER_OPERATIONS,
  contains,
  isWholeDataName,
  looseEquals,
  lookupPath,
  lookupVar,
  operandsOf,
  operatorOf,
  splitVarPath,
  toFloat,
  truthy,
} from "../semantics/index.ts";

/**
 * The closure compiler: turns a rule into a tree of JavaScript closures once,
 * so evaluating it is a few direct calls instead of a walk over JSON. No
 * `eval`, no `new Function`, so it runs on Cloudflare Workers.
 *
 * Semantics are exactly the interpreter's (json-logic-js 2.0 + domain
 * operators): every specialisation below is chosen only where it cannot
 * change a result, an exception, or the order of evaluation.
 */

type Fn = (data: unknown) => unknown;

/** What a node is statically known to return; lets parents skip coercions. */
type Kind = "boolean" | "number" | "string" | "unknown";

interface Node {
  readonly fn: Fn;
  readonly kind: Kind;
  /** Present when the node always yields this primitive and has no effects (safe to fold). */
  readonly constant?: { readonly value: string | number | boolean | null };
  /** For an array of constant primitives (no NaN): its elements, so `in` can use a Set. */
  readonly literals?: readonly unknown[];
  /** The node's truthiness, when cheaper than `truthy(fn(d))` (and/or/if in a condition). */
  readonly test?: (data: unknown) => boolean;
  /** For a static `var`: how to read it, so comparisons can read it inline. */
  readonly read?: VarRead;
  /** For `{"if": [test, a, b]}` with constant numeric branches: the parts, so `+` can inline them. */
  readonly choice?: { readonly test: (data: unknown) => boolean; readonly then: number; readonly otherwise: number };
}

const hasOwn = Object.hasOwn;

function isPrimitive(value: unknown): value is string | number | boolean | null {
  return value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

function kindOf(value: unknown): Kind {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    default:
      return "unknown";
  }
}

function constant(value: string | number | boolean | null): Node {
  return { fn: () => value, kind: kindOf(value), constant: { value } };
}

function dynamic(fn: Fn, kind: Kind): Node {
  return { fn, kind };
}

/** A closure returning the truthiness of a node, without the generic check when the kind allows. */
function truthyFn(node: Node): (data: unknown) => boolean {
  if (node.test !== undefined) return node.test;
  const f = node.fn;
  switch (node.kind) {
    case "boolean":
      return f as (data: unknown) => boolean;
    case "number":
    case "string":
      return (d) => !!f(d);
    default:
      return (d) => truthy(f(d));
  }
}

/**
 * The static `var` path prefixes of one data scope (the rule's data, or the
 * element of an iterating operator), read once each time the scope is
 * entered. Reads are pure and cannot throw, so reading a prefix that a lazy
 * branch would not have reached is unobservable. A compiled rule never
 * re-enters a scope while it is active (closures form a tree and call no
 * user code), so one slot array per scope suffices.
 */
class Scope {
  readonly slots: unknown[] = [];
  readonly #paths: Array<readonly string[]> = [];
  readonly #index = new Map<string, number>();

  /** The slot holding the value at `prefix` (undefined when absent). */
  slot(prefix: readonly string[]): number {
    const id = JSON.stringify(prefix);
    let index = this.#index.get(id);
    if (index === undefined) {
      index = this.#paths.length;
      this.#paths.push(prefix);
      this.#index.set(id, index);
      this.slots.push(undefined);
    }
    return index;
  }

  /** Wraps the scope's entry point to fill the slots first (call after compiling the scope). */
  enter<T>(body: (data: unknown) => T): (data: unknown) => T {
    const paths = this.#paths;
    const slots = this.slots;
    const n = paths.length;
    if (n === 0) return body;
    if (n === 1) {
      const only = paths[0] as readonly string[];
      return (d) => {
        slots[0] = lookupPath(d, only, undefined);
        return body(d);
      };
    }
    return (d) => {
      for (let i = 0; i < n; i++) slots[i] = lookupPath(d, paths[i] as readonly string[], undefined);
      return body(d);
    };
  }
}

/**
 * Compiles a rule into a function of the data, without caching (see
 * `compile` in `cache.ts` for the cached entry point). Unknown operators do
 * not fail compilation: like json-logic-js, they throw a `RuleError` when
 * evaluation reaches them, so a rule whose unknown branch is never taken
 * still works.
 *
 * @example
 * const isPoor = compileUncached({ "<": [{ "var": "answers.income" }, 600000] });
 * isPoor({ answers: { income: 450000 } }) // true
 */
export function compileUncached(rule: unknown): CompiledRule {
  const scope = new Scope();
  const root = scope.enter(compileNode(rule, scope).fn);
  // A fresh wrapper so callers can omit the data argument.
  return (data?: unknown) => root(data);
}

function compileNode(rule: unknown, scope: Scope): Node {
  if (Array.isArray(rule)) return compileArray(rule, scope);
  const operator = operatorOf(rule);
  if (operator === undefined) {
    if (isPrimitive(rule)) return constant(rule);
    // Non-operation objects (and undefined) are returned as they are, the same reference, as json-logic-js does.
    return dynamic(() => rule, "unknown");
  }
  const args = operandsOf(rule as object, operator);
  switch (operator) {
    case "if":
    case "?:":
      return compileIf(args, scope);
    case "and":
    case "or":
      return compileAndOr(operator, args, scope);
    case "filter":
    case "map":
    case "all":
    case "none":
    case "some":
    case "count":
      return compileIterator(operator, args, scope);
    case "reduce":
      return compileReduce(args, scope);
    case "var":
      return compileVar(args, scope);
  }
  const nodes = args.map((a) => compileNode(a, scope));
  switch (operator) {
    case "missing":
      return compileEager(nodes, (values, data) => missing(values, data));
    case "missing_some":
      return compileEager(nodes, (values, data) => missingSome(values[0], values[1], data));
  }
  const operation = EAGER_OPERATIONS.get(operator);
  if (operation === undefined) {
    // Arguments are still evaluated first (json-logic-js checks the operator afterwards).
    return compileEager(nodes, () => {
      throw unknownOperatorError(operator);
    });
  }
  if (operator !== "log" && nodes.every((n) => n.constant !== undefined)) {
    const folded = tryFold(operation, nodes);
    if (folded !== undefined) return folded;
  }
  return specialise(operator, nodes) ?? compileEager(nodes, (values) => operation(values));
}

/** Evaluates a pure operation on constant operands at compile time, when it neither throws nor allocates. */
function tryFold(operation: (args: readonly unknown[]) => unknown, nodes: readonly Node[]): Node | undefined {
  try {
    const value = operation(nodes.map((n) => n.constant?.value));
    return isPrimitive(value) ? constant(value) : undefined;
  } catch {
    // Leave it to run time, where it throws exactly when json-logic-js would.
    return undefined;
  }
}

function compileArray(rule: readonly unknown[], scope: Scope): Node {
  const nodes = rule.map((a) => compileNode(a, scope));
  if (nodes.every((n) => n.constant !== undefined)) {
    const values = nodes.map((n) => n.constant?.value);
    const literals = values.some((v) => typeof v === "number" && Number.isNaN(v)) ? undefined : values;
    // A fresh array per evaluation, as json-logic-js maps the rule array each time.
    return { fn: () => values.slice(), kind: "unknown", ...(literals === undefined ? {} : { literals }) };
  }
  const fns = nodes.map((n) => n.fn);
  const n = fns.length;
  return dynamic((d) => {
    const out = new Array<unknown>(n);
    for (let i = 0; i < n; i++) out[i] = (fns[i] as Fn)(d);
    return out;
  }, "unknown");
}

function compileEager(nodes: readonly Node[], run: (values: unknown[], data: unknown) => unknown): Node {
  const fns = nodes.map((n) => n.fn);
  const n = fns.length;
  return dynamic((d) => {
    const values = new Array<unknown>(n);
    for (let i = 0; i < n; i++) values[i] = (fns[i] as Fn)(d);
    return run(values, d);
  }, "unknown");
}

function compileIf(args: readonly unknown[], scope: Scope): Node {
  const nodes = args.map((a) => compileNode(a, scope));
  // Drop leading pairs whose condition is a constant (they have no effects to preserve).
  let start = 0;
  while (start < nodes.length - 1) {
    const condition = nodes[start] as Node;
    if (condition.constant === undefined) break;
    if (truthy(condition.constant.value)) return nodes[start + 1] as Node;
    start += 2;
  }
  const rest = nodes.slice(start);
  if (rest.length === 0) return constant(null);
  if (rest.length === 1) return rest[0] as Node;
  if (rest.length === 2) {
    const test = truthyFn(rest[0] as Node);
    const then = (rest[1] as Node).fn;
    return dynamic((d) => (test(d) ? then(d) : null), "unknown");
  }
  if (rest.length === 3) {
    const test = truthyFn(rest[0] as Node);
    const thenNode = rest[1] as Node;
    const elseNode = rest[2] as Node;
    const then = thenNode.fn;
    const otherwise = elseNode.fn;
    const kind = thenNode.kind === elseNode.kind ? thenNode.kind : "unknown";
    // Weighted scores are sums of `{"if": [sign, weight, 0]}`: return the literals directly.
    if (thenNode.constant !== undefined && elseNode.constant !== undefined) {
      const a = thenNode.constant.value;
      const b = elseNode.constant.value;
      if (typeof a === "number" && typeof b === "number") {
        return { fn: (d) => (test(d) ? a : b), kind, choice: { test, then: a, otherwise: b } };
      }
      return dynamic((d) => (test(d) ? a : b), kind);
    }
    const testThen = truthyFn(thenNode);
    const testElse = truthyFn(elseNode);
    return {
      fn: (d) => (test(d) ? then(d) : otherwise(d)),
      kind,
      test: (d) => (test(d) ? testThen(d) : testElse(d)),
    };
  }
  const tests: Array<(data: unknown) => boolean> = [];
  const thens: Fn[] = [];
  let i = 0;
  for (; i < rest.length - 1; i += 2) {
    tests.push(truthyFn(rest[i] as Node));
    thens.push((rest[i + 1] as Node).fn);
  }
  const otherwise = i < rest.length ? (rest[i] as Node).fn : () => null;
  const n = tests.length;
  const branchKinds = new Set<Kind>(rest.filter((_, j) => j % 2 === 1 || j === rest.length - 1).map((x) => x.kind));
  const kind = i < rest.length && branchKinds.size === 1 ? ([...branchKinds][0] as Kind) : "unknown";
  return dynamic((d) => {
    for (let j = 0; j < n; j++) if ((tests[j] as (data: unknown) => boolean)(d)) return (thens[j] as Fn)(d);
    return otherwise(d);
  }, kind);
}

function compileAndOr(operator: "and" | "or", args: readonly unknown[], scope: Scope): Node {
  const nodes = args.map((a) => compileNode(a, scope));
  if (nodes.length === 0) return dynamic(() => undefined, "unknown");
  if (nodes.length === 1) return nodes[0] as Node;
  const allBoolean = nodes.every((n) => n.kind === "boolean");
  const kind: Kind = allBoolean ? "boolean" : "unknown";
  if (allBoolean) {
    const fns = nodes.map((n) => n.fn as (data: unknown) => boolean);
    if (fns.length === 2) {
      const [a, b] = fns as [(data: unknown) => boolean, (data: unknown) => boolean];
      return dynamic(operator === "and" ? (d) => a(d) && b(d) : (d) => a(d) || b(d), kind);
    }
    const n = fns.length;
    return dynamic(
      operator === "and"
        ? (d) => {
            for (let i = 0; i < n; i++) if (!(fns[i] as (data: unknown) => boolean)(d)) return false;
            return true;
          }
        : (d) => {
            for (let i = 0; i < n; i++) if ((fns[i] as (data: unknown) => boolean)(d)) return true;
            return false;
          },
      kind,
    );
  }
  const fns = nodes.map((n) => n.fn);
  const n = fns.length;
  const stopOn = operator === "or";
  // In a condition only the truthiness matters: test each operand directly.
  const tests = nodes.map(truthyFn);
  let test: (data: unknown) => boolean;
  if (tests.length === 2) {
    const [a, b] = tests as [(data: unknown) => boolean, (data: unknown) => boolean];
    test = operator === "and" ? (d) => a(d) && b(d) : (d) => a(d) || b(d);
  } else {
    test = (d) => {
      for (let i = 0; i < n; i++) if ((tests[i] as (data: unknown) => boolean)(d) === stopOn) return stopOn;
      return !stopOn;
    };
  }
  return {
    fn: (d) => {
      let current: unknown;
      for (let i = 0; i < n; i++) {
        current = (fns[i] as Fn)(d);
        if (truthy(current) === stopOn) return current;
      }
      return current;
    },
    kind,
    test,
  };
}

function compileIterator(
  operator: "filter" | "map" | "all" | "none" | "some" | "count",
  args: readonly unknown[],
  scope: Scope,
): Node {
  const source = compileNode(args[0], scope).fn;
  if (operator === "count" && args.length < 2) return dynamic((d) => countItems(source(d)), "number");
  // The condition's data is the element: a scope of its own, entered once per element.
  const elementScope = new Scope();
  const logicNode = compileNode(args[1], elementScope);
  const test = elementScope.enter(truthyFn(logicNode));
  switch (operator) {
    case "filter":
      return dynamic((d) => {
        const items = source(d);
        return Array.isArray(items) ? items.filter((item) => test(item)) : [];
      }, "unknown");
    case "map": {
      const logic = elementScope.enter(logicNode.fn);
      return dynamic((d) => {
        const items = source(d);
        return Array.isArray(items) ? items.map((item) => logic(item)) : [];
      }, "unknown");
    }
    case "count":
      return dynamic((d) => {
        const items = source(d);
        if (!Array.isArray(items)) return 0;
        let n = 0;
        for (let i = 0; i < items.length; i++) if (test(items[i])) n++;
        return n;
      }, "number");
    case "all":
      return dynamic((d) => {
        const items = source(d);
        if (!Array.isArray(items) || items.length === 0) return false;
        for (let i = 0; i < items.length; i++) if (!test(items[i])) return false;
        return true;
      }, "boolean");
    case "none":
      return dynamic((d) => {
        const items = source(d);
        if (!Array.isArray(items)) return true;
        for (let i = 0; i < items.length; i++) if (test(items[i])) return false;
        return true;
      }, "boolean");
    case "some":
      return dynamic((d) => {
        const items = source(d);
        if (!Array.isArray(items)) return false;
        for (let i = 0; i < items.length; i++) if (test(items[i])) return true;
        return false;
      }, "boolean");
  }
}

function compileReduce(args: readonly unknown[], scope: Scope): Node {
  const source = compileNode(args[0], scope).fn;
  const stepScope = new Scope();
  const logic = stepScope.enter(compileNode(args[1], stepScope).fn);
  const initial = args[2] !== undefined ? compileNode(args[2], scope).fn : () => null;
  return dynamic((d) => {
    const items = source(d);
    let accumulator = initial(d);
    if (!Array.isArray(items)) return accumulator;
    for (let i = 0; i < items.length; i++) accumulator = logic({ current: items[i], accumulator });
    return accumulator;
  }, "unknown");
}

function compileVar(args: readonly unknown[], scope: Scope): Node {
  const nodes = args.map((a) => compileNode(a, scope));
  const nameNode = nodes[0];
  const fallbackNode = nodes[1];
  const staticName = nameNode === undefined || nameNode.constant !== undefined;
  const staticFallback = fallbackNode === undefined || fallbackNode.constant !== undefined;
  // The remaining operands are evaluated and ignored by json-logic-js; only constants can be skipped.
  const extrasStatic = nodes.slice(2).every((n) => n.constant !== undefined);
  if (!staticName || !staticFallback || !extrasStatic) {
    return compileEager(nodes, (values, data) => lookupVar(data, values[0], values[1]));
  }
  const name = nameNode?.constant?.value;
  if (isWholeDataName(name)) return dynamic((d) => d, "unknown");
  const fallbackValue = fallbackNode?.constant?.value;
  const notFound = fallbackValue === undefined ? null : fallbackValue;
  const path = splitVarPath(name);
  // Paths of two or more segments read their parent from a slot the scope fills once per
  // evaluation, so twenty `answers.*` variables read `answers` once.
  const read: VarRead =
    path.length === 1
      ? { slots: undefined, slot: 0, key: path[0] as string, notFound }
      : { slots: scope.slots, slot: scope.slot(path.slice(0, -1)), key: path[path.length - 1] as string, notFound };
  return { fn: (d) => readVar(read, d), kind: "unknown", read };
}

/** A static `var`: the own property `key` of the data (or of a scope slot), else `notFound`. */
interface VarRead {
  readonly slots: unknown[] | undefined;
  readonly slot: number;
  readonly key: string;
  readonly notFound: unknown;
}

/** Module-level (not a closure) so the engine can inline it into the closures that call it. */
function readVar(read: VarRead, d: unknown): unknown {
  const container = read.slots === undefined ? d : read.slots[read.slot];
  if (container === null || container === undefined || !hasOwn(container as object, read.key)) return read.notFound;
  const v = (container as Record<string, unknown>)[read.key];
  return v === undefined ? read.notFound : v;
}

type Compare = (a: unknown, b: unknown) => boolean;

const COMPARISONS: ReadonlyMap<string, Compare> = new Map<string, Compare>([
  ["==", looseEquals],
  ["===", (a, b) => a === b],
  ["!=", (a, b) => !looseEquals(a, b)],
  ["!==", (a, b) => a !== b],
  [">", (a, b) => (a as number) > (b as number)],
  [">=", (a, b) => (a as number) >= (b as number)],
  ["<", (a, b) => (a as number) < (b as number)],
  ["<=", (a, b) => (a as number) <= (b as number)],
]);

/** A comparison against a literal right-hand side, with the operator (and a static var read) inlined. */
function compareWithLiteral(operator: string, leftNode: Node, right: string | number | boolean | null): Fn | undefined {
  const r = right as number;
  const read = leftNode.read;
  if (read !== undefined) {
    switch (operator) {
      case "==":
        return (d) => (readVar(read, d) as number) == r;
      case "===":
        return (d) => readVar(read, d) === r;
      case "!=":
        return (d) => (readVar(read, d) as number) != r;
      case "!==":
        return (d) => readVar(read, d) !== r;
      case ">":
        return (d) => (readVar(read, d) as number) > r;
      case ">=":
        return (d) => (readVar(read, d) as number) >= r;
      case "<":
        return (d) => (readVar(read, d) as number) < r;
      case "<=":
        return (d) => (readVar(read, d) as number) <= r;
    }
    return undefined;
  }
  const left = leftNode.fn;
  switch (operator) {
    case "==":
      return (d) => (left(d) as number) == r;
    case "===":
      return (d) => left(d) === r;
    case "!=":
      return (d) => (left(d) as number) != r;
    case "!==":
      return (d) => left(d) !== r;
    case ">":
      return (d) => (left(d) as number) > r;
    case ">=":
      return (d) => (left(d) as number) >= r;
    case "<":
      return (d) => (left(d) as number) < r;
    case "<=":
      return (d) => (left(d) as number) <= r;
  }
  return undefined;
}

/** `{"<": [a, b, c]}`: a < b < c, all three operands evaluated first; literal ends inlined. */
function between(operator: "<" | "<=", [low, middle, high]: readonly [Node, Node, Node]): Node {
  const m = middle.fn;
  const lowValue = low.constant?.value;
  const highValue = high.constant?.value;
  if (lowValue !== undefined && highValue !== undefined) {
    const lo = lowValue as number;
    const hi = highValue as number;
    const read = middle.read;
    if (read !== undefined) {
      // The usual age band, `{"<=": [7, {"var": "age"}, 15]}`: read and compare in one closure.
      return dynamic(
        operator === "<"
          ? (d) => {
              const x = readVar(read, d) as number;
              return lo < x && x < hi;
            }
          : (d) => {
              const x = readVar(read, d) as number;
              return lo <= x && x <= hi;
            },
        "boolean",
      );
    }
    return dynamic(
      operator === "<"
        ? (d) => {
            const x = m(d) as number;
            return lo < x && x < hi;
          }
        : (d) => {
            const x = m(d) as number;
            return lo <= x && x <= hi;
          },
      "boolean",
    );
  }
  const a = low.fn;
  const c = high.fn;
  const compare: Compare = operator === "<" ? (x, y) => (x as number) < (y as number) : (x, y) => (x as number) <= (y as number);
  return dynamic((d) => {
    const x = a(d);
    const y = m(d);
    const z = c(d);
    // Like json-logic-js: a third operand that evaluates to undefined means a plain comparison.
    return z === undefined ? compare(x, y) : compare(x, y) && compare(y, z);
  }, "boolean");
}

function numberFns(nodes: readonly Node[]): Array<(data: unknown) => number> {
  return nodes.map((n) => {
    const f = n.fn;
    return n.kind === "number" ? (f as (data: unknown) => number) : (d: unknown) => toFloat(f(d));
  });
}

/** Specialised closures for the common shapes; undefined to use the generic eager closure. */
function specialise(operator: string, nodes: readonly Node[]): Node | undefined {
  const compare = COMPARISONS.get(operator);
  if (compare !== undefined && nodes.length === 2) {
    const [left, right] = nodes as [Node, Node];
    if (right.constant !== undefined) {
      const fn = compareWithLiteral(operator, left, right.constant.value);
      if (fn !== undefined) return dynamic(fn, "boolean");
    }
    const a = left.fn;
    const b = right.fn;
    return dynamic((d) => compare(a(d), b(d)), "boolean");
  }
  if ((operator === "<" || operator === "<=") && nodes.length === 3) return between(operator, nodes as [Node, Node, Node]);
  switch (operator) {
    case "!":
    case "!!": {
      const first = nodes[0];
      const rest = nodes.slice(1).map((n) => n.fn);
      const test = first === undefined ? () => false : truthyFn(first);
      const negate = operator === "!";
      if (rest.length > 0) {
        // Extra operands are evaluated (and ignored), as json-logic-js evaluates all operands.
        return dynamic((d) => {
          const t = test(d);
          for (const f of rest) f(d);
          return negate ? !t : t;
        }, "boolean");
      }
      const read = first?.read;
      if (read !== undefined) {
        return dynamic(negate ? (d) => !truthy(readVar(read, d)) : (d) => truthy(readVar(read, d)), "boolean");
      }
      return dynamic(negate ? (d) => !test(d) : test, "boolean");
    }
    case "in":
      return specialiseIn(nodes);
    case "+": {
      if (nodes.length > 2 && nodes.every((n) => n.choice !== undefined)) {
        // A weighted score, `{"+": [{"if": [sign, weight, 0]}, …]}`: one loop, no call per `if`.
        const tests = nodes.map((n) => n.choice?.test as (data: unknown) => boolean);
        const thens = nodes.map((n) => n.choice?.then as number);
        const elses = nodes.map((n) => n.choice?.otherwise as number);
        const n = nodes.length;
        return dynamic((d) => {
          let total = 0;
          for (let i = 0; i < n; i++) total += (tests[i] as (data: unknown) => boolean)(d) ? (thens[i] as number) : (elses[i] as number);
          return total;
        }, "number");
      }
      const fns = numberFns(nodes);
      const n = fns.length;
      if (n === 2) {
        const [a, b] = fns as [(data: unknown) => number, (data: unknown) => number];
        // Starting from 0 as json-logic-js does: -0 + -0 would otherwise stay -0.
        return dynamic((d) => 0 + a(d) + b(d), "number");
      }
      return dynamic((d) => {
        let total = 0;
        for (let i = 0; i < n; i++) total += (fns[i] as (data: unknown) => number)(d);
        return total;
      }, "number");
    }
    case "-":
    case "/":
    case "%":
    case "*": {
      if (nodes.length !== 2) return undefined;
      const [left, right] = nodes as [Node, Node];
      const a = left.fn;
      const b = right.fn;
      if (operator === "*") {
        // toFloat even on numbers: json-logic-js parses -0 to +0 before multiplying, which flips signs.
        return dynamic((d) => toFloat(a(d)) * toFloat(b(d)), "number");
      }
      if (operator === "/") return dynamic((d) => (a(d) as number) / (b(d) as number), "number");
      if (operator === "%") return dynamic((d) => (a(d) as number) % (b(d) as number), "number");
      // `-` negates when the second operand evaluates to undefined (e.g. `{"and": []}`).
      if (right.kind !== "unknown") return dynamic((d) => (a(d) as number) - (b(d) as number), "number");
      return dynamic((d) => {
        const x = a(d);
        const y = b(d);
        return y === undefined ? -(x as number) : (x as number) - (y as number);
      }, "number");
    }
  }
  return undefined;
}

function specialiseIn(nodes: readonly Node[]): Node | undefined {
  if (nodes.length < 2) return undefined;
  const needle = (nodes[0] as Node).fn;
  const extras = nodes.slice(2).map((n) => n.fn);
  if (extras.length > 0) return undefined;
  const haystack = nodes[1] as Node;
  if (haystack.constant !== undefined) {
    const value = haystack.constant.value;
    if (typeof value === "string" && value !== "") return dynamic((d) => value.indexOf(needle(d) as string) !== -1, "boolean");
    // Any other primitive haystack: `in` is false, but the needle is still evaluated (it may throw or log).
    return dynamic((d) => contains(needle(d), value), "boolean");
  }
  const list = haystack.literals;
  if (list !== undefined) {
    // `indexOf` is strict equality; for primitives (no NaN in JSON) a Set gives the same answers.
    const set = new Set<unknown>(list);
    const read = (nodes[0] as Node).read;
    if (read !== undefined) return dynamic((d) => set.has(readVar(read, d)), "boolean");
    return dynamic((d) => set.has(needle(d)), "boolean");
  }
  const h = haystack.fn;
  return dynamic((d) => contains(needle(d), h(d)), "boolean");
}

