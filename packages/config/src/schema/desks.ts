import { z } from "zod";
import { ColourSchema, IdSchema, LocalizedTextSchema } from "./common.ts";

/** A service desk (loket) of the unit's front office. */
export const DeskSchema = z
  .strictObject({
    id: IdSchema.describe("Desk id, referenced by services."),
    label: LocalizedTextSchema.describe("Desk name shown on signs, tickets and screens."),
    colour: ColourSchema.describe("Desk colour used in queues and the web UI."),
    order: z.int().positive().describe("Display order of the desk, 1 first; unique."),
  })
  .describe("A service desk (loket).");

/** A service desk (loket). */
export type Desk = z.infer<typeof DeskSchema>;

/** The desks of the unit. */
export const DesksSchema = z.array(DeskSchema).min(1).describe("The unit's service desks (loket).");
