import { nextCounterValue, type Db } from "@satu-atap/db";

// Printed numbers of cards, letters and recommendations: `<PREFIX>-<year>-<000123>`, running
// per regency, prefix and year. The prefix is configuration data (a programme's or service's
// id), never a regency name in code: `saraswati` cards of 2026 are `SARASWATI-2026-000001`, …

/** The next number for a prefix in a year (the counter row stays locked until the transaction ends). */
export async function nextDocumentNumber(db: Db, tenantId: string, input: { kind: "card" | "letter" | "recommendation"; prefix: string; year: string }): Promise<string> {
  const value = await nextCounterValue(db, tenantId, `${input.kind}/${input.prefix}/${input.year}`);
  return `${input.prefix.toUpperCase()}-${input.year}-${String(value).padStart(6, "0")}`;
}
