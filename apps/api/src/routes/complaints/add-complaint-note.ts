import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { addComplaintNote, complaintEtag } from "../../services/complaints/handle-complaint.ts";
import { complaintContext, ComplaintDetailSchema, ComplaintEtagHeaders, ComplaintIfMatchHeaders, ComplaintParamsSchema } from "./schemas.ts";

export const addComplaintNoteRoute = defineRoute({
  method: "post",
  path: "/api/t/{tenant}/complaints/{id}/notes",
  permission: "complaint:handle",
  tags: ["complaints"],
  summary: "Add a note to a complaint's history",
  description: "Notes are appended to the history (never edited), also after resolution. With a stale `If-Match`: 409 `COMPLAINT_CHANGED`.",
  request: {
    params: ComplaintParamsSchema,
    headers: ComplaintIfMatchHeaders,
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z
            .object({ note: z.string().trim().min(1).max(4000) })
            .strict()
            .openapi("ComplaintNote", { example: { note: "Pelapor dihubungi lewat telepon; survei ulang dijadwalkan Kamis." } }),
        },
      },
    },
  },
  responses: {
    200: { description: "The complaint", headers: ComplaintEtagHeaders, content: { "application/json": { schema: ComplaintDetailSchema } } },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

export function registerAddComplaintNote(app: OpenAPIHono<AppEnv>) {
  app.openapi(addComplaintNoteRoute, async (c) => {
    const complaint = await addComplaintNote({
      ctx: complaintContext(c),
      input: { complaintId: c.req.valid("param").id, note: c.req.valid("json").note, ifMatch: c.req.header("if-match") },
    });
    c.header("ETag", complaintEtag(complaint.revision));
    return c.json(complaint, 200);
  });
}
