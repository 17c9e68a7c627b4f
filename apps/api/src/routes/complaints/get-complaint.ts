import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { complaintEtag } from "../../services/complaints/handle-complaint.ts";
import { getComplaint } from "../../services/complaints/read-complaints.ts";
import { complaintContext, ComplaintDetailSchema, ComplaintEtagHeaders, ComplaintParamsSchema } from "./schemas.ts";

export const getComplaintRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/complaints/{id}",
  permission: "complaint:handle",
  tags: ["complaints"],
  summary: "One complaint: links, the linked case, the re-verification task and the history",
  description: "Outside the caller's reach or in another regency: 404. The ETag (`\"p<revision>\"`) goes back as `If-Match` on changes.",
  request: { params: ComplaintParamsSchema },
  responses: {
    200: { description: "The complaint", headers: ComplaintEtagHeaders, content: { "application/json": { schema: ComplaintDetailSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

export function registerGetComplaint(app: OpenAPIHono<AppEnv>) {
  app.openapi(getComplaintRoute, async (c) => {
    const complaint = await getComplaint({ ctx: complaintContext(c), input: { complaintId: c.req.valid("param").id } });
    c.header("ETag", complaintEtag(complaint.revision));
    return c.json(complaint, 200);
  });
}
