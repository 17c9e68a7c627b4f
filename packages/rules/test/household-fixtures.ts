/**
 * Sragen's configuration and example households for the household, explain
 * and validate tests (tests only: reads files).
 */
import { fileURLToPath } from "node:url";
import { type HouseholdFacts, type PersonFacts, type RegencyConfig, validateConfig } from "@satu-atap/config";
import { readConfigSource } from "@satu-atap/config/node";
import type { AnswerValue } from "../src/household/index.ts";

/** The Sragen tenant folder. */
export const SRAGEN_DIR = fileURLToPath(new URL("../../../tenants/sragen", import.meta.url));

/** Sragen's validated configuration. */
export async function loadSragen(): Promise<RegencyConfig> {
  const read = await readConfigSource(SRAGEN_DIR);
  if (!read.ok) throw new Error(read.issues.map((i) => i.message).join("\n"));
  const result = validateConfig(read.value);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join("\n"));
  return result.config;
}

/** Answers that show no poverty sign on any Sragen criterion. */
export const NO_SIGN: Readonly<Record<string, AnswerValue>> = {
  floor_area_per_person: 20,
  floor_type: "tiles",
  wall_type: "plastered-brick",
  toilet: "private",
  electricity: "pln",
  water_source: "piped",
  cooking_fuel: "lpg",
  protein_per_week: 5,
  new_clothes_per_year: 3,
  meals_per_day: 3,
  can_afford_puskesmas: true,
  head_income: 2_000_000,
  head_education: "sma",
  has_saleable_asset: true,
  dependants: 1,
  chronic_illness: false,
  disability: false,
  head_age: 40,
  female_head: false,
  housing_tenure: "own",
};

/** Answers that show the poverty sign on every Sragen criterion. */
export const ALL_SIGNS: Readonly<Record<string, AnswerValue>> = {
  floor_area_per_person: 5,
  floor_type: "earth",
  wall_type: "bamboo",
  toilet: "none",
  electricity: "none",
  water_source: "river",
  cooking_fuel: "firewood",
  protein_per_week: 0,
  new_clothes_per_year: 0,
  meals_per_day: 1,
  can_afford_puskesmas: false,
  head_income: 300_000,
  head_education: "none",
  has_saleable_asset: false,
  dependants: 5,
  chronic_illness: true,
  disability: true,
  head_age: 65,
  female_head: true,
  housing_tenure: "rent",
};

/** Answers with the sign on exactly the first `n` criteria (in survey order). */
export function answersWithSigns(config: RegencyConfig, n: number): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  config.survey.criteria.forEach((criterion, i) => {
    const value = (i < n ? ALL_SIGNS : NO_SIGN)[criterion.id];
    if (value === undefined) throw new Error(`no fixture answer for ${criterion.id}`);
    answers[criterion.id] = value;
  });
  return answers;
}

/** A person with default facts. */
export function person(overrides: Partial<PersonFacts> = {}): PersonFacts {
  return {
    birthDate: "1975-03-01",
    sex: "male",
    relation: "head",
    schoolLevel: "none",
    educationCompleted: "SD",
    disability: "none",
    chronicIllness: false,
    working: true,
    gpa: null,
    socialProblem: null,
    ...overrides,
  };
}

/** A household outside the reference lists, without insurance, in a Masaran village. */
export function household(overrides: Partial<HouseholdFacts> = {}): HouseholdFacts {
  return {
    inReferenceList: false,
    referenceSource: null,
    hasNationalHealthInsurance: false,
    hasOtherHealthInsurance: false,
    villageCode: "33.14.03.2008",
    recentDeathDate: null,
    members: [person(), person({ relation: "child", birthDate: "2001-05-05", schoolLevel: "SMP", working: false })],
    ...overrides,
  };
}
