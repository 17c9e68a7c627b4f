import { z, type OpenAPIHono } from "@hono/zod-openapi";
import { caseStates } from "@satu-atap/db";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { callerReach } from "../../procedure/record-scope.ts";
import { caseContextOf } from "../../procedure/transition-case.ts";
import { listReadableCases } from "../../services/cases/read-cases.ts";
import { CaseSummarySchema } from "./schemas.ts";

const ListQuerySchema = z.object({
  state: z
    .string()
    .optional()
    .refine((v) => v === undefined || v.split(",").every((s) => (caseStates as readonly string[]).includes(s)), { message: `States: ${caseStates.join(", ")}` })
    .openapi({ example: "surveying,deciding", description: "One state or several, comma-separated." }),
  serviceId: z.string().max(100).optional().openapi({ example: "saraswati-card" }),
  overdue: z.enum(["true", "false"]).optional().openapi({ description: "`true`: only open cases past their `dueAt`." }),
  limit: z.coerce.number().int().min(1).max(200).optional().openapi({ example: 50 }),
  offset: z.coerce.number().int().min(0).optional().openapi({ example: 0 }),
});

export const listCasesRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/cases",
  permission: "case:read",
  tags: ["cases"],
  summary: "The cases the caller reaches, newest first (NIK masked)",
  description:
    "Filtered by reach: a regency-wide role sees all the regency's cases; a sub-district officer those of its kecamatan; a field " +
    "verifier those with a verification task in its areas. `overdue=true` lists open cases past their `dueAt` (the API clock's now).",
  request: { params: TenantParamsSchema, query: ListQuerySchema },
  responses: {
    200: {
      description: "A page of cases",
      content: {
        "application/json": {
          schema: z.object({ cases: z.array(CaseSummarySchema), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }),
        },
      },
    },
    ...errorResponses(400, 401, 403, 404),
  },
});

export function registerListCases(app: OpenAPIHono<AppEnv>) {
  app.openapi(listCasesRoute, async (c) => {
    const query = c.req.valid("query");
    const page = await listReadableCases({
      ctx: caseContextOf(c),
      input: {
        reach: callerReach(c, "case:read"),
        states: query.state === undefined ? undefined : (query.state.split(",") as (typeof caseStates)[number][]),
        serviceId: query.serviceId,
        overdue: query.overdue === "true",
        limit: query.limit ?? 50,
        offset: query.offset ?? 0,
      },
    });
    return c.json(page, 200);
  });
}
