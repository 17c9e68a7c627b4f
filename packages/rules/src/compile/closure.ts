import { countItems } from "../domain-operators.ts";
import { missing, missingSome } from "../interpret.ts";
import { type CompiledRule, unknownOperatorError } from "../rule-types.ts";
import {
  EAGER_OPERATIONS,
  contains,
  isWholeDataName,
  looseEquals,
  lookupVar,
  operandsOf,
  operatorOf,
  ownValue,
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
  readonly choice?: {
    readonly test: (data: unknown) => boolean;
    readonly probe: Probe | undefined;
    readonly then: number;
    readonly otherwise: number;
  };
  /** For a comparison of a static `var` with a literal: the test as data, so loops can run it without a call. */
  readonly probe?: Probe;
}

/**
 * What a {@link Probe} does with the value. Small integers, so `runProbe` dispatches through a
 * jump table: 0 `in`, 1 `==`, 2 `!=`, 3 `===`, 4 `!==`, 5 `>`, 6 `>=`, 7 `<`, 8 `<=`,
 * 9 the band `<`, 10 the band `<=`, 11 `!`, 12 `!!`.
 */
type ProbeKind = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

/**
 * A test on one static `var` as data: `{"op": [{"var": …}, literal]}`, `{"in": [{"var": …},
 * [literals]]}`, the band `{"<=": [low, {"var": …}, high]}`, `!` and `!!`. The weighted-score
 * loop runs these itself instead of calling one closure per criterion.
 */
interface Probe {
  readonly read: VarRead;
  readonly kind: ProbeKind;
  /** The literal (a primitive); the low end of a band. */
  readonly operand: unknown;
  /** The high end of a band. */
  readonly high: unknown;
  /** For `in`: the literal list. */
  readonly items: readonly unknown[];
}

const PROBE_KINDS: ReadonlyMap<string, ProbeKind> = new Map<string, ProbeKind>([
  ["==", 1],
  ["!=", 2],
  ["===", 3],
  ["!==", 4],
  [">", 5],
  [">=", 6],
  ["<", 7],
  ["<=", 8],
]);

/** Runs a probe on the value read (the same JavaScript operators as the closures). */
function runProbe(probe: Probe, x: unknown): boolean {
  const k = probe.operand as number;
  switch (probe.kind) {
    case 0: {
      const items = probe.items;
      for (let i = 0; i < items.length; i++) if (items[i] === x) return true;
      return false;
    }
    case 1:
      // For two values of one type, `==` is `===`.
      return typeof x === typeof k ? x === k : looseEquals(x, k);
    case 2:
      return typeof x === typeof k ? x !== k : !looseEquals(x, k);
    case 3:
      return x === k;
    case 4:
      return x !== k;
    case 5:
      return (x as number) > k;
    case 6:
      return (x as number) >= k;
    case 7:
      return (x as number) < k;
    case 8:
      return (x as number) <= k;
    case 9:
      return k < (x as number) && (x as number) < (probe.high as number);
    case 10:
      return k <= (x as number) && (x as number) <= (probe.high as number);
    case 11:
      return !truthy(x);
    case 12:
      return truthy(x);
  }
}

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

const OBJECT_PROTOTYPE: object = Object.prototype;
const getPrototypeOf = Object.getPrototypeOf;
/** Never given properties: `for…in` over it lists exactly Object.prototype's enumerable members. */
const EMPTY: object = {};

/** True when Object.prototype has an enumerable string-keyed property (i.e. it has been polluted). */
function prototypeHasEnumerable(): boolean {
  for (const key in EMPTY) if (key !== undefined) return true;
  return false;
}

/**
 * The keys a scope reads from one container (the scope's data, or the value
 * at a static path prefix), filled into the scope's values together.
 *
 * A `var` read by key is a megamorphic property lookup plus an own-property
 * check (`Object.hasOwn`), about 20 ns each. For an object whose prototype is
 * Object.prototype (or null) and while Object.prototype has no enumerable
 * properties, `for…in` lists exactly the object's own enumerable keys, and V8
 * reads each value by field index from the map's enum cache: one pass over
 * the object fills every wanted key for less than half the cost. Keys it
 * does not list (absent, or own but not enumerable) are then read one by one
 * as before, and every other container (arrays, strings, other prototypes,
 * a polluted Object.prototype) is read key by key.
 */
class Group {
  /** The value index of the container, or -1 for the scope's data. */
  readonly source: number;
  readonly #keys: string[] = [];
  readonly #targets: number[] = [];
  readonly #position = new Map<string, number>();
  /** The keys `for…in` listed last time, in order, and where each one's value goes (-1: not wanted). */
  #seenKeys: string[] = [];
  #seenTargets: number[] = [];
  /** The wanted keys `for…in` did not list last time (absent, or not enumerable), as positions in `#keys`. */
  #unlisted: number[] = [];
  /** Set once a container turns out much larger than the wanted keys: then reading key by key is cheaper. */
  #keyByKey = false;

  constructor(source: number) {
    this.source = source;
  }

  add(key: string, target: number): void {
    // Until a container is seen, no key has been listed.
    this.#unlisted.push(this.#keys.length);
    this.#position.set(key, this.#keys.length);
    this.#keys.push(key);
    this.#targets.push(target);
  }

  /** Stores the own value of each wanted key of `container` (undefined when it has none) into `values`. */
  fill(container: unknown, values: unknown[]): void {
    if (!this.#keyByKey && typeof container === "object" && container !== null) {
      const proto: unknown = getPrototypeOf(container);
      if (proto === null || (proto === OBJECT_PROTOTYPE && !prototypeHasEnumerable())) {
        // The usual case: the same keys in the same order as last time (objects of one shape).
        const seenKeys = this.#seenKeys;
        const seenTargets = this.#seenTargets;
        let i = 0;
        let same = true;
        for (const key in container) {
          if (seenKeys[i] !== key) {
            same = false;
            break;
          }
          const target = seenTargets[i] as number;
          if (target >= 0) values[target] = (container as Record<string, unknown>)[key];
          i++;
        }
        if (same && i === seenKeys.length) {
          const unlisted = this.#unlisted;
          for (let j = 0; j < unlisted.length; j++) this.#readOne(container, unlisted[j] as number, values);
          return;
        }
        this.#learn(container, values);
        return;
      }
    }
    for (let j = 0; j < this.#keys.length; j++) this.#readOne(container, j, values);
  }

  /** Reads the wanted key at `position` with an own-property check. */
  #readOne(container: unknown, position: number, values: unknown[]): void {
    values[this.#targets[position] as number] = ownValue(container, this.#keys[position] as string);
  }

  /** `fill` for a container of a new shape: lists its keys again and remembers them. */
  #learn(container: object, values: unknown[]): void {
    const seenKeys: string[] = [];
    const seenTargets: number[] = [];
    const listed = new Array<boolean>(this.#keys.length).fill(false);
    for (const key in container) {
      const position = this.#position.get(key);
      seenKeys.push(key);
      if (position === undefined) {
        seenTargets.push(-1);
      } else {
        const target = this.#targets[position] as number;
        seenTargets.push(target);
        values[target] = (container as Record<string, unknown>)[key];
        listed[position] = true;
      }
    }
    const unlisted: number[] = [];
    for (let j = 0; j < listed.length; j++) {
      if (listed[j] === true) continue;
      unlisted.push(j);
      this.#readOne(container, j, values);
    }
    this.#seenKeys = seenKeys;
    this.#seenTargets = seenTargets;
    this.#unlisted = unlisted;
    if (seenKeys.length > 32 + 4 * this.#keys.length) this.#keyByKey = true;
  }
}

/**
 * The static `var` paths of one data scope (the rule's data, or the element
 * of an iterating operator), all read each time the scope is entered, each
 * container in one pass (see {@link Group}). Reads are pure and cannot
 * throw, so reading a path that a lazy branch would not have reached is
 * unobservable. A compiled rule never re-enters a scope while it is active
 * (closures form a tree and call no user code), so one values array per
 * scope suffices.
 */
class Scope {
  /** The own value at each registered path (undefined when absent), filled on entry. */
  readonly values: unknown[] = [];
  readonly #index = new Map<string, number>();
  /** In creation order, which fills every container before the group reading from it. */
  readonly #groups: Group[] = [];
  readonly #groupOf = new Map<number, Group>();

  /** The index in `values` of the value at `path`. */
  slot(path: readonly string[]): number {
    // Segments come from splitting on dots, so joining them back identifies the path.
    const id = path.join(".");
    const known = this.#index.get(id);
    if (known !== undefined) return known;
    const source = path.length === 1 ? -1 : this.slot(path.slice(0, -1));
    let group = this.#groupOf.get(source);
    if (group === undefined) {
      group = new Group(source);
      this.#groupOf.set(source, group);
      this.#groups.push(group);
    }
    const index = this.values.length;
    this.values.push(undefined);
    group.add(path[path.length - 1] as string, index);
    this.#index.set(id, index);
    return index;
  }

  /** Fills the values for the scope's data `d` (call after compiling the scope). */
  fill(d: unknown): void {
    const groups = this.#groups;
    const values = this.values;
    for (let i = 0; i < groups.length; i++) {
      const group = groups[i] as Group;
      group.fill(group.source < 0 ? d : values[group.source], values);
    }
  }

  /** Wraps the scope's entry point to fill the values first (call after compiling the scope). */
  enter<T>(body: (data: unknown) => T): (data: unknown) => T {
    const groups = this.#groups;
    const values = this.values;
    const n = groups.length;
    if (n === 0) return body;
    if (n === 1) {
      const only = groups[0] as Group;
      return (d) => {
        only.fill(d, values);
        return body(d);
      };
    }
    return (d) => {
      this.fill(d);
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
        return { fn: (d) => (test(d) ? a : b), kind, choice: { test, probe: (rest[0] as Node).probe, then: a, otherwise: b } };
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
  // The loops below fill the element scope themselves, one call fewer per element.
  const bare = truthyFn(logicNode);
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
        for (let i = 0; i < items.length; i++) {
          const item = items[i];
          elementScope.fill(item);
          if (bare(item)) n++;
        }
        return n;
      }, "number");
    case "all":
      return dynamic((d) => {
        const items = source(d);
        if (!Array.isArray(items) || items.length === 0) return false;
        for (let i = 0; i < items.length; i++) {
          const item = items[i];
          elementScope.fill(item);
          if (!bare(item)) return false;
        }
        return true;
      }, "boolean");
    case "none":
      return dynamic((d) => {
        const items = source(d);
        if (!Array.isArray(items)) return true;
        for (let i = 0; i < items.length; i++) {
          const item = items[i];
          elementScope.fill(item);
          if (bare(item)) return false;
        }
        return true;
      }, "boolean");
    case "some":
      return dynamic((d) => {
        const items = source(d);
        if (!Array.isArray(items)) return false;
        for (let i = 0; i < items.length; i++) {
          const item = items[i];
          elementScope.fill(item);
          if (bare(item)) return true;
        }
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
  const read: VarRead = { values: scope.values, index: scope.slot(splitVarPath(name)), notFound };
  return { fn: () => readVar(read), kind: "unknown", read };
}

/** A static `var`: its own value, read when the scope was entered, else `notFound`. */
interface VarRead {
  readonly values: readonly unknown[];
  readonly index: number;
  readonly notFound: unknown;
}

/** Module-level (not a closure) so the engine can inline it into the closures that call it. */
function readVar(read: VarRead): unknown {
  const v = read.values[read.index];
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
  if (read !== undefined && (operator === "==" || operator === "!=")) {
    const equals = looseEqualsLiteral(read, right);
    if (equals !== undefined) return operator === "==" ? equals : (d) => !equals(d);
  }
  if (read !== undefined) {
    switch (operator) {
      case "==":
        return () => (readVar(read) as number) == r;
      case "===":
        return () => readVar(read) === r;
      case "!=":
        return () => (readVar(read) as number) != r;
      case "!==":
        return () => readVar(read) !== r;
      case ">":
        return () => (readVar(read) as number) > r;
      case ">=":
        return () => (readVar(read) as number) >= r;
      case "<":
        return () => (readVar(read) as number) < r;
      case "<=":
        return () => (readVar(read) as number) <= r;
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

/**
 * `{"==": [{"var": …}, literal]}`: for a value of the literal's own type, `==` is `===`.
 * One closure per type, so each comparison site sees one type and stays cheap.
 */
function looseEqualsLiteral(read: VarRead, right: string | number | boolean | null): Fn | undefined {
  switch (typeof right) {
    case "boolean":
      return () => {
        const x = readVar(read);
        return typeof x === "boolean" ? x === right : looseEquals(x, right);
      };
    case "number":
      return () => {
        const x = readVar(read);
        return typeof x === "number" ? x === right : looseEquals(x, right);
      };
    case "string":
      return () => {
        const x = readVar(read);
        return typeof x === "string" ? x === right : looseEquals(x, right);
      };
    default:
      return undefined;
  }
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
      return {
        fn:
          operator === "<"
            ? () => {
                const x = readVar(read) as number;
                return lo < x && x < hi;
              }
            : () => {
                const x = readVar(read) as number;
                return lo <= x && x <= hi;
              },
        kind: "boolean",
        probe: { read, kind: operator === "<" ? 9 : 10, operand: lo, high: hi, items: [] },
      };
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
    if (n.kind === "number") return f as (data: unknown) => number;
    const read = n.read;
    if (read !== undefined) return () => toFloat(readVar(read));
    return (d: unknown) => toFloat(f(d));
  });
}

/** Specialised closures for the common shapes; undefined to use the generic eager closure. */
function specialise(operator: string, nodes: readonly Node[]): Node | undefined {
  const compare = COMPARISONS.get(operator);
  if (compare !== undefined && nodes.length === 2) {
    const [left, right] = nodes as [Node, Node];
    if (right.constant !== undefined) {
      const fn = compareWithLiteral(operator, left, right.constant.value);
      const probeKind = PROBE_KINDS.get(operator);
      if (fn !== undefined && left.read !== undefined && probeKind !== undefined) {
        const probe: Probe = { read: left.read, kind: probeKind, operand: right.constant.value, high: undefined, items: [] };
        return { fn, kind: "boolean", probe };
      }
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
        return {
          fn: negate ? () => !truthy(readVar(read)) : () => truthy(readVar(read)),
          kind: "boolean",
          probe: { read, kind: negate ? 11 : 12, operand: undefined, high: undefined, items: [] },
        };
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
        const probes = nodes.map((n) => n.choice?.probe ?? null);
        if (probes.some((p) => p !== null)) {
          // Tests that compare a `var` with a literal run here, without a call each.
          return dynamic((d) => {
            let total = 0;
            for (let i = 0; i < n; i++) {
              const probe = probes[i] as Probe | null;
              const hit = probe === null ? (tests[i] as (data: unknown) => boolean)(d) : runProbe(probe, readVar(probe.read));
              total += hit ? (thens[i] as number) : (elses[i] as number);
            }
            return total;
          }, "number");
        }
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
      const ra = left.read;
      const rb = right.read;
      if (operator === "*") {
        // toFloat even on numbers: json-logic-js parses -0 to +0 before multiplying, which flips signs.
        const factor = right.constant?.value;
        if (typeof factor === "number") {
          const y = toFloat(factor);
          if (ra !== undefined) return dynamic(() => toFloat(readVar(ra)) * y, "number");
          return dynamic((d) => toFloat(a(d)) * y, "number");
        }
        return dynamic((d) => toFloat(a(d)) * toFloat(b(d)), "number");
      }
      if (operator === "/") {
        if (ra !== undefined && rb !== undefined) return dynamic(() => (readVar(ra) as number) / (readVar(rb) as number), "number");
        if (rb !== undefined) return dynamic((d) => (a(d) as number) / (readVar(rb) as number), "number");
        return dynamic((d) => (a(d) as number) / (b(d) as number), "number");
      }
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

/** Literal lists up to this length are scanned (`===`) rather than put in a Set. */
const SCAN_LIMIT = 8;

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
    const read = (nodes[0] as Node).read;
    if (list.length <= SCAN_LIMIT) {
      // `indexOf` itself is a strict-equality scan; a short one is cheaper inline than a Set lookup.
      const items = list.slice();
      const n = items.length;
      if (read !== undefined) {
        return {
          fn: () => {
            const x = readVar(read);
            for (let i = 0; i < n; i++) if (items[i] === x) return true;
            return false;
          },
          kind: "boolean",
          probe: { read, kind: 0, operand: undefined, high: undefined, items },
        };
      }
      return dynamic((d) => {
        const x = needle(d);
        for (let i = 0; i < n; i++) if (items[i] === x) return true;
        return false;
      }, "boolean");
    }
    // For primitives other than NaN (which `literals` excludes), a Set gives indexOf's answers.
    const set = new Set<unknown>(list);
    if (read !== undefined) return dynamic(() => set.has(readVar(read)), "boolean");
    return dynamic((d) => set.has(needle(d)), "boolean");
  }
  const h = haystack.fn;
  return dynamic((d) => contains(needle(d), h(d)), "boolean");
}

