/**
 * Shared by the conformance, compat and differential tests: every evaluation
 * path under test, the reference, the location of the shared conformance
 * data, and an equality that tells -0 from 0 and NaN from NaN.
 */
import { fileURLToPath } from "node:url";
import jsonLogic from "json-logic-js";
import { compile, compileUncached, evaluate } from "../src/index.ts";
import { compileToJs } from "../src/compile/codegen.ts";

/**
 * The public JSON-logic conformance suites, vendored beside the tests (copied from the
 * team's `shared/conformance`, sources in its README) so `npm test` passes in any clone.
 */
export const CONFORMANCE_DIR = fileURLToPath(new URL("./conformance/", import.meta.url));

/** json-logic-js 2.0.5 itself, the reference. */
export function reference(rule: unknown, data: unknown): unknown {
  return jsonLogic.apply(rule as jsonLogic.RulesLogic, data);
}

export interface EvaluationPath {
  readonly name: string;
  readonly run: (rule: unknown, data: unknown) => unknown;
}

/** Our evaluation paths (the SQL path is tested separately). */
export const OUR_PATHS: readonly EvaluationPath[] = [
  { name: "evaluate", run: (rule, data) => evaluate(rule, data) },
  { name: "compile", run: (rule, data) => compile(rule)(data) },
  { name: "compileUncached", run: (rule, data) => compileUncached(rule)(data) },
  { name: "compileToJs", run: (rule, data) => compileToJs(rule)(data) },
];

/** Deep equality with `Object.is` on leaves (so -0 ≠ 0 and NaN = NaN), as a test oracle. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => Object.hasOwn(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** The outcome of running a path: its value, or the fact that it threw. */
export type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

export function outcome(run: () => unknown): Outcome {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Same value, or both threw. */
export function sameOutcome(a: Outcome, b: Outcome): boolean {
  if (a.ok && b.ok) return sameValue(a.value, b.value);
  return !a.ok && !b.ok;
}

/** A short printable form of a value (JSON with -0, NaN, undefined spelled out). */
export function show(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "number" && (Object.is(value, -0) || !Number.isFinite(value))) {
    return Object.is(value, -0) ? "-0" : String(value);
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
