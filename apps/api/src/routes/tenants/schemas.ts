import { z } from "@hono/zod-openapi";
import { tenantStatuses } from "@satu-atap/db/schema";

/** A regency as the clone and template routes answer it. */
export const TenantSchema = z
  .object({
    slug: z.string().openapi({ example: "wonogiri" }),
    name: z.string().openapi({ example: "Kabupaten Wonogiri" }),
    regencyCode: z.string().openapi({ example: "3312" }),
    status: z.enum(tenantStatuses),
    isTemplate: z.boolean(),
    clonedFrom: z.object({ tenant: z.string().nullable(), version: z.number().int() }).nullable(),
  })
  .openapi("Tenant");

/** A remaining problem of a well-formed draft (broken reference, rule error). */
export const DraftProblemSchema = z
  .object({
    path: z.string().openapi({ description: "JSON Pointer into the draft", example: "/areas/subdistricts/0/code" }),
    code: z.string().openapi({ example: "area_code_mismatch" }),
    message: z.string(),
    messages: z.object({ id: z.string(), en: z.string() }),
  })
  .openapi("DraftProblem");
