import type { ReadableField } from "../rules/readable-fields.ts";
import { type VarFrame, walkRule } from "../rules/rule-walk.ts";
import { type ConfigIssue, makeIssue } from "./issues.ts";
import { childPointer } from "./pointer.ts";

/** Result of resolving a variable name: the field, `"any"` when unknowable, or undefined when not readable. */
type Resolved = ReadableField | "any" | undefined;

/** Resolves a dotted path, allowing numeric indexes into array fields (`household.members.0.sex`). */
function resolvePath(fields: readonly ReadableField[], path: string): Resolved {
  const exact = fields.find((f) => f.path === path);
  if (exact !== undefined) return exact;
  for (const field of fields) {
    if (field.type !== "array" || !path.startsWith(`${field.path}.`)) continue;
    const rest = path.slice(field.path.length + 1);
    const match = /^(\d+)(?:\.(.+))?$/.exec(rest);
    if (match === null) continue;
    const inner = match[2];
    if (inner === undefined) return "any";
    return field.items === undefined ? "any" : resolvePath(field.items, inner);
  }
  return undefined;
}

/** Element fields of the array an iterating operator walks, when statically known. */
function elementFields(array: unknown, frame: VarFrame, context: readonly ReadableField[]): readonly ReadableField[] | undefined {
  if (typeof array !== "object" || array === null || Array.isArray(array)) return undefined;
  const entries = Object.entries(array);
  const [entry] = entries;
  if (entries.length !== 1 || entry === undefined) return undefined;
  const [operator, raw] = entry;
  const args: readonly unknown[] = Array.isArray(raw) ? raw : [raw];
  if (operator === "filter") return elementFields(args[0], frame, context);
  if (operator !== "var") return undefined;
  const name = args[0];
  if (typeof name !== "string") return undefined;
  const field = resolveIn(name, frame, context);
  return typeof field === "object" && field.type === "array" ? field.items : undefined;
}

/** Resolves a variable in its frame. */
function resolveIn(name: string, frame: VarFrame, context: readonly ReadableField[]): Resolved {
  switch (frame.kind) {
    case "context":
      return name === "" ? undefined : resolvePath(context, name);
    case "element": {
      const items = elementFields(frame.array, frame.parent, context);
      if (items === undefined || name === "") return "any";
      return resolvePath(items, name);
    }
    case "reduce": {
      if (name === "" || name === "accumulator" || name.startsWith("accumulator.") || name === "current") return "any";
      if (!name.startsWith("current.")) return undefined;
      const items = elementFields(frame.array, frame.parent, context);
      return items === undefined ? "any" : resolvePath(items, name.slice("current.".length));
    }
  }
}

function describeFrame(frame: VarFrame): { en: string; id: string } {
  switch (frame.kind) {
    case "context":
      return { en: "this rule", id: "aturan ini" };
    case "element":
      return { en: "the array element", id: "elemen larik" };
    case "reduce":
      return { en: "reduce (current/accumulator)", id: "reduce (current/accumulator)" };
  }
}

function varNameOf(node: unknown): string | undefined {
  if (typeof node !== "object" || node === null || Array.isArray(node)) return undefined;
  const entries = Object.entries(node);
  const [entry] = entries;
  if (entries.length !== 1 || entry === undefined || entry[0] !== "var") return undefined;
  const arg: unknown = Array.isArray(entry[1]) ? entry[1][0] : entry[1];
  return typeof arg === "string" ? arg : undefined;
}

/**
 * Checks one rule: known operators, one key per operation, depth, and that
 * every variable is a field of `fields` (the rule's scope). String literals
 * compared to a field with a closed list of values must be one of them.
 * Returns every problem found, with pointers under `pointer`.
 */
export function checkRule(rule: unknown, pointer: string, fields: readonly ReadableField[]): ConfigIssue[] {
  const issues: ConfigIssue[] = [];

  const checkLiteral = (name: string, frame: VarFrame, literal: unknown, at: string): void => {
    if (typeof literal !== "string") return;
    const field = resolveIn(name, frame, fields);
    if (typeof field !== "object" || field.values === undefined || field.values.includes(literal)) return;
    issues.push(
      makeIssue(
        at,
        "rule_unknown_value",
        `"${literal}" is not a value of "${name}" (expected one of: ${field.values.join(", ")})`,
        `"${literal}" bukan nilai dari "${name}" (yang diharapkan salah satu dari: ${field.values.join(", ")})`,
      ),
    );
  };

  walkRule(
    rule,
    {
      variable(name, at, frame) {
        if (resolveIn(name, frame, fields) !== undefined) return;
        const where = describeFrame(frame);
        issues.push(
          name === ""
            ? makeIssue(
                at,
                "rule_unknown_variable",
                `The empty variable name reads the whole data; it is only allowed inside map/filter/all/none/some/count`,
                `Nama variabel kosong membaca seluruh data; hanya boleh di dalam map/filter/all/none/some/count`,
              )
            : makeIssue(
                at,
                "rule_unknown_variable",
                `Variable "${name}" cannot be read by ${where.en}`,
                `Variabel "${name}" tidak dapat dibaca oleh ${where.id}`,
              ),
        );
      },
      operation(operator, args, at, frame) {
        const opAt = childPointer(at, operator);
        if (["==", "===", "!=", "!=="].includes(operator) && args.length === 2) {
          const [left, right] = args;
          const leftName = varNameOf(left);
          const rightName = varNameOf(right);
          if (leftName !== undefined) checkLiteral(leftName, frame, right, childPointer(opAt, 1));
          if (rightName !== undefined) checkLiteral(rightName, frame, left, childPointer(opAt, 0));
        }
        if (operator === "in" && args.length === 2) {
          const name = varNameOf(args[0]);
          const list = args[1];
          if (name !== undefined && Array.isArray(list)) {
            list.forEach((item, j) => checkLiteral(name, frame, item, childPointer(opAt, 1, j)));
          }
        }
      },
      problem(problem) {
        switch (problem.code) {
          case "rule_unknown_operator":
            issues.push(
              makeIssue(
                problem.pointer,
                problem.code,
                `Unknown rule operator "${problem.detail}"`,
                `Operator aturan "${problem.detail}" tidak dikenal`,
              ),
            );
            break;
          case "rule_invalid_operation": {
            const found =
              problem.detail === ""
                ? { en: "an empty object", id: "objek kosong" }
                : { en: `an object with keys ${problem.detail}`, id: `objek dengan kunci ${problem.detail}` };
            issues.push(
              makeIssue(
                problem.pointer,
                problem.code,
                `An operation must be an object with exactly one key, the operator; found ${found.en}`,
                `Sebuah operasi harus berupa objek dengan tepat satu kunci (operator); ditemukan ${found.id}`,
              ),
            );
            break;
          }
          case "rule_too_deep":
            issues.push(
              makeIssue(
                problem.pointer,
                problem.code,
                `The rule is nested ${problem.detail}`,
                `Aturan bersarang terlalu dalam (lebih dari 64 tingkat)`,
              ),
            );
            break;
          case "rule_dynamic_variable":
            issues.push(
              makeIssue(
                problem.pointer,
                problem.code,
                "A variable name must be written literally (a string), so it can be checked",
                "Nama variabel harus ditulis langsung (string) agar dapat diperiksa",
              ),
            );
            break;
        }
      },
    },
    pointer,
  );
  return issues;
}

/**
 * Checks that every string a rule can return (through `if`/`?:` branches) is
 * one of `allowed`; used for the classification rule, which returns a
 * category id. Computed results cannot be checked and are accepted.
 */
export function checkRuleResults(
  rule: unknown,
  pointer: string,
  allowed: readonly string[],
  what: { en: string; id: string },
): ConfigIssue[] {
  if (typeof rule === "string") {
    return allowed.includes(rule)
      ? []
      : [
          makeIssue(
            pointer,
            "rule_unknown_value",
            `The rule returns "${rule}", which is not a ${what.en} (expected one of: ${allowed.join(", ")})`,
            `Aturan menghasilkan "${rule}", yang bukan ${what.id} (yang diharapkan salah satu dari: ${allowed.join(", ")})`,
          ),
        ];
  }
  if (typeof rule !== "object" || rule === null || Array.isArray(rule)) return [];
  const entries = Object.entries(rule);
  const [entry] = entries;
  if (entries.length !== 1 || entry === undefined) return [];
  const [operator, raw] = entry;
  if ((operator !== "if" && operator !== "?:") || !Array.isArray(raw)) return [];
  const args: readonly unknown[] = raw;
  const issues: ConfigIssue[] = [];
  args.forEach((arg, i) => {
    const isThen = i % 2 === 1;
    const isElse = i === args.length - 1 && args.length % 2 === 1;
    if (isThen || isElse) issues.push(...checkRuleResults(arg, childPointer(pointer, operator, i), allowed, what));
  });
  return issues;
}
