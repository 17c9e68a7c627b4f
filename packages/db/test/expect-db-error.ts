import { expect } from "vitest";

/**
 * Expects a database error whose message, cause or constraint name matches.
 * drizzle wraps driver errors ("Failed query: …") and keeps the original as `cause`.
 */
export async function expectDbError(promise: Promise<unknown>, pattern: RegExp): Promise<void> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (error === undefined) throw new Error(`expected a database error matching ${pattern}, but it succeeded`);
  expect(describeError(error)).toMatch(pattern);
}

export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const parts = [error.message];
  if ("constraint" in error && typeof error.constraint === "string") parts.push(error.constraint);
  if (error.cause !== undefined) parts.push(describeError(error.cause));
  return parts.join(" | ");
}
