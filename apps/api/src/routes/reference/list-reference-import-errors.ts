import { z, type OpenAPIHono } from "@hono/zod-openapi";
import { getReferenceImport, listReferenceImportErrors } from "@satu-atap/db";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { importNotFound } from "./get-reference-import.ts";
import { ImportParamsSchema } from "./schemas.ts";

const ErrorsQuerySchema = z.object({
  afterLine: z.coerce.number().int().min(0).optional().openapi({ description: "`nextAfterLine` of the previous page." }),
  limit: z.coerce.number().int().min(1).max(5000).optional().openapi({ example: 500 }),
});

const ImportErrorsSchema = z
  .object({
    errors: z.array(z.object({ line: z.number().int(), code: z.string(), message: z.string() })),
    nextAfterLine: z.number().int().nullable().openapi({ description: "Pass as `afterLine` for the next page; null on the last page." }),
  })
  .openapi("ReferenceImportErrors", {
    example: {
      errors: [
        { line: 3, code: "NIK_BIRTH_DATE", message: "The NIK's digits 7–12 are not a date of birth DDMMYY (women's day + 40)." },
        { line: 5, code: "VILLAGE_UNKNOWN", message: "The village code is not a village of this regency's areas." },
      ],
      nextAfterLine: null,
    },
  });

export const listReferenceImportErrorsRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/reference-imports/{id}/errors",
  permission: "reference:import",
  tags: ["reference"],
  summary: "An import's refused lines, in line order, with the reason (readable while it runs; never a NIK)",
  description:
    "Codes: NIK_FORMAT, NIK_REGION, NIK_BIRTH_DATE, NIK_SERIAL, KK_FORMAT, NAME_MISSING, VILLAGE_UNKNOWN, HOUSEHOLD_SIZE, COLUMN_COUNT, DUPLICATE_NIK.",
  request: { params: ImportParamsSchema, query: ErrorsQuerySchema },
  responses: {
    200: { description: "A page of refused lines", content: { "application/json": { schema: ImportErrorsSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

export function registerListReferenceImportErrors(app: OpenAPIHono<AppEnv>) {
  app.openapi(listReferenceImportErrorsRoute, async (c) => {
    const { id } = c.req.valid("param");
    const query = c.req.valid("query");
    const tenantId = c.get("tenant").id;
    if ((await getReferenceImport(c.get("db"), tenantId, id)) === undefined) throw importNotFound();
    const limit = query.limit ?? 500;
    const rows = await listReferenceImportErrors(c.get("db"), tenantId, id, { afterLine: query.afterLine, limit: limit + 1 });
    const page = rows.slice(0, limit);
    return c.json(
      {
        errors: page.map((row) => ({ line: row.line, code: row.code, message: row.message })),
        nextAfterLine: rows.length > limit ? (page.at(-1)?.line ?? null) : null,
      },
      200,
    );
  });
}
