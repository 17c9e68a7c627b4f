// The card programmes editor's shared pieces (server and browser): the shapes it edits (as
// packages/config/src/schema/card-programmes.ts and benefits.ts define them), the checks shown
// as the user types, and the draft's problems mapped onto the fields whose path they name.
import type { FormErrors } from "$lib/api/errors.ts";
import { m } from "$lib/paraglide/messages.js";

export type Locale = "id" | "en";
export interface LocalizedText {
  id: string;
  en: string;
}

export const SECTORS = ["health", "education", "social"] as const;
export const HOLDERS = ["household", "person"] as const;
export const ADMIN_LEVELS = ["regency", "subdistrict", "village"] as const;
export const CARE_LEVELS = ["PPK-I", "PPK-II", "PPK-III"] as const;
export const CARE_SETTINGS = ["outpatient", "inpatient"] as const;
export const ROOM_CLASSES = ["I", "II", "III"] as const;
export const SCHOOL_LEVELS = ["SD", "SMP", "SMA", "SMK"] as const;
export const SCHOOL_ITEMS = ["entry-fee", "tuition", "bp3", "uniform", "books"] as const;
export const BENEFIT_KINDS = ["care-access", "haemodialysis", "cost-relief", "school-items", "fee-exemption", "cash"] as const;

export type Sector = (typeof SECTORS)[number];
export type Holder = (typeof HOLDERS)[number];
export type AdminLevel = (typeof ADMIN_LEVELS)[number];

export type CareLevel = (typeof CARE_LEVELS)[number];
export type CareSetting = (typeof CARE_SETTINGS)[number];
export type RoomClass = (typeof ROOM_CLASSES)[number];
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];
export type SchoolItemId = (typeof SCHOOL_ITEMS)[number];
export type BenefitKind = (typeof BENEFIT_KINDS)[number];

export type SchoolItem =
  | { item: "entry-fee" | "tuition" | "bp3" }
  | { item: "uniform"; sets?: number }
  | { item: "books"; complete: boolean };

export type Benefit =
  | { kind: "care-access"; level: CareLevel; settings: CareSetting[]; roomClass?: RoomClass; facility?: LocalizedText; cost: "free" }
  | { kind: "haemodialysis"; limit: "unlimited" | { perYear: number }; cost: "free" }
  | {
      kind: "cost-relief";
      amountRupiah: number;
      maxTimesPerYear: number;
      appliesTo: { level: CareLevel; setting: CareSetting; roomClass?: RoomClass; facility?: LocalizedText };
    }
  | { kind: "school-items"; schoolLevels: SchoolLevel[]; items: SchoolItem[] }
  | { kind: "fee-exemption"; schoolLevels: SchoolLevel[] }
  | { kind: "cash"; amountRupiah: number; per: Holder; maxTimesPerYear?: number };

export interface Tier {
  id: string;
  rank: number;
  label: LocalizedText;
  colour: string;
  colourName: LocalizedText;
  description: LocalizedText;
  qualification: unknown;
  issuance: { issuedBy: AdminLevel; proposedBy?: AdminLevel };
  benefits: Benefit[];
}

export interface CardProgramme {
  id: string;
  label: LocalizedText;
  description: LocalizedText;
  sector: Sector;
  holder: Holder;
  tiers: Tier[];
}

export interface DraftProblem {
  path: string;
  code: string;
  message: string;
  messages: LocalizedText;
}

/** The draft's card programmes (an empty list when the draft has none yet). */
export function programmesOf(content: Record<string, unknown>): CardProgramme[] {
  const list = content["cardProgrammes"];
  return Array.isArray(list) ? (list as CardProgramme[]) : [];
}

/** The tiers by rank (1 first), with their index in the draft. */
export function tiersByRank(programme: CardProgramme): Array<{ tier: Tier; index: number }> {
  return programme.tiers.map((tier, index) => ({ tier, index })).sort((a, b) => a.tier.rank - b.tier.rank || a.index - b.index);
}

/** A new benefit of `kind` with the smallest sensible settings, for the user to adjust. */
export function newBenefit(kind: BenefitKind): Benefit {
  switch (kind) {
    case "care-access":
      return { kind, level: "PPK-I", settings: ["outpatient"], cost: "free" };
    case "haemodialysis":
      return { kind, limit: { perYear: 1 }, cost: "free" };
    case "cost-relief":
      return { kind, amountRupiah: 0, maxTimesPerYear: 1, appliesTo: { level: "PPK-II", setting: "inpatient" } };
    case "school-items":
      return { kind, schoolLevels: ["SD"], items: [{ item: "entry-fee" }] };
    case "fee-exemption":
      return { kind, schoolLevels: ["SD"] };
    case "cash":
      return { kind, amountRupiah: 0, per: "household" };
  }
}

// Checks shown as the user types (and repeated by the form actions): null when fine.

export const ID_PATTERN = "^[a-z][a-z0-9]*(?:[\\-_][a-z0-9]+)*$";
export const COLOUR_PATTERN = "^#[0-9a-fA-F]{6}$";

export function checkRequired(value: string): string | null {
  return value.trim() === "" ? m.programmes_error_required() : null;
}

export function checkId(value: string): string | null {
  if (value.trim() === "") return m.programmes_error_required();
  return new RegExp(ID_PATTERN).test(value) && value.length <= 64 ? null : m.programmes_error_id();
}

export function checkColour(value: string): string | null {
  return new RegExp(COLOUR_PATTERN).test(value) ? null : m.programmes_error_colour();
}

/** A whole number of at least `min`; empty is fine when `optional`. */
export function checkWhole(min: number, optional = false) {
  return (value: string): string | null => {
    const text = value.trim();
    if (text === "") return optional ? null : m.programmes_error_required();
    if (!/^-?\d+$/.test(text)) return m.programmes_error_whole();
    return Number(text) < min ? m.programmes_error_min({ min: String(min) }) : null;
  };
}

/**
 * The draft's problems as form errors: each on the field its JSON Pointer names
 * (`/cardProgrammes/0/tiers/1/rank` → field `cardProgrammes/0/tiers/1/rank`), in the page's
 * language.
 */
export function problemErrors(problems: readonly DraftProblem[], locale: Locale): FormErrors {
  const fields: Record<string, string[]> = {};
  for (const problem of problems) {
    const list = (fields[problem.path.replace(/^\//, "")] ??= []);
    const text = problem.messages[locale];
    if (!list.includes(text)) list.push(text);
  }
  return { code: "DRAFT_PROBLEMS", form: null, fields, requestId: null };
}

/** The problems at or under `prefix` (a JSON Pointer). */
export function problemsUnder(problems: readonly DraftProblem[], prefix: string): DraftProblem[] {
  return problems.filter((problem) => problem.path === prefix || problem.path.startsWith(`${prefix}/`));
}

/** Errors from a refused save first, then the draft's problems, field by field. */
export function mergeErrors(first: FormErrors | undefined, second: FormErrors): FormErrors {
  if (first === undefined) return second;
  const fields: Record<string, string[]> = { ...second.fields };
  for (const [name, list] of Object.entries(first.fields)) fields[name] = [...list, ...(fields[name] ?? [])];
  return { ...first, fields };
}

// Codes → labels (every label from messages).

export function sectorLabel(sector: Sector): string {
  return { health: m.programmes_sector_health, education: m.programmes_sector_education, social: m.programmes_sector_social }[sector]();
}
export function holderLabel(holder: Holder): string {
  return { household: m.programmes_holder_household, person: m.programmes_holder_person }[holder]();
}
export function levelLabel(level: AdminLevel): string {
  return { regency: m.programmes_level_regency, subdistrict: m.programmes_level_subdistrict, village: m.programmes_level_village }[level]();
}
export function kindLabel(kind: BenefitKind): string {
  return {
    "care-access": m.programmes_kind_care_access,
    haemodialysis: m.programmes_kind_haemodialysis,
    "cost-relief": m.programmes_kind_cost_relief,
    "school-items": m.programmes_kind_school_items,
    "fee-exemption": m.programmes_kind_fee_exemption,
    cash: m.programmes_kind_cash,
  }[kind]();
}
export function careLevelLabel(level: CareLevel): string {
  return { "PPK-I": m.programmes_care_level_1, "PPK-II": m.programmes_care_level_2, "PPK-III": m.programmes_care_level_3 }[level]();
}
export function settingLabel(setting: CareSetting): string {
  return { outpatient: m.programmes_setting_outpatient, inpatient: m.programmes_setting_inpatient }[setting]();
}
export function roomClassLabel(roomClass: RoomClass): string {
  return m.programmes_room_class({ class: roomClass });
}
export function schoolItemLabel(item: SchoolItemId): string {
  return {
    "entry-fee": m.programmes_item_entry_fee,
    tuition: m.programmes_item_tuition,
    bp3: m.programmes_item_bp3,
    uniform: m.programmes_item_uniform,
    books: m.programmes_item_books,
  }[item]();
}
