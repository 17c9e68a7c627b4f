import type { LocalizedText } from "@satu-atap/config";
import { type LabelEntry, type LabelMap, type RuleLabels, labelMap } from "./labels.ts";
import { operationOf } from "../rule-shape.ts";

/** Words in both languages, built side by side. */
type Words = LocalizedText;

/** Whether a node is read as a statement (true/false) or as a value. */
export type DescribeMode = "condition" | "value";
type Mode = DescribeMode;

/** State of one description: labels of the current data scope, and budgets against huge rules. */
interface Context {
  readonly root: LabelMap;
  /** Labels of the element inside `map`/`filter`/…; undefined outside, or when unknown. */
  readonly element: LabelMap | undefined;
  readonly inElement: boolean;
  readonly budget: { nodes: number };
  /** Labels of string values the rule returns (e.g. category ids of a classification rule). */
  readonly results: Readonly<Record<string, LocalizedText>> | undefined;
}

/** Beyond these, the words are cut with "…": explanations are for rules people wrote, not for hostile ones. */
const MAX_DEPTH = 64;
const MAX_NODES = 2000;

const ELLIPSIS: Words = { id: "…", en: "…" };


function varName(args: readonly unknown[]): string | undefined {
  const first = args[0];
  if (first === undefined || first === null) return "";
  if (typeof first === "string") return first;
  if (typeof first === "number") return String(first);
  return undefined;
}

/**
 * Lower-cases the first letter of a label used inside a sentence, unless the
 * first word looks like an acronym ("PLN", "IPK").
 */
export function lowerFirst(text: string): string {
  const first = text.charAt(0);
  const second = text.charAt(1);
  if (first === "" || second === "" || second !== second.toLowerCase()) return text;
  return first.toLowerCase() + text.slice(1);
}

/** Upper-cases the first letter of a sentence. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A number as people read it: Indonesian groups thousands with "." and uses
 * "," for decimals, English the other way round. Small numbers (years,
 * thresholds) are not grouped.
 *
 * @example
 * formatNumber(600000) // { id: "600.000", en: "600,000" }
 */
export function formatNumber(value: number): Words {
  if (!Number.isFinite(value)) return { id: String(value), en: String(value) };
  const negative = value < 0;
  const [whole = "0", fraction] = String(Math.abs(value)).split(".");
  const group = (sep: string): string =>
    Math.abs(value) >= 10000 && !whole.includes("e") ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep) : whole;
  const sign = negative ? "−" : "";
  return {
    id: `${sign}${group(".")}${fraction === undefined ? "" : `,${fraction}`}`,
    en: `${sign}${group(",")}${fraction === undefined ? "" : `.${fraction}`}`,
  };
}

const YES: Words = { id: "ya", en: "yes" };
const NO: Words = { id: "tidak", en: "no" };

function clipText(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/** Words of a literal, with the value labels of the field it is compared with. */
function literalWords(value: unknown, field: LabelEntry | undefined): Words {
  if (value === null) return { id: "kosong", en: "empty" };
  if (typeof value === "boolean") return value ? YES : NO;
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "string") {
    const values = field?.values;
    // Own keys only: an option id like "constructor" must not find Object's constructor.
    const label = values !== undefined && Object.hasOwn(values, value) ? values[value] : undefined;
    if (label !== undefined) return label;
    const quoted = JSON.stringify(clipText(value));
    return { id: quoted, en: quoted };
  }
  if (Array.isArray(value)) {
    const items = value.slice(0, 20).map((v) => literalWords(v, field));
    const more = value.length > 20 ? ", …" : "";
    return { id: `(${items.map((w) => w.id).join(", ")}${more})`, en: `(${items.map((w) => w.en).join(", ")}${more})` };
  }
  return { id: "{…}", en: "{…}" };
}

/**
 * "a, b dan c" / "a, b and c". When a part has commas of its own (a list of
 * options), parts are separated by ";" so the sentence stays unambiguous.
 */
function joinList(items: readonly Words[], id: string, en: string): Words {
  const join = (parts: readonly string[], word: string): string => {
    if (parts.length <= 1) return parts[0] ?? "";
    const separator = parts.some((part) => part.includes(",")) ? ";" : ",";
    const last = parts.at(-1) ?? "";
    if (parts.length === 2) return `${parts[0] ?? ""}${separator === ";" ? ";" : ""} ${word} ${last}`;
    return `${parts.slice(0, -1).join(`${separator} `)}${separator === ";" ? ";" : ""} ${word} ${last}`;
  };
  return { id: join(items.map((w) => w.id), id), en: join(items.map((w) => w.en), en) };
}

function map2(a: Words, f: (text: string, lang: "id" | "en") => string): Words {
  return { id: f(a.id, "id"), en: f(a.en, "en") };
}

function paren(words: Words): Words {
  return map2(words, (t) => `(${t})`);
}

const COMPOUND: ReadonlySet<string> = new Set(["and", "or", "if", "?:"]);
const ARITHMETIC_INFIX: ReadonlySet<string> = new Set(["+", "-", "*", "/"]);

/** The label entry of a `var` node, in the current scope. */
function fieldOf(node: unknown, ctx: Context): LabelEntry | undefined {
  const operation = operationOf(node);
  if (operation === undefined || operation.operator !== "var") return undefined;
  const name = varName(operation.args);
  if (name === undefined) return undefined;
  return (ctx.inElement ? ctx.element : ctx.root)?.get(name);
}

/** Words of an operand, wrapped in parentheses when it is itself a compound statement. */
function operand(node: unknown, ctx: Context, depth: number, mode: Mode, wrap: ReadonlySet<string> = COMPOUND): Words {
  const words = describe(node, ctx, depth + 1, mode);
  const operation = operationOf(node);
  return operation !== undefined && wrap.has(operation.operator) ? paren(words) : words;
}

/** An operand compared with `other`: a literal gets `other`'s value labels. */
function compared(node: unknown, other: unknown, ctx: Context, depth: number): Words {
  if (operationOf(node) === undefined && !Array.isArray(node)) return literalWords(node, fieldOf(other, ctx));
  return operand(node, ctx, depth, "value", new Set([...COMPOUND, ...ARITHMETIC_INFIX]));
}

/** The element labels of the array an iterating operator walks. */
function elementLabels(source: unknown, ctx: Context): LabelMap | undefined {
  let node = source;
  for (let step = 0; step < MAX_DEPTH; step++) {
    const operation = operationOf(node);
    if (operation === undefined) return undefined;
    if (operation.operator === "filter") {
      node = operation.args[0];
      continue;
    }
    return fieldOf(node, ctx)?.items;
  }
  return undefined;
}

function booleanStatement(subject: Words, value: boolean): Words {
  const answer = value ? YES : NO;
  return { id: `${subject.id}: ${answer.id}`, en: `${subject.en}: ${answer.en}` };
}

function describe(node: unknown, ctx: Context, depth: number, mode: Mode): Words {
  ctx.budget.nodes += 1;
  if (depth > MAX_DEPTH || ctx.budget.nodes > MAX_NODES) return ELLIPSIS;
  const operation = operationOf(node);
  if (operation === undefined) {
    if (typeof node === "object" && node !== null && !Array.isArray(node)) return { id: "{…}", en: "{…}" };
    if (Array.isArray(node) && node.some((item) => operationOf(item) !== undefined)) {
      const items = node.slice(0, 20).map((item) => describe(item, ctx, depth + 1, "value"));
      return { id: `(${items.map((w) => w.id).join(", ")})`, en: `(${items.map((w) => w.en).join(", ")})` };
    }
    return literalWords(node, ctx.results === undefined ? undefined : { label: ELLIPSIS, values: ctx.results });
  }
  const { operator, args } = operation;
  const a0 = args[0];
  const a1 = args[1];
  const a2 = args[2];
  const value = (node2: unknown): Words => operand(node2, ctx, depth, "value", new Set([...COMPOUND, ...ARITHMETIC_INFIX]));
  const condition = (node2: unknown): Words => operand(node2, ctx, depth, "condition");

  switch (operator) {
    case "var": {
      const name = varName(args);
      if (name === undefined) return { id: "nilai variabel yang dihitung", en: "a computed variable" };
      const entry = fieldOf(node, ctx);
      const label: Words =
        entry !== undefined
          ? map2(entry.label, (t) => lowerFirst(t))
          : name === ""
            ? { id: "elemen", en: "the element" }
            : { id: name, en: name };
      return mode === "condition" ? booleanStatement(label, true) : label;
    }
    case "==":
    case "===":
    case "!=":
    case "!==": {
      const negated = operator === "!=" || operator === "!==";
      const [subject, literal] = typeof a0 === "boolean" ? [a1, a0] : [a0, a1];
      if (typeof literal === "boolean" && typeof subject !== "boolean") {
        return booleanStatement(value(subject), negated ? !literal : literal);
      }
      const left = compared(a0, a1, ctx, depth);
      const right = compared(a1, a0, ctx, depth);
      return negated
        ? { id: `${left.id} bukan ${right.id}`, en: `${left.en} is not ${right.en}` }
        : { id: `${left.id} adalah ${right.id}`, en: `${left.en} is ${right.en}` };
    }
    case "<":
    case "<=":
    case ">":
    case ">=": {
      if (args.length === 3 && (operator === "<" || operator === "<=")) {
        const low = compared(a0, a1, ctx, depth);
        const mid = compared(a1, a0, ctx, depth);
        const high = compared(a2, a1, ctx, depth);
        return operator === "<"
          ? { id: `${mid.id} di antara ${low.id} dan ${high.id} (tidak termasuk batas)`, en: `${mid.en} is between ${low.en} and ${high.en} (exclusive)` }
          : { id: `${mid.id} di antara ${low.id} dan ${high.id} (termasuk batas)`, en: `${mid.en} is between ${low.en} and ${high.en} (inclusive)` };
      }
      const left = compared(a0, a1, ctx, depth);
      const right = compared(a1, a0, ctx, depth);
      const words: Record<string, Words> = {
        "<": { id: "kurang dari", en: "is less than" },
        "<=": { id: "paling banyak", en: "is at most" },
        ">": { id: "lebih dari", en: "is more than" },
        ">=": { id: "paling sedikit", en: "is at least" },
      };
      const verb = words[operator] ?? { id: operator, en: operator };
      return { id: `${left.id} ${verb.id} ${right.id}`, en: `${left.en} ${verb.en} ${right.en}` };
    }
    case "in": {
      const subject = value(a0);
      if (Array.isArray(a1) && !a1.some((item) => operationOf(item) !== undefined)) {
        const field = fieldOf(a0, ctx);
        const items = a1.slice(0, 30).map((item) => literalWords(item, field));
        if (a1.length > 30) items.push(ELLIPSIS);
        if (items.length === 1 && items[0] !== undefined) {
          return { id: `${subject.id} adalah ${items[0].id}`, en: `${subject.en} is ${items[0].en}` };
        }
        const list = joinList(items, "atau", "or");
        return { id: `${subject.id} adalah salah satu dari ${list.id}`, en: `${subject.en} is one of ${list.en}` };
      }
      const container = compared(a1, a0, ctx, depth);
      return { id: `${subject.id} terdapat dalam ${container.id}`, en: `${subject.en} is in ${container.en}` };
    }
    case "and":
    case "or": {
      const parts = args.slice(0, 50).map((arg) => condition(arg));
      if (args.length > 50) parts.push(ELLIPSIS);
      return operator === "and" ? joinList(parts, "dan", "and") : joinList(parts, "atau", "or");
    }
    case "!": {
      if (operationOf(a0)?.operator === "var") return booleanStatement(value(a0), false);
      const inner = describe(a0, ctx, depth + 1, "condition");
      return { id: `tidak benar bahwa ${inner.id}`, en: `it is not the case that ${inner.en}` };
    }
    case "!!": {
      if (operationOf(a0)?.operator === "var") {
        const subject = value(a0);
        return { id: `${subject.id} ada (tidak kosong)`, en: `${subject.en} is present (not empty)` };
      }
      const inner = describe(a0, ctx, depth + 1, "condition");
      return { id: `${inner.id} bernilai benar`, en: `${inner.en} holds` };
    }
    case "if":
    case "?:": {
      if (args.length === 1) return describe(a0, ctx, depth + 1, mode);
      const branches: Words[] = [];
      let i = 0;
      for (; i < args.length - 1 && i < 60; i += 2) {
        const test = condition(args[i]);
        const then = operand(args[i + 1], ctx, depth, mode);
        branches.push(
          i === 0
            ? { id: `jika ${test.id} maka ${then.id}`, en: `if ${test.en} then ${then.en}` }
            : { id: `jika tidak, jika ${test.id} maka ${then.id}`, en: `else if ${test.en} then ${then.en}` },
        );
      }
      if (i === args.length - 1) {
        const otherwise = operand(args[i], ctx, depth, mode);
        branches.push({ id: `selain itu ${otherwise.id}`, en: `otherwise ${otherwise.en}` });
      }
      return { id: branches.map((b) => b.id).join("; "), en: branches.map((b) => b.en).join("; ") };
    }
    case "+":
    case "*": {
      if (args.length === 1) {
        const only = value(a0);
        return operator === "+" ? { id: `${only.id} sebagai angka`, en: `${only.en} as a number` } : only;
      }
      const parts = args.slice(0, 50).map((arg) => value(arg));
      const sign = operator === "+" ? " + " : " × ";
      return { id: parts.map((p) => p.id).join(sign), en: parts.map((p) => p.en).join(sign) };
    }
    case "-": {
      if (args.length === 1) return map2(value(a0), (t) => `−${t}`);
      const left = value(a0);
      const right = value(a1);
      return { id: `${left.id} − ${right.id}`, en: `${left.en} − ${right.en}` };
    }
    case "/": {
      const left = value(a0);
      const right = value(a1);
      return { id: `${left.id} ÷ ${right.id}`, en: `${left.en} ÷ ${right.en}` };
    }
    case "%": {
      const left = value(a0);
      const right = value(a1);
      return { id: `sisa ${left.id} dibagi ${right.id}`, en: `${left.en} modulo ${right.en}` };
    }
    case "min":
    case "max": {
      const list = joinList(args.slice(0, 50).map((arg) => value(arg)), "dan", "and");
      return operator === "min"
        ? { id: `nilai terkecil dari ${list.id}`, en: `the smallest of ${list.en}` }
        : { id: `nilai terbesar dari ${list.id}`, en: `the largest of ${list.en}` };
    }
    case "age": {
      const from = value(a0);
      const on = value(a1);
      return { id: `umur (dari ${from.id}, pada ${on.id})`, en: `age (from ${from.en}, on ${on.en})` };
    }
    case "months_between": {
      const from = value(a0);
      const to = value(a1);
      return { id: `jumlah bulan penuh dari ${from.id} sampai ${to.id}`, en: `whole months from ${from.en} to ${to.en}` };
    }
    case "count":
    case "filter":
    case "map":
    case "all":
    case "none":
    case "some": {
      const source = value(a0);
      if (operator === "count" && args.length < 2) return { id: `jumlah ${source.id}`, en: `the number of ${source.en}` };
      const inner: Context = { ...ctx, element: elementLabels(a0, ctx), inElement: true };
      const test = operand(a1, inner, depth, operator === "map" ? "value" : "condition");
      switch (operator) {
        case "count":
          return { id: `jumlah ${source.id} yang memenuhi: ${test.id}`, en: `the number of ${source.en} for which ${test.en}` };
        case "filter":
          return { id: `${source.id} yang memenuhi: ${test.id}`, en: `${source.en} for which ${test.en}` };
        case "map":
          return { id: `${test.id} untuk setiap ${source.id}`, en: `${test.en} for each of ${source.en}` };
        case "all":
          return { id: `semua ${source.id} memenuhi: ${test.id}`, en: `all of ${source.en} satisfy: ${test.en}` };
        case "none":
          return { id: `tidak ada ${source.id} yang memenuhi: ${test.id}`, en: `none of ${source.en} satisfies: ${test.en}` };
        default:
          return { id: `ada ${source.id} yang memenuhi: ${test.id}`, en: `at least one of ${source.en} satisfies: ${test.en}` };
      }
    }
    case "cat": {
      const list = joinList(args.slice(0, 50).map((arg) => value(arg)), "dan", "and");
      return { id: `gabungan teks ${list.id}`, en: `the text of ${list.en} joined` };
    }
    case "substr": {
      const text = value(a0);
      const start = value(a1);
      return args.length > 2
        ? { id: `bagian teks ${text.id} mulai posisi ${start.id}, panjang ${value(a2).id}`, en: `part of ${text.en} from position ${start.en}, length ${value(a2).en}` }
        : { id: `bagian teks ${text.id} mulai posisi ${start.id}`, en: `part of ${text.en} from position ${start.en}` };
    }
    case "merge": {
      const list = joinList(args.slice(0, 50).map((arg) => value(arg)), "dan", "and");
      return { id: `gabungan daftar ${list.id}`, en: `the lists ${list.en} combined` };
    }
    case "missing":
    case "missing_some": {
      const listed = operator === "missing_some" ? a1 : args.length === 1 && Array.isArray(a0) ? a0 : args;
      const names = Array.isArray(listed)
        ? joinList(
            listed.slice(0, 30).map((name) => {
              const entry = typeof name === "string" ? ctx.root.get(name) : undefined;
              return entry !== undefined ? map2(entry.label, lowerFirst) : literalWords(name, undefined);
            }),
            "dan",
            "and",
          )
        : value(listed);
      if (operator === "missing") return { id: `data yang belum diisi di antara ${names.id}`, en: `which of ${names.en} are missing` };
      const need = value(a0);
      return {
        id: `data yang belum diisi di antara ${names.id} (perlu paling sedikit ${need.id})`,
        en: `which of ${names.en} are missing (at least ${need.en} needed)`,
      };
    }
    default: {
      const parts = args.slice(0, 50).map((arg) => value(arg));
      const name = clipText(operator);
      return { id: `${name}(${parts.map((p) => p.id).join(", ")})`, en: `${name}(${parts.map((p) => p.en).join(", ")})` };
    }
  }
}

/** Options of {@link describeRule}. */
export interface DescribeOptions {
  /** Labels of string values the rule returns, e.g. category ids for a classification rule. */
  readonly results?: Readonly<Record<string, LocalizedText>>;
}

/**
 * The condition a rule states, in words a citizen can read: Indonesian (`id`)
 * and English (`en`), generated from the rule itself, with field names from
 * `labels` (e.g. `readableFields(scope, config)`, or `ruleLabels(config)` from
 * the household module, which also names answer options, categories and tiers).
 * A variable without a label is shown by its path. Handles comparisons
 * (including the "between" form of `<`/`<=`), `in`, `and`/`or`/`!`/`!!`,
 * `if`, arithmetic, `age`, `months_between`, `count` and the array
 * operators; anything else reads as `op(arg, …)`. The rule `true` reads
 * "Selalu" / "Always".
 *
 * @example
 * describeRule(
 *   { "<": [{ var: "answers.floor_area_per_person" }, 8] },
 *   { "answers.floor_area_per_person": { id: "Luas lantai per orang", en: "Floor area per person" } },
 * )
 * // { id: "Luas lantai per orang kurang dari 8", en: "Floor area per person is less than 8" }
 */
export function describeRule(rule: unknown, labels?: RuleLabels, options?: DescribeOptions): LocalizedText {
  return describeNode(rule, labelMap(labels), { mode: "condition", ...(options?.results === undefined ? {} : { results: options.results }) });
}

/** How {@link describeNode} reads a node. */
export interface NodeOptions {
  /** `condition`: a statement (a bare variable reads "X: ya"); `value`: a value (the variable's label). */
  readonly mode: DescribeMode;
  /** The node the described literal is compared with: a `var` whose value labels name the literal. */
  readonly comparedWith?: unknown;
  /** True inside an array operator, where names are relative to the element. */
  readonly inElement?: boolean;
  /** With `inElement`: the array operator's first argument, whose element labels name the fields. */
  readonly elementOf?: unknown;
  readonly results?: Readonly<Record<string, LocalizedText>>;
}

/**
 * {@link describeRule} on labels already in lookup form, for one node of a larger rule (used by the trace).
 *
 * @example
 * describeNode("earth", labelMap(labels), { mode: "value", comparedWith: { var: "answers.floor_type" } }).id // "Tanah"
 */
export function describeNode(rule: unknown, labels: LabelMap, options: NodeOptions): LocalizedText {
  const outer: Context = { root: labels, element: undefined, inElement: false, budget: { nodes: 0 }, results: options.results };
  const ctx: Context =
    options.inElement === true
      ? { ...outer, inElement: true, element: options.elementOf === undefined ? undefined : elementLabels(options.elementOf, outer) }
      : outer;
  if (options.mode === "condition" && typeof rule === "boolean") {
    return rule ? { id: "Selalu", en: "Always" } : { id: "Tidak pernah", en: "Never" };
  }
  const words =
    options.comparedWith !== undefined && operationOf(rule) === undefined && !Array.isArray(rule)
      ? literalWords(rule, fieldOf(options.comparedWith, ctx))
      : describe(rule, ctx, 0, options.mode);
  return { id: upperFirst(words.id), en: upperFirst(words.en) };
}
