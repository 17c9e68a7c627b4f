import type { RegencyConfig } from "@satu-atap/config";
import { todayIn } from "../calendar.ts";

// Outputs are valid on calendar days of the regency (what a card or letter prints), not on
// instants: "valid 30 days" from 1 March is 1–30 March inclusive, in the regency's time zone.

/** Today (`YYYY-MM-DD`) in the regency's time zone at `now`. */
export function regencyToday(config: RegencyConfig, now: Date): string {
  return todayIn(config.meta.timezone, now);
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** The validity of an output starting `from`: `days` days inclusive, or open-ended without a configured validity. */
export function validityFrom(from: string, validity: { days: number } | undefined): { validFrom: string; validUntil: string | null } {
  return { validFrom: from, validUntil: validity === undefined ? null : addDays(from, validity.days - 1) };
}

/**
 * The status as read today: a stored `active` past its last valid day is `expired`. The row
 * keeps `active` (nothing sweeps the tables at midnight); every reader goes through this.
 */
export function statusOn<S extends string>(stored: S, validUntil: string | null, today: string): S | "expired" {
  return stored === "active" && validUntil !== null && validUntil < today ? "expired" : stored;
}
