// Labels for values the API sends as codes (roles, statuses, sections), in the page's language.
// Message functions are listed explicitly rather than looked up by string, so a missing
// message is a type error, not a blank on the page.
import type { RoleId, TenantSummary } from "$lib/api/types.ts";
import type { ConfigSectionId } from "$lib/navigation.ts";
import { m } from "$lib/paraglide/messages.js";

const ROLE_LABELS: Record<RoleId, () => string> = {
  "province-admin": m.roles_province_admin,
  "district-admin": m.roles_district_admin,
  "desk-officer": m.roles_desk_officer,
  "subdistrict-officer": m.roles_subdistrict_officer,
  "field-verifier": m.roles_field_verifier,
  "agency-officer": m.roles_agency_officer,
};

export function roleLabel(role: RoleId): string {
  return ROLE_LABELS[role]();
}

const STATUS_LABELS: Record<TenantSummary["status"], () => string> = {
  onboarding: m.province_status_onboarding,
  active: m.province_status_active,
  archived: m.province_status_archived,
};

export function tenantStatusLabel(status: TenantSummary["status"]): string {
  return STATUS_LABELS[status]();
}

const SECTION_LABELS: Record<ConfigSectionId, { label: () => string; hint: () => string }> = {
  desks: { label: m.regency_section_desks, hint: m.regency_section_desks_hint },
  services: { label: m.regency_section_services, hint: m.regency_section_services_hint },
  programmes: { label: m.regency_section_programmes, hint: m.regency_section_programmes_hint },
  survey: { label: m.regency_section_survey, hint: m.regency_section_survey_hint },
  agencies: { label: m.regency_section_agencies, hint: m.regency_section_agencies_hint },
  areas: { label: m.regency_section_areas, hint: m.regency_section_areas_hint },
  review: { label: m.regency_section_review, hint: m.regency_section_review_hint },
  versions: { label: m.regency_section_versions, hint: m.regency_section_versions_hint },
  upstream: { label: m.regency_section_upstream, hint: m.regency_section_upstream_hint },
};

export function sectionLabel(id: ConfigSectionId): string {
  return SECTION_LABELS[id].label();
}

export function sectionHint(id: ConfigSectionId): string {
  return SECTION_LABELS[id].hint();
}
