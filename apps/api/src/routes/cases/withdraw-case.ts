import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { permissionsOfCaller } from "../../procedure/caller-permissions.ts";
import { caseEtag } from "../../procedure/case-transitions.ts";
import { callerReach } from "../../procedure/record-scope.ts";
import { caseActorOf, caseContextOf, caseIfMatch } from "../../procedure/transition-case.ts";
import { presentCase } from "../../services/cases/read-cases.ts";
import { withdrawCase } from "../../services/cases/withdraw-case.ts";
import { CaseETagHeaders, CaseIfMatchHeaders, CaseParamsSchema, CaseSchema } from "./schemas.ts";

export const withdrawCaseRoute = defineRoute({
  method: "post",
  path: "/api/t/{tenant}/cases/{id}/withdraw",
  permission: "case:register",
  tags: ["cases"],
  summary: "Withdraw an open case (a note saying why is required)",
  description:
    "Open states only (`registered`, `surveying`, `deciding`, `proposed`); otherwise 409 `TRANSITION_NOT_ALLOWED` listing what " +
    "the case allows. `If-Match` with the case's ETag: stale → 409 `CASE_CHANGED`. The case's open verification tasks are " +
    "cancelled. History row `withdraw` with the note; audited as `case.withdraw`.",
  request: {
    params: CaseParamsSchema,
    headers: CaseIfMatchHeaders,
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z.object({ note: z.string().trim().min(1, "Say why the case is withdrawn.").max(2000).openapi({ example: "Pemohon membatalkan permohonan." }) }).strict(),
        },
      },
    },
  },
  responses: {
    200: { description: "The withdrawn case", headers: CaseETagHeaders, content: { "application/json": { schema: CaseSchema } } },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

export function registerWithdrawCase(app: OpenAPIHono<AppEnv>) {
  app.openapi(withdrawCaseRoute, async (c) => {
    const ctx = caseContextOf(c);
    const updated = await withdrawCase({
      ctx,
      input: {
        caseId: c.req.valid("param").id,
        expectedRevision: caseIfMatch(c),
        note: c.req.valid("json").note,
        actor: caseActorOf(c),
        reach: callerReach(c, "case:register"),
      },
    });
    c.header("ETag", caseEtag(updated.revision));
    return c.json(await presentCase(ctx, updated, permissionsOfCaller(c)), 200);
  });
}
