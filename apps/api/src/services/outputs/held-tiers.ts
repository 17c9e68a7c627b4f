import type { Case } from "@satu-atap/db";
import type { TenantServiceContext } from "../context.ts";

// The tiers a household already holds (its active cards), which rules read as `holds.<programme>`
// (e.g. "a child of a Saraswati Melati holder qualifies for Sintawati"). The outputs module
// gives it its body; until then nobody holds anything.

/** The tier held per card programme by the case's household (active cards only). */
export async function heldTiersOf(_args: { ctx: TenantServiceContext; input: { caseRow: Case } }): Promise<Record<string, string | null>> {
  return {};
}
