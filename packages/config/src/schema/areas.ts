import { z } from "zod";

/** A village (desa/kelurahan). */
export const VillageSchema = z
  .strictObject({
    code: z
      .string()
      .regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, { message: "Must be a village code like 33.14.01.2001" })
      .describe("Kemendagri village code `PP.RR.SS.VVVV`; starts with the sub-district code. `1xxx` kelurahan, `2xxx` desa."),
    name: z.string().min(1).describe("Village name (proper noun, not translated)."),
  })
  .describe("A village.");

/** A village. */
export type Village = z.infer<typeof VillageSchema>;

/** A sub-district (kecamatan) and its villages. */
export const SubdistrictSchema = z
  .strictObject({
    code: z
      .string()
      .regex(/^\d{2}\.\d{2}\.\d{2}$/, { message: "Must be a sub-district code like 33.14.01" })
      .describe("Kemendagri sub-district code `PP.RR.SS`; starts with the regency code. Without dots it is the first 6 digits of a resident's NIK."),
    name: z.string().min(1).describe("Sub-district name (proper noun, not translated)."),
    villages: z.array(VillageSchema).describe("Villages of the sub-district; may be empty if not yet configured."),
  })
  .describe("A sub-district.");

/** A sub-district. */
export type Subdistrict = z.infer<typeof SubdistrictSchema>;

/** The regency's administrative areas with official (Kemendagri) codes. */
export const AreasSchema = z
  .strictObject({
    regency: z
      .strictObject({
        code: z
          .string()
          .regex(/^\d{2}\.\d{2}$/, { message: "Must be a regency code like 33.14" })
          .describe("Kemendagri regency code `PP.RR`; equals `meta.regencyCode` with a dot."),
        name: z.string().min(1).describe("Regency name (proper noun)."),
      })
      .describe("The regency."),
    subdistricts: z.array(SubdistrictSchema).min(1).describe("Sub-districts (kecamatan)."),
  })
  .describe("Administrative areas: regency → sub-districts → villages.");

/** The administrative areas. */
export type Areas = z.infer<typeof AreasSchema>;
