import type { LocalizedText } from "../schema/common.ts";

/**
 * Codes of configuration issues. Shape problems keep zod's issue codes
 * (`invalid_type`, `unrecognized_keys`, …); the rest are ours.
 */
/**
 * Codes meaning the input is not even shaped like a configuration (zod's codes, and
 * unreadable input). A draft with only other problems is well-formed and may be saved.
 */
export const SHAPE_ISSUE_CODES = [
  // shape (zod)
  "invalid_type",
  "unrecognized_keys",
  "invalid_union",
  "invalid_value",
  "invalid_format",
  "invalid_key",
  "invalid_element",
  "too_small",
  "too_big",
  "not_multiple_of",
  "custom",
  // sources
  "malformed_json",
  "unreadable_source",
] as const;

const SHAPE_CODE_SET: ReadonlySet<string> = new Set(SHAPE_ISSUE_CODES);

/**
 * Whether an issue is a shape problem rather than a broken reference or rule error.
 *
 * @example
 * validateConfig(input).issues.some(isShapeIssue) // → refuse with 400, save nothing
 */
export function isShapeIssue(issue: { code: string }): boolean {
  return SHAPE_CODE_SET.has(issue.code);
}

export const ISSUE_CODES = [
  ...SHAPE_ISSUE_CODES,
  // cross-references
  "unknown_reference",
  "duplicate_id",
  "duplicate_rank",
  "duplicate_order",
  "inconsistent_value",
  "area_code_mismatch",
  // rules
  "rule_unknown_operator",
  "rule_invalid_operation",
  "rule_too_deep",
  "rule_unknown_variable",
  "rule_dynamic_variable",
  "rule_unknown_value",
] as const;

/** A configuration issue code. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * One problem in a configuration.
 * - `path`: JSON Pointer (RFC 6901) of the offending value, e.g. `/services/3/desk`
 *   (the format JSON Patch uses); `""` is the whole document.
 * - `message`: English; `messages`: the same in Indonesian and English.
 * - `source`: the file (and position) the problem was found in, when reading files.
 */
export interface ConfigIssue {
  path: string;
  code: IssueCode;
  message: string;
  messages: LocalizedText;
  source?: { file: string; line?: number; column?: number };
}

/** Builds an issue; `en` becomes both `message` and `messages.en`. */
export function makeIssue(path: string, code: IssueCode, en: string, id: string): ConfigIssue {
  return { path, code, message: en, messages: { id, en } };
}
