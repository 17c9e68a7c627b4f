import { z } from "zod";
import { IdSchema, LocalizedTextSchema, RuleSchema } from "./common.ts";

/**
 * What a procedure step is to the engine. Step ids and names are the regency's own; the kind
 * tells the API which step is the field survey (so `fastPath.skipSteps` can skip it), which
 * the registration, and so on.
 */
export const procedureStepKinds = ["registration", "match", "verification", "survey", "decision", "output"] as const;

/** What a procedure step is to the engine. */
export type ProcedureStepKind = (typeof procedureStepKinds)[number];

/** Kinds the engine relies on: each must be the kind of exactly one step. */
export const requiredProcedureStepKinds: readonly ProcedureStepKind[] = ["registration", "match", "survey", "decision"];

/** A step of the service procedure (SOP). */
export const ProcedureStepSchema = z
  .strictObject({
    id: IdSchema.describe("Step id."),
    kind: z
      .enum(procedureStepKinds)
      .describe(
        "What the step is to the engine: `registration`, `match` (against the reference lists), `verification` (of data and documents), " +
          "`survey` (the field survey), `decision` or `output`. `registration`, `match`, `survey` and `decision` must each appear once.",
      ),
    label: LocalizedTextSchema.describe("Step name."),
    description: LocalizedTextSchema.describe("What happens in the step."),
  })
  .describe("A procedure step.");

/** A procedure step. */
export type ProcedureStep = z.infer<typeof ProcedureStepSchema>;

/** A result of the annual verification of a household already on the list. */
export const VerificationOutcomeSchema = z
  .strictObject({
    code: z
      .string()
      .regex(/^[A-Z]{1,3}$/, { message: "Must be 1 to 3 upper-case letters" })
      .describe("Short code written on lists (e.g. `L`, `B`, `P`)."),
    label: LocalizedTextSchema.describe("Outcome name."),
    meaning: LocalizedTextSchema.describe("What the outcome means for the household."),
    listEffect: z
      .enum(["remove", "add", "keep"])
      .describe("Effect on the poverty list: `remove`, `add` or `keep`."),
  })
  .describe("A verification outcome.");

/** A verification outcome. */
export type VerificationOutcome = z.infer<typeof VerificationOutcomeSchema>;

/** A reference poverty list households are matched against. */
export const ReferenceListSchema = z
  .strictObject({
    id: IdSchema.describe("List id; rules compare `household.referenceSource` to it."),
    label: LocalizedTextSchema.describe("List name."),
    description: LocalizedTextSchema.describe("Who keeps the list and what it holds."),
    categories: z
      .record(z.string().min(1).max(60), IdSchema)
      .optional()
      .describe(
        "The regency's survey category (`survey.categories` id) for each category code the list uses (e.g. `\"Desil 1\": \"very-poor\"`). " +
          "A case decided on the fast path, without a field survey, takes its category from here; a code not listed gives no category.",
      ),
  })
  .describe("A reference poverty list.");

/** A reference poverty list. */
export type ReferenceList = z.infer<typeof ReferenceListSchema>;

/** The service procedure. */
export const ProcedureSchema = z
  .strictObject({
    steps: z.array(ProcedureStepSchema).min(1).describe("Steps in order."),
    verificationOutcomes: z.array(VerificationOutcomeSchema).min(1).describe("Outcomes of the annual verification."),
    referenceLists: z.array(ReferenceListSchema).describe("Reference poverty lists applicants are matched against."),
    fastPath: z
      .strictObject({
        when: RuleSchema.describe("JSON-logic rule (household scope); when true the listed steps are skipped."),
        skipSteps: z.array(IdSchema).min(1).describe("Ids of the steps skipped."),
      })
      .optional()
      .describe("Shortcut for applicants already on a reference list."),
  })
  .describe("The service procedure (SOP).");

/** The service procedure. */
export type Procedure = z.infer<typeof ProcedureSchema>;
