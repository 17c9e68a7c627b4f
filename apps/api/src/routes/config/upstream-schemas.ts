import { z } from "@hono/zod-openapi";

export const PathLabelSchema = z
  .object({ id: z.string(), en: z.string() })
  .openapi("PathLabel", { description: "A path's human label", example: { id: "Kriteria 'Jenis lantai' › bobot", en: "Criterion 'Floor type' › weight" } });

const IdPath = z.string().openapi({
  description: "Identity path: a JSON path whose array elements are named by `[id=…]` / `[code=…]`, stable under reordering",
  example: "/survey/criteria[id=floor_type]/weight",
});

export const UpstreamTemplateSchema = z.object({
  slug: z.string().openapi({ example: "sragen" }),
  baseVersion: z.number().int().openapi({ description: "The template version cloned from or last synced with", example: 1 }),
  upstreamVersion: z.number().int().openapi({ description: "The template's latest published version", example: 2 }),
});

export const UpstreamEntrySchema = z
  .object({
    idPath: IdPath,
    label: PathLabelSchema,
    status: z.enum(["applies-cleanly", "conflict", "local-only", "same-change"]),
    base: z.unknown().optional().openapi({ description: "Value at the sync point (absent where the path did not exist)" }),
    upstream: z.unknown().optional().openapi({ description: "Value in the template now" }),
    local: z.unknown().optional().openapi({ description: "Value in this regency's draft" }),
  })
  .openapi("UpstreamEntry");

export const RefusedPathSchema = z.object({ idPath: IdPath, reason: z.string().openapi({ example: "not an upstream change" }) });
