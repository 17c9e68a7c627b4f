import { z } from "zod";
import { IdSchema, LocalizedTextSchema, RupiahSchema } from "./common.ts";

/** The calendar periods a countable quota can run over. */
export const QUOTA_PERIODS = ["month", "quarter", "year"] as const;

/** What issuing does when the quota is used up: `warn` lets staff go on and says so; `block` refuses. */
export const QUOTA_EXHAUSTION_POLICIES = ["warn", "block"] as const;

/**
 * How much of a service an agency can give. Only `count-per-period` is countable: each
 * recommendation issued against it consumes one, counted per calendar period in the
 * regency's time zone. `share` and `amount-per-household` describe the limit for staff.
 */
export const QuotaLimitSchema = z
  .discriminatedUnion("kind", [
    z
      .strictObject({
        kind: z.literal("share"),
        percent: z.number().positive().max(100).describe("Reserved share in percent."),
        of: LocalizedTextSchema.describe("What the share is of."),
      })
      .describe("A share of a capacity reserved for the service, e.g. 20% of seats in every public school."),
    z
      .strictObject({
        kind: z.literal("amount-per-household"),
        amountRupiah: RupiahSchema.describe("Amount per household in rupiah."),
      })
      .describe("A fixed amount of money per household."),
    z
      .strictObject({
        kind: z.literal("count-per-period"),
        count: z.int().positive().meta({ description: "How many grants.", examples: [120] }),
        period: z.enum(QUOTA_PERIODS).meta({ description: "Per which calendar period (in the regency's time zone) the count starts again.", examples: ["year"] }),
      })
      .describe("A number of grants per period."),
  ])
  .describe("The limit, by `kind`: `share`, `amount-per-household` or `count-per-period`.");

/** A quota limit. */
export type QuotaLimit = z.infer<typeof QuotaLimitSchema>;

/** A capacity or budget limit a service draws on. */
export const QuotaSchema = z
  .strictObject({
    id: IdSchema.describe("Quota id, referenced by services' `quota`."),
    label: LocalizedTextSchema.describe("Quota name."),
    agency: IdSchema.describe("Id of the agency (or fund) that owns the capacity or budget."),
    limit: QuotaLimitSchema,
    whenExhausted: z.enum(QUOTA_EXHAUSTION_POLICIES).meta({
      description:
        "When the quota is used up: `warn` (the recommendation can still be issued, with a warning) or `block` (it is refused until the next period).",
      examples: ["block"],
    }),
  })
  .describe("A quota.");

/** A quota. */
export type Quota = z.infer<typeof QuotaSchema>;

/** The quotas. */
export const QuotasSchema = z
  .array(QuotaSchema)
  .describe("Capacity and budget limits of agencies that services draw on.");
