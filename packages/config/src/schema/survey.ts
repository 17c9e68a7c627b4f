import { z } from "zod";
import { IdSchema, LocalizedTextSchema, RuleSchema } from "./common.ts";

/** An option of a choice question. */
export const ChoiceOptionSchema = z
  .strictObject({
    id: IdSchema.describe("Option id; the answer value stored and compared in rules."),
    label: LocalizedTextSchema.describe("Option text."),
  })
  .describe("An answer option.");

/** How a criterion is answered. */
export const AnswerSchema = z
  .discriminatedUnion("type", [
    z.strictObject({ type: z.literal("yes-no") }).describe("Yes or no; read in rules as a boolean."),
    z
      .strictObject({
        type: z.literal("number"),
        unit: LocalizedTextSchema.optional().describe("Unit shown next to the field."),
        min: z.number().optional().describe("Smallest accepted value."),
        max: z.number().optional().describe("Largest accepted value."),
        integer: z.boolean().describe("Whether only whole numbers are accepted."),
      })
      .describe("A number; read in rules as a number."),
    z
      .strictObject({
        type: z.literal("choice"),
        options: z.array(ChoiceOptionSchema).min(2).describe("The options; ids unique."),
      })
      .describe("One option out of a list; read in rules as the option id."),
    z
      .strictObject({
        type: z.literal("text"),
        maxLength: z.int().positive().optional().meta({ description: "Longest accepted answer.", examples: [500] }),
      })
      .describe("Free text; read in rules as a string."),
  ])
  .describe("Answer type, by `type`: `yes-no`, `number`, `choice` or `text`.");

/** How a criterion is answered. */
export type Answer = z.infer<typeof AnswerSchema>;

/** One survey criterion: a question, its poverty sign and its narrative. */
export const SurveyCriterionSchema = z
  .strictObject({
    id: IdSchema.describe("Criterion id; rules read the answer as `answers.<id>` and the sign as `signs.<id>`."),
    group: z
      .string()
      .min(1)
      .max(32)
      .describe("Where the criterion comes from, for grouping (e.g. `bps` or `regency`)."),
    label: LocalizedTextSchema.describe("Short name of the criterion."),
    question: LocalizedTextSchema.describe("The question the surveyor asks."),
    answer: AnswerSchema,
    sign: RuleSchema.optional().describe(
      "JSON-logic rule (criterion scope); true when the answer counts as a poverty sign. Omit for a criterion that is recorded but not scored.",
    ),
    weight: z.number().nonnegative().describe("Weight of the sign in the score; the scoring rule reads it as `weights.<id>`."),
    narrative: z
      .strictObject({
        required: z.boolean().describe("Whether the surveyor must write a narrative."),
        prompt: LocalizedTextSchema.describe("What the narrative should describe."),
      })
      .describe("The qualitative narrative recorded with the answer, so results are not applied rigidly."),
  })
  .describe("A survey criterion.");

/** A survey criterion. */
export type SurveyCriterion = z.infer<typeof SurveyCriterionSchema>;

/** A poverty category a household is classified into. */
export const CategorySchema = z
  .strictObject({
    id: IdSchema.describe("Category id; the classification rule returns it and rules compare `category` to it."),
    rank: z.int().positive().describe("1 is the poorest; unique."),
    label: LocalizedTextSchema.describe("Category name."),
    description: LocalizedTextSchema.optional().describe("What the category means."),
  })
  .describe("A poverty category.");

/** A poverty category. */
export type Category = z.infer<typeof CategorySchema>;

/** The household survey instrument. */
export const SurveySchema = z
  .strictObject({
    criteria: z.array(SurveyCriterionSchema).min(1).describe("The criteria, in the order they are asked."),
    categories: z.array(CategorySchema).min(2).describe("Poverty categories, from poorest."),
    scoring: z
      .strictObject({
        rule: RuleSchema.describe("JSON-logic rule (scoring scope) returning the household's score, a number."),
        description: LocalizedTextSchema.describe("The scoring rule in words, for explanations."),
      })
      .describe("How the score is computed from the signs."),
    classification: z
      .strictObject({
        rule: RuleSchema.describe("JSON-logic rule (classification scope) returning a category id."),
        description: LocalizedTextSchema.describe("The classification rule in words, for explanations."),
      })
      .describe("How the category follows from the score."),
    override: z
      .strictObject({
        allowed: z.boolean().describe("Whether a verifier may override the computed category."),
        minJustificationLength: z
          .int()
          .nonnegative()
          .describe("Shortest accepted written justification of an override, in characters."),
      })
      .describe("A verifier's justified override of the result."),
  })
  .describe("The household survey.");

/** The household survey instrument. */
export type Survey = z.infer<typeof SurveySchema>;
