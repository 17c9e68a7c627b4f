// Client-side checks of configuration fields, as the user types: the same constraints as the
// configuration schema (packages/config/src/schema/), so most mistakes show before saving. The
// API checks everything again on save. Each check returns a message, or null when the value is fine.
import { m } from "$lib/paraglide/messages.js";

/** Same as ID_PATTERN in packages/config/src/schema/common.ts. */
export const ID_PATTERN = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/;
/** The same pattern as an HTML `pattern` attribute (anchored by the browser). */
export const ID_PATTERN_ATTRIBUTE = "[a-z][a-z0-9]*(?:[\\-_][a-z0-9]+)*";

export type Check = (value: string) => string | null;

export const required: Check = (value) => (value.trim() === "" ? m.desks_check_required() : null);

export const identifier: Check = (value) => {
  if (value.trim() === "") return m.desks_check_required();
  if (value.length > 64 || !ID_PATTERN.test(value)) return m.desks_check_id();
  return null;
};

export const positiveInteger: Check = (value) => {
  if (value.trim() === "") return m.desks_check_required();
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? null : m.desks_check_positive_integer();
};

export const colour: Check = (value) => (/^#[0-9a-fA-F]{6}$/.test(value) ? null : m.desks_check_colour());

/** An id that is not taken yet by another entry of the list. */
export function newIdentifier(taken: readonly string[]): Check {
  return (value) => identifier(value) ?? (taken.includes(value) ? m.desks_check_id_taken() : null);
}

/** A text of at most `max` characters (may be empty). */
export function maxLength(max: number): Check {
  return (value) => (value.length > max ? m.desks_check_max_length({ max }) : null);
}
