import { z } from "zod";
import { LocalizedTextSchema } from "./common.ts";

/** Who this configuration is for: the regency and its poverty-service unit. */
export const MetaSchema = z
  .strictObject({
    name: LocalizedTextSchema.describe("The regency's name as shown to users."),
    regencyCode: z
      .string()
      .regex(/^\d{4}$/, { message: "Must be the 4-digit regency code, e.g. 3314" })
      .describe("4-digit regency code (BPS/Kemendagri, without the dot); the first 4 digits of residents' NIK."),
    province: z
      .strictObject({
        code: z
          .string()
          .regex(/^\d{2}$/, { message: "Must be the 2-digit province code" })
          .describe("2-digit province code; the first 2 digits of `regencyCode`."),
        name: z.string().min(1).describe("Province name (proper noun, not translated)."),
      })
      .describe("The province the regency belongs to."),
    timezone: z
      .enum(["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"])
      .describe("IANA time zone of the regency (WIB, WITA or WIT); dates in decisions use it."),
    unit: z
      .strictObject({
        name: LocalizedTextSchema.describe("Full name of the integrated service unit."),
        shortName: z.string().min(1).max(32).describe("Short name or acronym of the unit."),
      })
      .describe("The integrated poverty-service unit the regency runs."),
    legalBasis: z
      .array(
        z
          .strictObject({
            title: LocalizedTextSchema.describe("What the act is about."),
            number: z.string().min(1).describe("The act's official number."),
            date: z.iso.date().describe("Date of the act (YYYY-MM-DD)."),
          })
          .describe("One legal act."),
      )
      .describe("Regulations and decrees the unit and its service standard rest on."),
  })
  .describe("The regency and its unit.");

/** Who the configuration is for. */
export type Meta = z.infer<typeof MetaSchema>;
