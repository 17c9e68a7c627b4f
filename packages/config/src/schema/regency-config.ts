import { z } from "zod";
import { AgenciesSchema } from "./agencies.ts";
import { AreasSchema } from "./areas.ts";
import { CardProgrammesSchema } from "./card-programmes.ts";
import { ComplaintsSchema } from "./complaints.ts";
import { DesksSchema } from "./desks.ts";
import { DocumentTypesSchema } from "./documents.ts";
import { MetaSchema } from "./meta.ts";
import { ProcedureSchema } from "./procedure.ts";
import { QuotasSchema } from "./quotas.ts";
import { ServicesSchema } from "./services.ts";
import { SurveySchema } from "./survey.ts";
import { TestHouseholdSchema } from "./test-households.ts";

/** Locales of every text; Indonesian first (the default), then English. */
export const LOCALES = ["id", "en"] as const;

/**
 * One regency's whole configuration. Every object is strict: an unknown field
 * is an error, so a typo never silently drops a setting.
 *
 * @example
 * const result = RegencyConfigSchema.safeParse(json);
 * // prefer validateConfig(json): it also checks cross-references and rules
 */
export const RegencyConfigSchema = z
  .strictObject({
    meta: MetaSchema,
    locales: z
      .tuple([z.literal("id"), z.literal("en")])
      .describe('Locales of all texts, Indonesian first: always `["id", "en"]`.'),
    desks: DesksSchema,
    agencies: AgenciesSchema,
    documents: DocumentTypesSchema,
    quotas: QuotasSchema.optional(),
    services: ServicesSchema,
    cardProgrammes: CardProgrammesSchema,
    survey: SurveySchema,
    procedure: ProcedureSchema,
    complaints: ComplaintsSchema.optional(),
    areas: AreasSchema,
    testHouseholds: z
      .array(TestHouseholdSchema)
      .optional()
      .describe("Example households with the results the rules must give."),
  })
  .meta({
    title: "Satu Atap regency configuration",
    description:
      "The configuration of one regency's integrated poverty-service unit: desks, agencies, services, card programmes, survey, procedure and areas.",
  });

/** One regency's configuration (after validation). */
export type RegencyConfig = z.infer<typeof RegencyConfigSchema>;
