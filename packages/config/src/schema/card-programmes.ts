import { z } from "zod";
import { BenefitSchema } from "./benefits.ts";
import { ColourSchema, IdSchema, LocalizedTextSchema, RuleSchema } from "./common.ts";
import { IssuanceSchema } from "./issuance.ts";

/** A tier of a card programme: who qualifies, who issues it and what it gives. */
export const TierSchema = z
  .strictObject({
    id: IdSchema.describe("Tier id, unique within the programme; rules compare `holds.<programmeId>` to it."),
    rank: z
      .int()
      .positive()
      .describe("1 is the highest tier. Tiers are tried in rank order; the first whose rule holds is given. Unique within the programme."),
    label: LocalizedTextSchema.describe("Tier name."),
    colour: ColourSchema.describe("Card colour."),
    colourName: LocalizedTextSchema.describe("Name of the card colour, as said to citizens."),
    description: LocalizedTextSchema.describe("Who the tier is for."),
    qualification: RuleSchema.describe(
      "JSON-logic rule over the household context; true when the household (or applicant) qualifies for this tier.",
    ),
    issuance: IssuanceSchema,
    benefits: z.array(BenefitSchema).describe("What the holder gets."),
  })
  .describe("A card tier.");

/** A card tier. */
export type Tier = z.infer<typeof TierSchema>;

/** A card programme (e.g. a health or school card) with ranked tiers. */
export const CardProgrammeSchema = z
  .strictObject({
    id: IdSchema.describe("Programme id; rules read the tier a household holds as `holds.<id>`."),
    label: LocalizedTextSchema.describe("Programme name."),
    description: LocalizedTextSchema.describe("What the programme is."),
    sector: z.enum(["health", "education", "social"]).describe("Sector of the programme."),
    holder: z
      .enum(["household", "person"])
      .describe("Who holds a card: the whole household, or one person (e.g. a student)."),
    tiers: z.array(TierSchema).min(1).describe("Tiers, ranked."),
  })
  .describe("A card programme.");

/** A card programme. */
export type CardProgramme = z.infer<typeof CardProgrammeSchema>;

/** The card programmes. */
export const CardProgrammesSchema = z.array(CardProgrammeSchema).describe("Card programmes with their tiers.");
