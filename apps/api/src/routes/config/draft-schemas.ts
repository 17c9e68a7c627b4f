import { z } from "@hono/zod-openapi";
import { DraftProblemSchema } from "../tenants/schemas.ts";

/** The draft as GET, PUT and PATCH answer it (its ETag is in the `ETag` header). */
export const DraftSchema = z
  .object({
    revision: z.number().int().openapi({ description: "Grows by one with every save; the ETag is `\"r<revision>\"`", example: 3 }),
    updatedAt: z.string().openapi({ format: "date-time" }),
    updatedBy: z.string(),
    content: z.record(z.string(), z.unknown()).openapi({ description: "The draft configuration (shaped like /schemas/regency-config.json)" }),
    problems: z.array(DraftProblemSchema).openapi({ description: "What still keeps the draft from being published; empty when it is valid" }),
  })
  .openapi("ConfigDraft");

export const ETagHeaders = z.object({ ETag: z.string().openapi({ example: '"r3"' }) });

export const IfMatchHeaders = z.object({
  "if-match": z
    .string()
    .optional()
    .openapi({ description: "The draft's ETag as read (`\"r3\"`), or `*`. Missing → 428; stale → 412.", example: '"r3"' }),
});
