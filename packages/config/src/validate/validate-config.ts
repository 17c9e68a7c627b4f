import { RegencyConfigSchema, type RegencyConfig } from "../schema/regency-config.ts";
import { crossReferenceIssues } from "./cross-references.ts";
import type { ConfigIssue } from "./issues.ts";
import { zodIssuesToConfigIssues } from "./zod-issues.ts";

/** Outcome of {@link validateConfig}. */
export type ValidationResult =
  | { ok: true; config: RegencyConfig; issues: [] }
  | { ok: false; issues: ConfigIssue[] };

/**
 * Validates a regency configuration and returns every problem at once: first
 * the shape (types, required and unknown fields); when the shape is right,
 * cross-references and rules. Paths are JSON Pointers.
 *
 * @example
 * const result = validateConfig(JSON.parse(text));
 * if (!result.ok) for (const issue of result.issues) console.log(issue.path, issue.message);
 */
export function validateConfig(input: unknown): ValidationResult {
  // zod 4 leaves the offending value out of its issues unless asked; without it a wrong type
  // would read as a missing field.
  const parsed = RegencyConfigSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: zodIssuesToConfigIssues(parsed.error.issues) };
  const issues = crossReferenceIssues(parsed.data);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, config: parsed.data, issues: [] };
}
