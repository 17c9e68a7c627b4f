import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { complaintEtag, resolveComplaint } from "../../services/complaints/handle-complaint.ts";
import { complaintContext, ComplaintDetailSchema, ComplaintEtagHeaders, ComplaintIfMatchHeaders, ComplaintParamsSchema } from "./schemas.ts";

export const resolveComplaintRoute = defineRoute({
  method: "post",
  path: "/api/t/{tenant}/complaints/{id}/resolve",
  permission: "complaint:handle",
  tags: ["complaints"],
  summary: "Resolve a complaint with a written resolution",
  description:
    "Without a resolution text: 422 `RESOLUTION_REQUIRED`. With a stale `If-Match`: 409 `COMPLAINT_CHANGED`. Already resolved: 409 " +
    "`COMPLAINT_RESOLVED`. Nothing changes on a refusal.",
  request: {
    params: ComplaintParamsSchema,
    headers: ComplaintIfMatchHeaders,
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z
            .object({ resolution: z.string().max(4000).optional() })
            .strict()
            .openapi("ResolveComplaint", { example: { resolution: "Survei ulang: rumah tangga layak; kartu Kenanga diterbitkan." } }),
        },
      },
    },
  },
  responses: {
    200: { description: "The resolved complaint", headers: ComplaintEtagHeaders, content: { "application/json": { schema: ComplaintDetailSchema } } },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

export function registerResolveComplaint(app: OpenAPIHono<AppEnv>) {
  app.openapi(resolveComplaintRoute, async (c) => {
    const complaint = await resolveComplaint({
      ctx: complaintContext(c),
      input: { complaintId: c.req.valid("param").id, resolution: c.req.valid("json").resolution, ifMatch: c.req.header("if-match") },
    });
    c.header("ETag", complaintEtag(complaint.revision));
    return c.json(complaint, 200);
  });
}
