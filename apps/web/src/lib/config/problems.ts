// The draft's `problems` (JSON Pointers into the draft) and the API's refusals, next to the
// input they name: `/services/3/validity/days` → input `services/3/validity/days`; a path
// deeper than any input (`/services/3/requiredDocuments/1`) goes to the nearest one above it.
import type { FormErrors } from "$lib/api/errors.ts";

export interface Problem {
  path: string;
  message: string;
  messages: { id: string; en: string };
}

/** The nearest of `fields` at or above `field` (both without a leading slash), if any. */
export function nearestField(field: string, fields: readonly string[]): string | undefined {
  let candidate = field;
  for (;;) {
    if (fields.includes(candidate)) return candidate;
    const slash = candidate.lastIndexOf("/");
    if (slash === -1) return undefined;
    candidate = candidate.slice(0, slash);
  }
}

/**
 * The problems whose path starts with `prefix` (e.g. `/services/3`), as form errors on
 * `fields`; the rest that fall under the prefix but name no field go to `form`.
 */
export function problemErrors(problems: readonly Problem[], locale: "id" | "en", prefix: string, fields: readonly string[]): FormErrors | undefined {
  const mine = problems.filter((problem) => problem.path === prefix || problem.path.startsWith(`${prefix}/`));
  if (mine.length === 0) return undefined;
  const byField: Record<string, string[]> = {};
  const other: string[] = [];
  for (const problem of mine) {
    const text = problem.messages[locale];
    const field = nearestField(problem.path.replace(/^\//, ""), fields);
    if (field === undefined) other.push(text);
    else (byField[field] ??= []).push(text);
  }
  return { code: "PROBLEMS", form: other.length > 0 ? other.join(" ") : null, fields: byField, requestId: null };
}

/** Errors after a refused save, moved to the nearest input when the API names a deeper path. */
export function remapErrors(errors: FormErrors | undefined, fields: readonly string[]): FormErrors | undefined {
  if (errors === undefined) return undefined;
  const byField: Record<string, string[]> = {};
  const other: string[] = errors.form ? [errors.form] : [];
  for (const [name, texts] of Object.entries(errors.fields)) {
    const field = nearestField(name, fields);
    if (field === undefined) other.push(...texts);
    else byField[field] = [...(byField[field] ?? []), ...texts];
  }
  return { ...errors, form: other.length > 0 ? [...new Set(other)].join(" ") : null, fields: byField };
}

/** Both sets of errors on the same fields (the refusal's first). */
export function mergeErrors(...sets: Array<FormErrors | undefined>): FormErrors | undefined {
  const present = sets.filter((set): set is FormErrors => set !== undefined);
  if (present.length === 0) return undefined;
  const fields: Record<string, string[]> = {};
  for (const set of present) for (const [name, texts] of Object.entries(set.fields)) fields[name] = [...new Set([...(fields[name] ?? []), ...texts])];
  const forms = present.map((set) => set.form).filter((form): form is string => form !== null);
  return { code: present[0]!.code, form: forms.length > 0 ? forms.join(" ") : null, fields, requestId: present[0]!.requestId };
}
