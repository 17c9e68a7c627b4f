// JSON-logic ⇄ blocks for the visual rule builder. The builder shows a rule as blocks only when
// it is in the subset below, and converting back gives exactly the same JSON (so opening a rule
// and saving it changes nothing). Anything else stays JSON: `toBlocks` returns null and the
// editor keeps the rule's text untouched. Pure: unit-tested in blocks.test.ts.
//
// Supported subset:
//   {"<op>": [{"var": "<path>"}, <literal>]}   op ∈ == != < <= > >=, literal: string, number, boolean, null
//   {"in": [{"var": "<path>"}, [<string|number>, …]]}
//   {"!": {"var": "<path>"}}, {"!!": {"var": "<path>"}} (also with the operand in a one-item array)
//   {"and": [<block>, …]}, {"or": [<block>, …]} (at least one item), nested

export const COMPARISONS = ["==", "!=", "<", "<=", ">", ">="] as const;
export type Comparison = (typeof COMPARISONS)[number];
export type Operator = Comparison | "in" | "!" | "!!";
export type Literal = string | number | boolean | null;

export interface ConditionBlock {
  kind: "condition";
  path: string;
  op: Operator;
  /** The literal on the right: a list for `in`; unused (null) for `!` and `!!`. */
  value: Literal | Array<string | number>;
  /** `!`/`!!` written with its operand in a one-item array (`{"!": [{"var": "x"}]}`). */
  wrapped?: boolean;
}

export interface GroupBlock {
  kind: "group";
  /** `all` = `and`, `any` = `or`. */
  mode: "all" | "any";
  items: Block[];
}

export type Block = ConditionBlock | GroupBlock;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/** The single operator of a JSON-logic operation node, or undefined. */
function single(node: unknown): [string, unknown] | undefined {
  if (!isPlainObject(node)) return undefined;
  const keys = Object.keys(node);
  if (keys.length !== 1) return undefined;
  const key = keys[0] as string;
  return [key, node[key]];
}

/** The path of `{"var": "<path>"}` (a non-empty string, nothing else), or undefined. */
function varPath(node: unknown): string | undefined {
  const op = single(node);
  if (op === undefined || op[0] !== "var") return undefined;
  return typeof op[1] === "string" && op[1] !== "" ? op[1] : undefined;
}

function isLiteral(value: unknown): value is Literal {
  return value === null || typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));
}

function isListItem(value: unknown): value is string | number {
  return typeof value === "string" || (typeof value === "number" && Number.isFinite(value));
}

const MAX_DEPTH = 32;

/**
 * The blocks of a rule, or null when the rule is outside the builder's subset (the editor then
 * shows the JSON, unchanged).
 *
 * @example
 * toBlocks({ "<": [{ var: "answers.floor_area_per_person" }, 8] })
 * // { kind: "condition", path: "answers.floor_area_per_person", op: "<", value: 8 }
 */
export function toBlocks(rule: unknown, depth = 0): Block | null {
  if (depth > MAX_DEPTH) return null;
  const op = single(rule);
  if (op === undefined) return null;
  const [operator, args] = op;
  if (operator === "and" || operator === "or") {
    if (!Array.isArray(args) || args.length === 0) return null;
    const items: Block[] = [];
    for (const arg of args) {
      const block = toBlocks(arg, depth + 1);
      if (block === null) return null;
      items.push(block);
    }
    return { kind: "group", mode: operator === "and" ? "all" : "any", items };
  }
  if (operator === "!" || operator === "!!") {
    const wrapped = Array.isArray(args);
    if (wrapped && args.length !== 1) return null;
    const path = varPath(wrapped ? args[0] : args);
    if (path === undefined) return null;
    return { kind: "condition", path, op: operator, value: null, ...(wrapped ? { wrapped: true } : {}) };
  }
  if ((COMPARISONS as readonly string[]).includes(operator) || operator === "in") {
    if (!Array.isArray(args) || args.length !== 2) return null;
    const path = varPath(args[0]);
    if (path === undefined) return null;
    const right: unknown = args[1];
    if (operator === "in") {
      if (!Array.isArray(right) || !right.every(isListItem)) return null;
      return { kind: "condition", path, op: "in", value: [...right] };
    }
    if (!isLiteral(right)) return null;
    return { kind: "condition", path, op: operator as Comparison, value: right };
  }
  return null;
}

/**
 * The JSON-logic rule of blocks (the inverse of {@link toBlocks}).
 *
 * @example
 * fromBlocks({ kind: "group", mode: "any", items: [{ kind: "condition", path: "answers.x", op: "!", value: null }] })
 * // { or: [{ "!": { var: "answers.x" } }] }
 */
export function fromBlocks(block: Block): Json {
  if (block.kind === "group") return { [block.mode === "all" ? "and" : "or"]: block.items.map(fromBlocks) };
  const variable = { var: block.path };
  if (block.op === "!" || block.op === "!!") return { [block.op]: block.wrapped === true ? [variable] : variable };
  if (block.op === "in") return { in: [variable, Array.isArray(block.value) ? [...block.value] : []] };
  return { [block.op]: [variable, Array.isArray(block.value) ? null : block.value] };
}

/** Every `var` path the blocks read, in order, once each. */
export function blockPaths(block: Block, out: string[] = []): string[] {
  if (block.kind === "group") {
    for (const item of block.items) blockPaths(item, out);
  } else if (!out.includes(block.path)) {
    out.push(block.path);
  }
  return out;
}

/** Every `var` path a JSON-logic rule reads (any shape), in order, once each. */
export function rulePaths(rule: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 64) return out;
  if (Array.isArray(rule)) {
    for (const item of rule) rulePaths(item, out, depth + 1);
    return out;
  }
  const op = single(rule);
  if (op === undefined) return out;
  if (op[0] === "var") {
    const first = Array.isArray(op[1]) ? op[1][0] : op[1];
    if (typeof first === "string" && first !== "" && !out.includes(first)) out.push(first);
    else if (typeof first === "object") rulePaths(first, out, depth + 1);
    return out;
  }
  rulePaths(op[1], out, depth + 1);
  return out;
}

/** The JSON text a rule is posted as (two-space indentation, like the raw view shows it). */
export function ruleText(rule: unknown): string {
  return rule === undefined ? "" : JSON.stringify(rule, null, 2);
}

/** A rule's JSON text parsed: the rule, or an error when it is not JSON. Empty text: no rule. */
export function parseRuleText(text: string): { ok: true; rule: unknown } | { ok: false } {
  if (text.trim() === "") return { ok: true, rule: undefined };
  try {
    return { ok: true, rule: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

// --- editing helpers (immutable: each returns a new tree) -------------------------------------

/** An index path into nested groups: [] is the root, [2, 0] the first item of the third. */
export type BlockPath = readonly number[];

export function blockAt(root: Block, at: BlockPath): Block | undefined {
  let node: Block | undefined = root;
  for (const i of at) {
    if (node === undefined || node.kind !== "group") return undefined;
    node = node.items[i];
  }
  return node;
}

/** Replaces the block at `at` with `f(block)`. */
export function updateAt(root: Block, at: BlockPath, f: (block: Block) => Block): Block {
  if (at.length === 0) return f(root);
  if (root.kind !== "group") return root;
  const [head, ...rest] = at as [number, ...number[]];
  return { ...root, items: root.items.map((item, i) => (i === head ? updateAt(item, rest, f) : item)) };
}

/** Removes the block at `at` (never the root; a group keeps at least one item). */
export function removeAt(root: Block, at: BlockPath): Block {
  if (at.length === 0) return root;
  const parent = at.slice(0, -1);
  const index = at[at.length - 1] as number;
  return updateAt(root, parent, (group) =>
    group.kind === "group" && group.items.length > 1 ? { ...group, items: group.items.filter((_, i) => i !== index) } : group,
  );
}

/** Moves the block at `at` by `delta` places among its siblings. */
export function moveAt(root: Block, at: BlockPath, delta: -1 | 1): Block {
  if (at.length === 0) return root;
  const parent = at.slice(0, -1);
  const index = at[at.length - 1] as number;
  return updateAt(root, parent, (group) => {
    if (group.kind !== "group") return group;
    const target = index + delta;
    if (target < 0 || target >= group.items.length) return group;
    const items = [...group.items];
    const [moved] = items.splice(index, 1);
    items.splice(target, 0, moved as Block);
    return { ...group, items };
  });
}

/** Adds `block` at the end of the group at `at`; on a condition, wraps root and new block in an "all" group. */
export function appendAt(root: Block, at: BlockPath, block: Block): Block {
  const target = blockAt(root, at);
  if (target === undefined) return root;
  if (target.kind === "group") return updateAt(root, at, (g) => (g.kind === "group" ? { ...g, items: [...g.items, block] } : g));
  return updateAt(root, at, (c) => ({ kind: "group", mode: "all", items: [c, block] }));
}
