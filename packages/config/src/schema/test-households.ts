import { z } from "zod";
import { IdSchema, LocalizedTextSchema } from "./common.ts";

const DateSchema = z.iso.date();

/** One person, with the fields of the rule catalogue's person fields. */
export const PersonFactsSchema = z
  .strictObject({
    name: z.string().min(1).optional().describe("Name (examples only; rules never read it)."),
    birthDate: DateSchema.describe("Date of birth, YYYY-MM-DD."),
    sex: z.enum(["female", "male"]).describe("Sex."),
    relation: z.enum(["head", "spouse", "child", "parent", "other"]).describe("Relation to the head of household."),
    schoolLevel: z
      .enum(["none", "PAUD", "SD", "SMP", "SMA", "SMK", "PT"])
      .describe("School level attended or applied for; `none` when not in school."),
    educationCompleted: z.enum(["none", "SD", "SMP", "SMA", "PT"]).describe("Highest education completed."),
    disability: z.enum(["none", "mild", "severe"]).describe("Disability."),
    chronicIllness: z.boolean().describe("Has a chronic illness."),
    working: z.boolean().describe("Works (for income)."),
    gpa: z.number().min(0).max(4).nullable().describe("Grade point average of a university student, or null."),
    socialProblem: z
      .enum(["homeless", "street-person", "sex-worker"])
      .nullable()
      .describe("Social welfare problem (PMKS) recorded for the person, or null."),
  })
  .describe("A person.");

/** A person's facts. */
export type PersonFacts = z.infer<typeof PersonFactsSchema>;

/** Household facts (the `household.*` part of the rule context). */
export const HouseholdFactsSchema = z
  .strictObject({
    inReferenceList: z.boolean().describe("Found in a reference poverty list."),
    referenceSource: IdSchema.nullable().describe("Id of a `procedure.referenceLists` entry, or null."),
    hasNationalHealthInsurance: z.boolean().describe("Covered by national health insurance for the poor (Jamkesmas/PBI)."),
    hasOtherHealthInsurance: z.boolean().describe("Holds other health insurance (ASKES, ASABRI, JAMSOSTEK…)."),
    villageCode: z.string().describe("Code of a village in `areas`."),
    recentDeathDate: DateSchema.nullable().describe("Date of the latest death in the household, or null."),
    members: z.array(PersonFactsSchema).min(1).describe("Household members."),
  })
  .describe("Facts about the household.");

/** Household facts. */
export type HouseholdFacts = z.infer<typeof HouseholdFactsSchema>;

/**
 * A named example household with the results the configuration must produce:
 * a regression test of the rules, and a teaching example for staff.
 */
export const TestHouseholdSchema = z
  .strictObject({
    id: IdSchema.describe("Test household id."),
    label: LocalizedTextSchema.describe("Short name of the example."),
    description: LocalizedTextSchema.optional().describe("What the example shows."),
    decisionDate: DateSchema.describe("Date the rules are evaluated for."),
    household: HouseholdFactsSchema,
    applicantIndex: z.int().nonnegative().describe("Index in `household.members` of the applicant."),
    holds: z
      .record(IdSchema, IdSchema.nullable())
      .describe("Tier currently held per card programme id, read by rules as `holds.<programmeId>`; null or absent: none."),
    answers: z
      .record(IdSchema, z.union([z.boolean(), z.number(), z.string()]))
      .describe("Survey answers by criterion id."),
    expected: z
      .strictObject({
        category: IdSchema.describe("Expected category id."),
        tiers: z
          .record(IdSchema, IdSchema.nullable())
          .describe("Expected tier id per card programme id (null: no tier)."),
        eligibleServices: z.array(IdSchema).describe("Ids of the services the applicant is expected to be eligible for."),
      })
      .describe("What the rules must produce."),
  })
  .describe("An example household with expected results.");

/** An example household with expected results. */
export type TestHousehold = z.infer<typeof TestHouseholdSchema>;
