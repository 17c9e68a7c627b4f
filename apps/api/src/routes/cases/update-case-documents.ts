import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { permissionsOfCaller } from "../../procedure/caller-permissions.ts";
import { caseEtag } from "../../procedure/case-transitions.ts";
import { callerReach } from "../../procedure/record-scope.ts";
import { caseActorOf, caseContextOf, caseIfMatch } from "../../procedure/transition-case.ts";
import { presentCase } from "../../services/cases/read-cases.ts";
import { updateCaseDocuments } from "../../services/cases/update-documents.ts";
import { CaseETagHeaders, CaseIfMatchHeaders, CaseParamsSchema, CaseSchema } from "./schemas.ts";

export const updateCaseDocumentsRoute = defineRoute({
  method: "patch",
  path: "/api/t/{tenant}/cases/{id}/documents",
  permission: "case:register",
  tags: ["cases"],
  summary: "Tick documents of the checklist as brought (or not) later",
  description:
    "`documents` maps checklist ids to brought (`true`) or missing (`false`); others stay as they are. The state does not change. " +
    "Open cases only (409 `TRANSITION_NOT_ALLOWED` on a closed one); a document not on the checklist → 422 `UNKNOWN_DOCUMENT`. " +
    "`If-Match`: stale → 409 `CASE_CHANGED`. History row `documents`; audited as `case.documents`.",
  request: {
    params: CaseParamsSchema,
    headers: CaseIfMatchHeaders,
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z
            .object({
              documents: z.record(z.string().min(1).max(100), z.boolean()).refine((d) => Object.keys(d).length > 0, "Name at least one document.").openapi({ example: { "village-cover-letter": true } }),
              note: z.string().trim().max(2000).optional(),
            })
            .strict(),
        },
      },
    },
  },
  responses: {
    200: { description: "The case", headers: CaseETagHeaders, content: { "application/json": { schema: CaseSchema } } },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

export function registerUpdateCaseDocuments(app: OpenAPIHono<AppEnv>) {
  app.openapi(updateCaseDocumentsRoute, async (c) => {
    const ctx = caseContextOf(c);
    const body = c.req.valid("json");
    const updated = await updateCaseDocuments({
      ctx,
      input: {
        caseId: c.req.valid("param").id,
        expectedRevision: caseIfMatch(c),
        documents: body.documents,
        note: body.note,
        actor: caseActorOf(c),
        reach: callerReach(c, "case:register"),
      },
    });
    c.header("ETag", caseEtag(updated.revision));
    return c.json(await presentCase(ctx, updated, permissionsOfCaller(c)), 200);
  });
}
