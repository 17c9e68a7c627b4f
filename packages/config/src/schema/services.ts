import { z } from "zod";
import { AdminLevelSchema, IdSchema, LocalizedTextSchema, RuleSchema } from "./common.ts";
import { IssuanceSchema } from "./issuance.ts";

/** What a service produces. */
export const OUTPUT_KINDS = ["card", "letter", "recommendation", "case"] as const;

/** One service of the catalogue. */
export const ServiceSchema = z
  .strictObject({
    id: IdSchema.describe("Service id."),
    desk: IdSchema.describe("Id of the desk that handles the service."),
    label: LocalizedTextSchema.describe("Service name."),
    description: LocalizedTextSchema.describe("What the service gives, to whom."),
    deliveredBy: z
      .array(IdSchema)
      .min(1)
      .describe("Ids of the agencies that deliver the service (the unit recommends, they deliver); the first leads."),
    output: z
      .enum(OUTPUT_KINDS)
      .describe("What the unit issues: `card`, `letter`, `recommendation`, or `case` (a complaint or data case resolved)."),
    cardProgramme: IdSchema.optional().describe(
      "Card programme issued by the service; required when `output` is `card`, forbidden otherwise.",
    ),
    eligibility: RuleSchema.describe(
      "JSON-logic rule over the household context; true when the applicant may receive the service. For a card service a tier rule must hold too.",
    ),
    requiredDocuments: z.array(IdSchema).describe("Ids of the documents the applicant must bring."),
    receivedAt: z
      .array(AdminLevelSchema)
      .min(1)
      .describe("Levels where an application can be lodged."),
    issuance: IssuanceSchema.describe(
      "Who issues the output. For a card service, each tier's `issuance` takes precedence.",
    ),
    validity: z
      .strictObject({
        days: z.int().positive().describe("Days the output stays valid."),
        renewable: z.boolean().describe("Whether it can be renewed."),
        renewalCondition: LocalizedTextSchema.optional().describe("When a renewal is granted."),
      })
      .optional()
      .describe("How long the output is valid; omit when it does not expire."),
    quota: IdSchema.optional().describe("Id of the quota the service draws on."),
    serviceTime: z
      .strictObject({
        targetMinutes: z.int().positive().describe("Target time at the desk, in minutes."),
        maxDays: z.int().positive().describe("Longest time until the output is issued, in days."),
      })
      .describe("Service time standard (SOP)."),
  })
  .describe("A service.");

/** A service of the catalogue. */
export type Service = z.infer<typeof ServiceSchema>;

/** The service catalogue. */
export const ServicesSchema = z.array(ServiceSchema).min(1).describe("The service catalogue.");
