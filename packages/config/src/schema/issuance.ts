import { z } from "zod";
import { AdminLevelSchema } from "./common.ts";

/**
 * Who issues a card, letter or recommendation. When `proposedBy` is set, the
 * case is prepared at that lower level and the issuing level must approve it
 * (Sragen: the sub-district proposes Saraswati Melati/Menur, the regency issues).
 */
export const IssuanceSchema = z
  .strictObject({
    issuedBy: AdminLevelSchema.describe("Level that issues (signs) the output."),
    proposedBy: AdminLevelSchema.optional().describe(
      "Lower level that prepares and proposes the case; issuing then needs the higher level's approval. Omit when the issuing level decides alone.",
    ),
  })
  .describe("Which administrative level issues, and which lower level proposes it for approval.");

/** Who issues an output, and who proposes it. */
export type Issuance = z.infer<typeof IssuanceSchema>;
