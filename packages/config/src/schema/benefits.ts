import { z } from "zod";
import { LocalizedTextSchema, RupiahSchema } from "./common.ts";

/** Health-care levels of the Indonesian referral system. */
export const CARE_LEVELS = ["PPK-I", "PPK-II", "PPK-III"] as const;
/** School levels a card can cover. */
export const SCHOOL_LEVELS = ["SD", "SMP", "SMA", "SMK"] as const;

const CareLevelSchema = z
  .enum(CARE_LEVELS)
  .describe("Care level: `PPK-I` (puskesmas), `PPK-II` (regency hospital, RSUD), `PPK-III` (referral hospital).");
const CareSettingSchema = z.enum(["outpatient", "inpatient"]).describe("Outpatient (rawat jalan) or inpatient (rawat inap).");
const RoomClassSchema = z.enum(["I", "II", "III"]).describe("Hospital room class.");
const SchoolLevelSchema = z.enum(SCHOOL_LEVELS).describe("School level: `SD`, `SMP`, `SMA` or `SMK`.");

/** Free or reduced care at a given care level. */
const CareAccessSchema = z
  .strictObject({
    kind: z.literal("care-access"),
    level: CareLevelSchema,
    settings: z.array(CareSettingSchema).min(1).describe("Which care settings are covered."),
    roomClass: RoomClassSchema.optional().describe("Room class covered for inpatient care, if restricted."),
    facility: LocalizedTextSchema.optional().describe("Where, when narrower than the level (e.g. a designated referral hospital)."),
    cost: z.literal("free").describe("What the holder pays: `free`."),
  })
  .describe("Access to care at a care level.");

/** Haemodialysis sessions. */
const HaemodialysisSchema = z
  .strictObject({
    kind: z.literal("haemodialysis"),
    limit: z
      .union([
        z.literal("unlimited").describe("No limit (for life)."),
        z
          .strictObject({ perYear: z.int().positive().describe("Sessions per year.") })
          .describe("At most this many sessions a year."),
      ])
      .describe("`\"unlimited\"` or `{ \"perYear\": n }`."),
    cost: z.literal("free").describe("What the holder pays: `free`."),
  })
  .describe("Haemodialysis (cuci darah) sessions.");

/** A capped contribution to a bill. */
const CostReliefSchema = z
  .strictObject({
    kind: z.literal("cost-relief"),
    amountRupiah: RupiahSchema.describe("At most this amount per occasion, in rupiah."),
    maxTimesPerYear: z.int().positive().describe("At most this many occasions a year."),
    appliesTo: z
      .strictObject({
        level: CareLevelSchema,
        setting: CareSettingSchema,
        roomClass: RoomClassSchema.optional(),
        facility: LocalizedTextSchema.optional().describe("Where the care must take place."),
      })
      .describe("Which care the relief is for."),
  })
  .describe("A capped contribution to a care bill.");

/** Something a school card holder gets for free. */
const SchoolItemSchema = z
  .discriminatedUnion("item", [
    z.strictObject({ item: z.literal("entry-fee") }).describe("Entry (registration) fee waived."),
    z.strictObject({ item: z.literal("tuition") }).describe("Tuition (SPP) waived."),
    z.strictObject({ item: z.literal("bp3") }).describe("Parents' association contribution (BP3) waived."),
    z
      .strictObject({
        item: z.literal("uniform"),
        sets: z.int().positive().optional().describe("Number of uniform sets; omit for every required uniform."),
      })
      .describe("School uniforms."),
    z
      .strictObject({
        item: z.literal("books"),
        complete: z.boolean().describe("True for the full set of books of the year."),
      })
      .describe("School books."),
  ])
  .describe("One school item, by `item`: `entry-fee`, `tuition`, `bp3`, `uniform`, `books`.");

/** Free school items at some school levels. */
const SchoolItemsSchema = z
  .strictObject({
    kind: z.literal("school-items"),
    schoolLevels: z.array(SchoolLevelSchema).min(1).describe("School levels the items apply at."),
    items: z.array(SchoolItemSchema).min(1).describe("Items given or fees waived."),
  })
  .describe("Free school items and waived fees at some school levels.");

/** Exemption from school fees (without items). */
const FeeExemptionSchema = z
  .strictObject({
    kind: z.literal("fee-exemption"),
    schoolLevels: z.array(SchoolLevelSchema).min(1).describe("School levels the exemption applies at."),
  })
  .describe("Exemption from school fees only (no uniform, no books).");

/** A cash grant. */
const CashSchema = z
  .strictObject({
    kind: z.literal("cash"),
    amountRupiah: RupiahSchema.meta({ description: "Amount in rupiah.", examples: [500000] }),
    per: z.enum(["household", "person"]).meta({ description: "Per household or per person.", examples: ["household"] }),
    maxTimesPerYear: z
      .int()
      .positive()
      .optional()
      .meta({ description: "At most this many times a year; omit for once.", examples: [1] }),
  })
  .describe("A cash grant.");

/**
 * A benefit as structured data (never free text), so cards, letters and
 * explanations can be generated and compared.
 */
export const BenefitSchema = z
  .discriminatedUnion("kind", [
    CareAccessSchema,
    HaemodialysisSchema,
    CostReliefSchema,
    SchoolItemsSchema,
    FeeExemptionSchema,
    CashSchema,
  ])
  .describe(
    "A benefit, by `kind`: `care-access`, `haemodialysis`, `cost-relief`, `school-items`, `fee-exemption` or `cash`.",
  );

/** A structured benefit. */
export type Benefit = z.infer<typeof BenefitSchema>;
/** A school level. */
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];
