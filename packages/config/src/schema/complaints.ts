import { z } from "zod";
import { IdSchema, LocalizedTextSchema } from "./common.ts";

/** A kind of complaint the unit receives, with its own service time. */
export const ComplaintCategorySchema = z
  .strictObject({
    id: IdSchema.meta({ description: "Category id.", examples: ["wrongly-excluded"] }),
    label: LocalizedTextSchema.describe("Category name shown to staff and on the complaint receipt."),
    dueDays: z.int().positive().meta({ description: "Days within which a complaint of this category must be resolved.", examples: [14] }),
    reverify: z.boolean().meta({
      description:
        "Whether resolving it means verifying the household again (survey and result), as for a household wrongly left out of or put on the lists.",
      examples: [true],
    }),
  })
  .describe("A complaint category.");

/** A complaint category. */
export type ComplaintCategory = z.infer<typeof ComplaintCategorySchema>;

/** How the unit receives complaints. */
export const ComplaintsSchema = z
  .strictObject({
    desk: IdSchema.meta({ description: "Id of the desk that receives complaints.", examples: ["complaints-data"] }),
    categories: z.array(ComplaintCategorySchema).min(1).describe("The complaint categories; ids unique."),
  })
  .describe("Complaints (pengaduan): which desk receives them, their categories and service times.");

/** How the unit receives complaints. */
export type Complaints = z.infer<typeof ComplaintsSchema>;
