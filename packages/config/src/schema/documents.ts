import { z } from "zod";
import { IdSchema, LocalizedTextSchema } from "./common.ts";

/** A kind of supporting document an applicant may have to bring. */
export const DocumentTypeSchema = z
  .strictObject({
    id: IdSchema.describe("Document id, referenced by services' `requiredDocuments`."),
    label: LocalizedTextSchema.describe("Document name."),
    description: LocalizedTextSchema.optional().describe("What the document is and who issues it."),
  })
  .describe("A supporting document type.");

/** A supporting document type. */
export type DocumentType = z.infer<typeof DocumentTypeSchema>;

/** The catalogue of document types. */
export const DocumentTypesSchema = z
  .array(DocumentTypeSchema)
  .describe("Catalogue of supporting documents services may require.");
