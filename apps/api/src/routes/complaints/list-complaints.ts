import { z, type OpenAPIHono } from "@hono/zod-openapi";
import { complaintCategories, complaintStatuses } from "@satu-atap/db";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { listComplaintsFor } from "../../services/complaints/read-complaints.ts";
import { complaintContext, ComplaintListSchema } from "./schemas.ts";

export const listComplaintsRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/complaints",
  permission: "complaint:handle",
  tags: ["complaints"],
  summary: "List complaints (status, category, overdue, assignee), soonest due first",
  description:
    "The complaints the caller reaches: a sub-district officer those about its kecamatan, a desk officer the regency's. `overdue=true`: past " +
    "their due date and not resolved, by the API's clock. NIK and KK appear masked only.",
  request: {
    params: TenantParamsSchema,
    query: z.object({
      status: z.enum(complaintStatuses).optional().openapi({ example: "open" }),
      category: z.enum(complaintCategories).optional().openapi({ example: "wrongly-excluded" }),
      overdue: z.enum(["true", "false"]).optional().openapi({ example: "true" }),
      assignee: z.uuid().optional().openapi({ description: "The assigned user's id." }),
      limit: z.coerce.number().int().min(1).max(500).optional().openapi({ example: 100 }),
    }),
  },
  responses: {
    200: { description: "The complaints", content: { "application/json": { schema: ComplaintListSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

export function registerListComplaints(app: OpenAPIHono<AppEnv>) {
  app.openapi(listComplaintsRoute, async (c) => {
    const query = c.req.valid("query");
    const result = await listComplaintsFor({
      ctx: complaintContext(c),
      input: {
        status: query.status,
        category: query.category,
        overdue: query.overdue === undefined ? undefined : query.overdue === "true",
        assigneeUserId: query.assignee,
        limit: query.limit,
      },
    });
    return c.json(result, 200);
  });
}
