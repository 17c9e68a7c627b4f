// Labels of the service catalogue's codes (outputs, administrative levels), from messages.
import type { AdminLevel, AgencyKind, OutputKind } from "$lib/config/types.ts";
import { m } from "$lib/paraglide/messages.js";

const OUTPUT: Record<OutputKind, () => string> = {
  card: m.services_output_card,
  letter: m.services_output_letter,
  recommendation: m.services_output_recommendation,
  case: m.services_output_case,
};

const LEVEL: Record<AdminLevel, () => string> = {
  regency: m.services_level_regency,
  subdistrict: m.services_level_subdistrict,
  village: m.services_level_village,
};

export function outputLabel(output: string): string {
  return (OUTPUT as Record<string, () => string>)[output]?.() ?? output;
}

export function levelLabel(level: string): string {
  return (LEVEL as Record<string, () => string>)[level]?.() ?? level;
}

const AGENCY_KIND: Record<AgencyKind, () => string> = {
  "poverty-unit": m.agencies_kind_poverty_unit,
  "coordination-team": m.agencies_kind_coordination_team,
  "government-office": m.agencies_kind_government_office,
  "health-facility": m.agencies_kind_health_facility,
  school: m.agencies_kind_school,
  "training-centre": m.agencies_kind_training_centre,
  "national-agency": m.agencies_kind_national_agency,
  fund: m.agencies_kind_fund,
};

export function agencyKindLabel(kind: string): string {
  return (AGENCY_KIND as Record<string, () => string>)[kind]?.() ?? kind;
}
