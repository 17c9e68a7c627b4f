import type { z } from "zod";
import { type ConfigIssue, ISSUE_CODES, type IssueCode, makeIssue } from "./issues.ts";
import { childPointer, toPointer } from "./pointer.ts";

const TYPE_ID: Record<string, string> = {
  string: "teks",
  number: "angka",
  int: "bilangan bulat",
  boolean: "boolean",
  object: "objek",
  array: "larik",
  null: "null",
  undefined: "tidak ada",
};

function typeId(name: string): string {
  return TYPE_ID[name] ?? name;
}

function received(input: unknown): string {
  if (input === undefined) return "nothing";
  if (input === null) return "null";
  if (Array.isArray(input)) return "array";
  return typeof input;
}

function isIssueCode(code: string): code is IssueCode {
  const known: readonly string[] = ISSUE_CODES;
  return known.includes(code);
}

function codeOf(issue: z.core.$ZodIssue): IssueCode {
  return isIssueCode(issue.code) ? issue.code : "custom";
}

/** Indonesian text for a zod issue; English comes from zod (with a few clearer rewrites). */
function translate(issue: z.core.$ZodIssue): { en: string; id: string } {
  switch (issue.code) {
    case "invalid_type": {
      const got = received(issue.input);
      if (got === "nothing") {
        return { en: `Required field is missing (expected ${issue.expected})`, id: `Kolom wajib tidak ada (seharusnya ${typeId(issue.expected)})` };
      }
      return {
        en: `Expected ${issue.expected}, received ${got}`,
        id: `Seharusnya ${typeId(issue.expected)}, diterima ${typeId(got)}`,
      };
    }
    case "too_small":
      return {
        en: issue.message,
        id: `Terlalu kecil/pendek: minimum ${String(issue.minimum)}${issue.inclusive === false ? " (tidak termasuk)" : ""}`,
      };
    case "too_big":
      return {
        en: issue.message,
        id: `Terlalu besar/panjang: maksimum ${String(issue.maximum)}${issue.inclusive === false ? " (tidak termasuk)" : ""}`,
      };
    case "invalid_format":
      return { en: issue.message, id: `Format tidak sah (${issue.format === "regex" ? "pola" : issue.format}): ${issue.message}` };
    case "invalid_value": {
      const values = issue.values.map((v) => JSON.stringify(v)).join(", ");
      return { en: `Invalid value: expected one of ${values}`, id: `Nilai tidak sah: seharusnya salah satu dari ${values}` };
    }
    case "invalid_union":
      return { en: issue.message, id: "Nilai tidak cocok dengan satu pun bentuk yang diizinkan" };
    case "not_multiple_of":
      return { en: issue.message, id: `Harus kelipatan ${String(issue.divisor)}` };
    case "invalid_key":
      return { en: issue.message, id: "Kunci tidak sah" };
    case "invalid_element":
      return { en: issue.message, id: "Elemen tidak sah" };
    default:
      return { en: issue.message, id: issue.message };
  }
}

/**
 * Converts zod issues to configuration issues with JSON Pointers. An unknown
 * field becomes one issue per field, pointing at the field itself.
 */
export function zodIssuesToConfigIssues(issues: readonly z.core.$ZodIssue[]): ConfigIssue[] {
  return issues.flatMap((issue): ConfigIssue[] => {
    const pointer = toPointer(issue.path);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) =>
        makeIssue(childPointer(pointer, key), "unrecognized_keys", `Unknown field "${key}"`, `Kolom "${key}" tidak dikenal`),
      );
    }
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      // Report the problems of the branch that came closest (fewest issues) instead of a vague "invalid input".
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0];
      if (closest !== undefined && closest.length > 0) {
        return zodIssuesToConfigIssues(closest.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })));
      }
    }
    const text = translate(issue);
    return [makeIssue(pointer, codeOf(issue), text.en, text.id)];
  });
}
