// The draft's remaining problems (from the API, after each save) as form errors next to the
// inputs whose names are their paths (`/survey/criteria/3/weight` → `survey/criteria/3/weight`).
import type { FormErrors } from "$lib/api/errors.ts";

export interface DraftProblemLike {
  path: string;
  messages: { id: string; en: string };
}

/** Problems under `prefix` (a JSON Pointer) as FormErrors by input name; undefined when none. */
export function problemErrors(problems: readonly DraftProblemLike[], locale: "id" | "en", prefix: string): FormErrors | undefined {
  const fields: Record<string, string[]> = {};
  for (const problem of problems) {
    if (problem.path !== prefix && !problem.path.startsWith(`${prefix}/`)) continue;
    const name = problem.path.replace(/^\//, "");
    (fields[name] ??= []).push(problem.messages[locale]);
  }
  return Object.keys(fields).length === 0 ? undefined : { code: "DRAFT_PROBLEMS", form: null, fields, requestId: null };
}

/** Errors of a refused save first, then the draft's problems, per field. */
export function mergeErrors(...all: Array<FormErrors | undefined>): FormErrors | undefined {
  const present = all.filter((e): e is FormErrors => e !== undefined);
  const [first] = present;
  if (first === undefined) return undefined;
  const fields: Record<string, string[]> = {};
  for (const errors of present) {
    for (const [name, messages] of Object.entries(errors.fields)) fields[name] = [...(fields[name] ?? []), ...messages];
  }
  return { ...first, fields };
}

/** The input name of the field a path names, for a nearest match: a problem on `…/options/2` shows on that option's id. */
export function nearestField(name: string, names: readonly string[]): string | undefined {
  let candidate = name;
  while (candidate !== "") {
    if (names.includes(candidate)) return candidate;
    const cut = candidate.lastIndexOf("/");
    if (cut === -1) return undefined;
    candidate = candidate.slice(0, cut);
  }
  return undefined;
}
