import { z } from "@hono/zod-openapi";

/** A version just published (by publish or rollback). */
export const PublishedVersionSchema = z
  .object({
    version: z.number().int().openapi({ example: 2 }),
    effectiveFrom: z.string().openapi({ format: "date" }),
    contentHash: z.string(),
    publishedAt: z.string().openapi({ format: "date-time" }),
    publishedBy: z.string(),
    note: z.string(),
  })
  .openapi("PublishedVersion");
