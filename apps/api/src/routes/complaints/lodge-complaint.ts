import { z, type OpenAPIHono } from "@hono/zod-openapi";
import { complaintCategories } from "@satu-atap/db";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { complaintEtag } from "../../services/complaints/handle-complaint.ts";
import { lodgeComplaint } from "../../services/complaints/lodge-complaint.ts";
import { complaintContext, ComplaintDetailSchema, ComplaintEtagHeaders } from "./schemas.ts";

const LodgeComplaintBodySchema = z
  .object({
    category: z.string().openapi({ description: `One of the configured categories: ${complaintCategories.join(", ")}.`, example: "wrongly-excluded" }),
    description: z.string().trim().min(1).max(4000).openapi({ example: "Keluarga sangat miskin tetapi permohonan kartu ditolak." }),
    complainant: z.object({ name: z.string().trim().min(1).max(200), contact: z.string().max(200).optional() }).strict().optional(),
    caseId: z.uuid().optional(),
    nik: z.string().max(32).optional().openapi({ description: "The person concerned; stored as a keyed HMAC and masked, never in clear.", example: "3314015507900001" }),
    kk: z.string().max(32).optional().openapi({ description: "The household's KK number; stored as a keyed HMAC and masked.", example: "3314010101100001" }),
    villageCode: z.string().max(32).optional().openapi({ description: "The household's village, when no case is linked.", example: "33.14.01.2001" }),
  })
  .strict()
  .openapi("LodgeComplaint", {
    example: {
      category: "wrongly-excluded",
      description: "Keluarga sangat miskin tetapi permohonan kartu ditolak.",
      complainant: { name: "Sri Wahyuni", contact: "0812-3456-7890" },
      caseId: "0b7c1c1e-5d1e-4c55-9a53-0f1f3f4e2a10",
    },
  });

export const lodgeComplaintRoute = defineRoute({
  method: "post",
  path: "/api/t/{tenant}/complaints",
  permission: "complaint:handle",
  tags: ["complaints"],
  summary: "Lodge a complaint (wrongly excluded or included, refused, data correction, service quality, other)",
  description:
    "The category must be configured (`complaints` in the configuration): otherwise 422 `COMPLAINT_CATEGORY_UNKNOWN`. A complaint names a case, " +
    "a household (`kk`), a person (`nik`) or a village; only `service-quality` and `other` may stand on their description (422 " +
    "`COMPLAINT_LINK_REQUIRED`). NIK and KK are checked (400 `NIK_INVALID`, `KK_INVALID`) and stored as keyed HMACs and masked. An unknown " +
    "case, or one outside the caller's reach, is 404; an unknown village 422 `VILLAGE_UNKNOWN`; a sub-district officer may only lodge " +
    "complaints about its kecamatan (422 `COMPLAINT_OUTSIDE_REACH`). The due date is now + the category's `dueDays`. A category with " +
    "`reverify: true` creates a re-verification task in the household's village for a field verifier covering it and, when the linked case " +
    "is approved or refused, moves the case back to `surveying` (`reverify`), in both histories. A refusal stores nothing.",
  request: {
    params: TenantParamsSchema,
    body: { required: true, content: { "application/json": { schema: LodgeComplaintBodySchema } } },
  },
  responses: {
    201: { description: "The complaint, with its history and task", headers: ComplaintEtagHeaders, content: { "application/json": { schema: ComplaintDetailSchema } } },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

export function registerLodgeComplaint(app: OpenAPIHono<AppEnv>) {
  app.openapi(lodgeComplaintRoute, async (c) => {
    const complaint = await lodgeComplaint({ ctx: complaintContext(c), input: c.req.valid("json") });
    c.header("ETag", complaintEtag(complaint.revision));
    c.header("Location", `/api/t/${c.get("tenant").slug}/complaints/${complaint.id}`);
    return c.json(complaint, 201);
  });
}
