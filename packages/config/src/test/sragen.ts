import { fileURLToPath } from "node:url";
import { readConfigSource } from "../node.ts";

/** The Sragen configuration folder, the reference tenant. */
export const SRAGEN_DIR = fileURLToPath(new URL("../../../../tenants/sragen", import.meta.url));

/** A fresh, mutable copy of Sragen's raw configuration (each test breaks its own). */
export async function loadSragen(): Promise<Record<string, unknown>> {
  const read = await readConfigSource(SRAGEN_DIR);
  if (!read.ok) throw new Error(read.issues.map((i) => i.message).join("\n"));
  const value = read.value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error("not an object");
  return structuredClone(value) as Record<string, unknown>;
}

/** Follows a JSON Pointer into a value (tests only: throws when the path does not exist). */
export function at(value: unknown, pointer: string): unknown {
  let current: unknown = value;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (typeof current !== "object" || current === null) throw new Error(`no ${pointer}`);
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Sets the value at a JSON Pointer (its parent must exist). */
export function setAt(value: unknown, pointer: string, next: unknown): void {
  const parts = pointer.split("/");
  const last = parts.pop();
  const parent = at(value, parts.join("/"));
  if (last === undefined || typeof parent !== "object" || parent === null) throw new Error(`no parent for ${pointer}`);
  (parent as Record<string, unknown>)[last] = next;
}

/** The array at `pointer`, as records (tests only). */
export function list(config: unknown, pointer: string): Record<string, unknown>[] {
  const value = at(config, pointer);
  if (!Array.isArray(value)) throw new Error(`${pointer} is not a list`);
  return value as Record<string, unknown>[];
}

/** The index of the element with `id` in the array at `pointer` (tests only). */
export function indexOf(config: unknown, pointer: string, id: string): number {
  const index = list(config, pointer).findIndex((element) => element.id === id);
  if (index < 0) throw new Error(`no ${id} in ${pointer}`);
  return index;
}
