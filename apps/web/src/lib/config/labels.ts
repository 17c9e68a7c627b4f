// Labels of the service catalogue's codes (outputs, administrative levels), from messages.
import type { AdminLevel, OutputKind } from "$lib/config/types.ts";
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
