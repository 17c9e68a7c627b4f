import { z } from "zod";
import { IdSchema, LocalizedTextSchema } from "./common.ts";

/** What kind of body an agency is; lets the UI group them and funds be told apart. */
export const AGENCY_KINDS = [
  "poverty-unit",
  "coordination-team",
  "government-office",
  "health-facility",
  "school",
  "training-centre",
  "national-agency",
  "fund",
] as const;

/**
 * A body a service is delivered by or funded from: a sector agency (SKPD),
 * a facility, the unit itself, or a fund such as MATRA.
 */
export const AgencySchema = z
  .strictObject({
    id: IdSchema.describe("Agency id, referenced by services and quotas."),
    label: LocalizedTextSchema.describe("Agency name."),
    shortName: z.string().min(1).max(32).optional().describe("Usual acronym, if any."),
    kind: z
      .enum(AGENCY_KINDS)
      .describe(
        "Kind of body: `poverty-unit`, `coordination-team`, `government-office` (SKPD), `health-facility`, `school`, `training-centre`, `national-agency` or `fund`.",
      ),
  })
  .describe("An agency (SKPD, facility or fund).");

/** An agency (SKPD, facility or fund). */
export type Agency = z.infer<typeof AgencySchema>;

/** The agencies. */
export const AgenciesSchema = z
  .array(AgencySchema)
  .min(1)
  .describe("Agencies (SKPD), facilities and funds that deliver or fund services.");
