import type { OpenAPIHono } from "@hono/zod-openapi";
import { getReferenceImport } from "@satu-atap/db";
import type { AppEnv } from "../../http/app-env.ts";
import { ApiError } from "../../http/errors.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { ImportParamsSchema, presentImport, ReferenceImportSchema } from "./schemas.ts";

export const getReferenceImportRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/reference-imports/{id}",
  permission: "reference:import",
  tags: ["reference"],
  summary: "One import's status and counters (readable while it runs)",
  request: { params: ImportParamsSchema },
  responses: {
    200: { description: "The import", content: { "application/json": { schema: ReferenceImportSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

export function registerGetReferenceImport(app: OpenAPIHono<AppEnv>) {
  app.openapi(getReferenceImportRoute, async (c) => {
    const row = await getReferenceImport(c.get("db"), c.get("tenant").id, c.req.valid("param").id);
    if (row === undefined) throw importNotFound();
    return c.json(presentImport(row), 200);
  });
}

export function importNotFound() {
  return new ApiError("NOT_FOUND", { id: "Impor tidak ditemukan.", en: "Import not found." });
}
