/**
 * Node-only helpers: read a configuration from a JSON file or a folder.
 * Kept out of the main entry so it stays runnable on Workers.
 */
import { readFile, readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { type ConfigIssue, makeIssue } from "./validate/issues.ts";
import { childPointer } from "./validate/pointer.ts";

/** Outcome of {@link readConfigSource}. */
export type ReadConfigResult = { ok: true; value: unknown } | { ok: false; issues: ConfigIssue[] };

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split("\n");
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** Parses JSON, turning a syntax error into an issue with the file and, when V8 tells, line and column. */
export function parseJsonText(text: string, file: string, pointer: string): ReadConfigResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    let position: { line: number; column: number } | undefined;
    const lineCol = /line (\d+) column (\d+)/.exec(detail);
    const offset = /position (\d+)/.exec(detail);
    if (lineCol?.[1] !== undefined && lineCol[2] !== undefined) {
      position = { line: Number(lineCol[1]), column: Number(lineCol[2]) };
    } else if (offset?.[1] !== undefined) {
      position = lineColumn(text, Number(offset[1]));
    } else if (/end of (JSON )?input/i.test(detail)) {
      position = lineColumn(text, text.length);
    }
    const where = position === undefined ? file : `${file}:${position.line}:${position.column}`;
    const issue = makeIssue(pointer, "malformed_json", `${where}: malformed JSON: ${detail}`, `${where}: JSON tidak sah: ${detail}`);
    issue.source = { file, ...(position ?? {}) };
    return { ok: false, issues: [issue] };
  }
}

/**
 * Reads a configuration source without validating it:
 * - a `.json` file holding the whole configuration; or
 * - a folder whose `*.json` files each hold one top-level key, named after
 *   the file: `desks.json` holds the `desks` array, `meta.json` the `meta`
 *   object, `cardProgrammes.json` the `cardProgrammes` array, and so on.
 *   Other files (README.md…) and sub-folders are ignored.
 * Every malformed file is reported (with line and column), not just the first.
 *
 * @example
 * const read = await readConfigSource("tenants/sragen");
 * const result = read.ok ? validateConfig(read.value) : read;
 */
export async function readConfigSource(path: string): Promise<ReadConfigResult> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [makeIssue("", "unreadable_source", `Cannot read ${path}: ${detail}`, `Tidak dapat membaca ${path}: ${detail}`)],
    };
  }
  if (!isDirectory) return parseJsonText(await readFile(path, "utf8"), basename(path), "");

  const entries = (await readdir(path, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith(".json"))
    .map((entry) => entry.name)
    .sort();
  const value: Record<string, unknown> = {};
  const issues: ConfigIssue[] = [];
  for (const name of entries) {
    const key = name.slice(0, -".json".length);
    const parsed = parseJsonText(await readFile(join(path, name), "utf8"), name, childPointer("", key));
    if (parsed.ok) value[key] = parsed.value;
    else issues.push(...parsed.issues);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
}

/**
 * The file of a configuration folder that holds the value at `pointer`
 * (`/services/3/desk` → `services.json`), to show issues next to files.
 */
export function fileForPointer(pointer: string): string | undefined {
  const key = pointer.split("/")[1];
  return key === undefined || key === "" ? undefined : `${key.replaceAll("~1", "/").replaceAll("~0", "~")}.json`;
}
