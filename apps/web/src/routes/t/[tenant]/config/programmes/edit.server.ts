// Server side of the card programmes editor: find the programme/tier a URL names, read posted
// fields, and turn "before → after" into the few JSON Patch operations that changed.
import { error, fail } from "@sveltejs/kit";
import { localFormErrors } from "$lib/api/errors.ts";
import { m } from "$lib/paraglide/messages.js";
import type { PatchOperation } from "$lib/server/draft.ts";
import { programmesOf, type CardProgramme, type Tier } from "./model.ts";

type Json = unknown;

function isPlainObject(value: Json): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && deepEqual(a[key], b[key]));
  }
  return false;
}

function pointerSegment(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/**
 * Appends to `ops` what turns `before` into `after` at `path`: `replace` on the leaves that
 * changed, `add`/`remove` for object keys; arrays of another length are replaced whole.
 */
export function diffOps(before: Json, after: Json, path: string, ops: PatchOperation[]): PatchOperation[] {
  if (deepEqual(before, after)) return ops;
  if (isPlainObject(before) && isPlainObject(after)) {
    for (const key of Object.keys(before)) if (!(key in after)) ops.push({ op: "remove", path: `${path}/${pointerSegment(key)}` });
    for (const [key, value] of Object.entries(after)) {
      if (!(key in before)) ops.push({ op: "add", path: `${path}/${pointerSegment(key)}`, value });
      else diffOps(before[key], value, `${path}/${pointerSegment(key)}`, ops);
    }
    return ops;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    before.forEach((item, i) => diffOps(item, after[i], `${path}/${i}`, ops));
    return ops;
  }
  ops.push({ op: "replace", path, value: after });
  return ops;
}

/** The programme a URL names, with its index, or a 404. */
export function findProgramme(content: Record<string, unknown>, id: string): { programme: CardProgramme; index: number } {
  const programmes = programmesOf(content);
  const index = programmes.findIndex((programme) => programme.id === id);
  const programme = programmes[index];
  if (programme === undefined) error(404, { message: m.common_error_not_found() });
  return { programme, index };
}

/** The tier a URL names, with its index, or a 404. */
export function findTier(programme: CardProgramme, id: string): { tier: Tier; index: number } {
  const index = programme.tiers.findIndex((tier) => tier.id === id);
  const tier = programme.tiers[index];
  if (tier === undefined) error(404, { message: m.common_error_not_found() });
  return { tier, index };
}

/**
 * Reads a posted form: `text(name)`, `all(name)` (checkbox groups), and checks that collect
 * messages by field name. `values` echoes what was posted (a checkbox group joined with
 * commas), so a refused form shows what the user typed.
 */
export function postedForm(form: FormData) {
  const errors: Record<string, string> = {};
  const values: Record<string, string> = {};
  for (const key of new Set(form.keys())) {
    values[key] = form
      .getAll(key)
      .map((value) => (typeof value === "string" ? value : ""))
      .join(",");
  }
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    values,
    errors,
    text,
    all: (name: string) => form.getAll(name).filter((value): value is string => typeof value === "string"),
    check(name: string, check: (value: string) => string | null): string {
      const value = text(name);
      const problem = check(value);
      if (problem !== null && errors[name] === undefined) errors[name] = problem;
      return value.trim();
    },
    fail() {
      return Object.keys(errors).length > 0 ? fail(400, { errors: localFormErrors(errors), values }) : null;
    },
    addError(name: string, message: string) {
      errors[name] ??= message;
    },
  };
}

/** A localized text from `<name>/id` and `<name>/en`, both required. */
export function localizedFrom(posted: ReturnType<typeof postedForm>, name: string, check: (value: string) => string | null) {
  return { id: posted.check(`${name}/id`, check), en: posted.check(`${name}/en`, check) };
}

/** One of `options`, else the first (a select cannot post anything else without tampering). */
export function oneOf<T extends string>(value: string, options: readonly T[]): T {
  return (options as readonly string[]).includes(value) ? (value as T) : options[0]!;
}

/** A refused save with a message at the top of the form (e.g. nothing changed is not one). */
export function formFailure(message: string, values: Record<string, string> = {}) {
  return fail(400, { errors: { code: "VALIDATION_FAILED", form: message, fields: {}, requestId: null }, values });
}
