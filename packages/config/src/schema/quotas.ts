import { z } from "zod";
import { IdSchema, LocalizedTextSchema, RupiahSchema } from "./common.ts";

/** How much of a service an agency can give. Kept small on purpose: a later issue extends it with periods and counters. */
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
        period: z.enum(["month", "quarter", "year"]).meta({ description: "Per which period.", examples: ["year"] }),
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
  })
  .describe("A quota.");

/** A quota. */
export type Quota = z.infer<typeof QuotaSchema>;

/** The quotas. */
export const QuotasSchema = z
  .array(QuotaSchema)
  .describe("Capacity and budget limits of agencies that services draw on.");
