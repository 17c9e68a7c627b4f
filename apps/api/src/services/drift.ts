import { diffConfigs } from "@satu-atap/config";

/**
 * Top-level sections of a configuration that are a regency's own by nature, so they are not
 * counted as drift from its template: `meta` (who it is: name, code, province, unit, its own
 * legal acts, time zone), `areas` (its territory) and `testHouseholds` (sample households set
 * in its own villages, whose expected results follow the rules that are counted). Cloning
 * already changes the first two, and a clone must point its test households at its own
 * villages before it can publish.
 */
export const REGENCY_OWN_SECTIONS = ["meta", "areas", "testHouseholds"] as const;

/** True for a JSON Pointer (or identity path) inside one of {@link REGENCY_OWN_SECTIONS}. */
export function isRegencyOwnPath(path: string): boolean {
  const section = path.split("/")[1]?.replace(/\[.*$/, "");
  return REGENCY_OWN_SECTIONS.some((own) => own === section);
}

function withoutOwnSections(content: unknown): unknown {
  if (typeof content !== "object" || content === null || Array.isArray(content)) return content;
  const rest: Record<string, unknown> = { ...content };
  for (const section of REGENCY_OWN_SECTIONS) delete rest[section];
  return rest;
}

/**
 * How far a regency's configuration departs from its template's: the number of identity
 * paths that differ (`diffConfigs`: array elements matched by `id`/`code`, so reordering is no
 * change; a rule or a localized text counts once), outside {@link REGENCY_OWN_SECTIONS}.
 *
 * @example
 * countDrift(wonogiriV2, sragenV3); // 2: a criterion's weight changed, a service added
 */
export function countDrift(regency: unknown, template: unknown): number {
  return diffConfigs(withoutOwnSections(template), withoutOwnSections(regency), { withoutLabels: true }).length;
}
