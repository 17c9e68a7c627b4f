// The regency's configuration sections: their URL segment and the permission that makes them
// worth offering. Each screen lives in src/routes/t/[tenant]/config/<id>/ (until then the
// placeholder route config/[section] answers). Labels are in messages/regency/*.json.
import type { Permission } from "$lib/api/types.ts";

export const CONFIG_SECTIONS = [
  { id: "desks", permission: "config:edit" },
  { id: "services", permission: "config:edit" },
  { id: "programmes", permission: "config:edit" },
  { id: "survey", permission: "config:edit" },
  { id: "agencies", permission: "config:edit" },
  { id: "areas", permission: "areas:edit" },
  { id: "review", permission: "config:publish" },
  { id: "versions", permission: "config:read" },
  { id: "upstream", permission: "config:edit" },
] as const satisfies ReadonlyArray<{ id: string; permission: Permission }>;

export type ConfigSectionId = (typeof CONFIG_SECTIONS)[number]["id"];

/** The sections a user holding `permissions` is offered, in order. */
export function sectionsFor(permissions: ReadonlySet<Permission>) {
  return CONFIG_SECTIONS.filter((section) => permissions.has(section.permission));
}

/** The section with this URL segment, if any. */
export function findSection(id: string) {
  return CONFIG_SECTIONS.find((section) => section.id === id);
}

/** The path of a section of a regency. */
export function sectionPath(tenant: string, id: ConfigSectionId): string {
  return `/t/${tenant}/config/${id}`;
}
