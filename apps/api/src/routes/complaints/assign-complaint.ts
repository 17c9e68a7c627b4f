import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { assignComplaint, complaintEtag } from "../../services/complaints/handle-complaint.ts";
import { complaintContext, ComplaintDetailSchema, ComplaintEtagHeaders, ComplaintIfMatchHeaders, ComplaintParamsSchema } from "./schemas.ts";

export const assignComplaintRoute = defineRoute({
  method: "post",
  path: "/api/t/{tenant}/complaints/{id}/assign",
  permission: "complaint:handle",
  tags: ["complaints"],
  summary: "Assign a complaint to an officer who handles complaints",
  description:
    "The assignee must be a member of the regency holding `complaint:handle` where the complaint is (a sub-district officer only for its " +
    "kecamatan): otherwise 422 `ASSIGNEE_NOT_ELIGIBLE`. An open complaint becomes `in-progress`. A resolved one: 409 `COMPLAINT_RESOLVED`.",
  request: {
    params: ComplaintParamsSchema,
    headers: ComplaintIfMatchHeaders,
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z
            .object({ assigneeUserId: z.uuid(), note: z.string().max(2000).optional() })
            .strict()
            .openapi("AssignComplaint", { example: { assigneeUserId: "9a1d7e3c-0c4b-4f6e-8d2a-5b3c1e0f9a77", note: "Mohon ditindaklanjuti minggu ini." } }),
        },
      },
    },
  },
  responses: {
    200: { description: "The complaint", headers: ComplaintEtagHeaders, content: { "application/json": { schema: ComplaintDetailSchema } } },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

export function registerAssignComplaint(app: OpenAPIHono<AppEnv>) {
  app.openapi(assignComplaintRoute, async (c) => {
    const body = c.req.valid("json");
    const complaint = await assignComplaint({
      ctx: complaintContext(c),
      input: { complaintId: c.req.valid("param").id, assigneeUserId: body.assigneeUserId, note: body.note, ifMatch: c.req.header("if-match") },
    });
    c.header("ETag", complaintEtag(complaint.revision));
    return c.json(complaint, 200);
  });
}
