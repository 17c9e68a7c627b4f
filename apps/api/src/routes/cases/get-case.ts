import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { permissionsOfCaller } from "../../procedure/caller-permissions.ts";
import { caseEtag } from "../../procedure/case-transitions.ts";
import { callerReach } from "../../procedure/record-scope.ts";
import { caseContextOf } from "../../procedure/transition-case.ts";
import { presentCase, readableCase } from "../../services/cases/read-cases.ts";
import { CaseETagHeaders, CaseParamsSchema, CaseSchema } from "./schemas.ts";

export const getCaseRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/cases/{id}",
  permission: "case:read",
  tags: ["cases"],
  summary: "One case: documents checklist, list match, history, the caller's allowed actions, tasks and service time",
  description:
    "The ETag (`\"c<revision>\"`) is what an action's `If-Match` should carry. A case outside the caller's reach (another " +
    "kecamatan; for a field verifier, a case without a task in its areas) is a 404, as is another regency's.",
  request: { params: CaseParamsSchema },
  responses: {
    200: { description: "The case", headers: CaseETagHeaders, content: { "application/json": { schema: CaseSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

export function registerGetCase(app: OpenAPIHono<AppEnv>) {
  app.openapi(getCaseRoute, async (c) => {
    const ctx = caseContextOf(c);
    const row = await readableCase(ctx, c.req.valid("param").id, callerReach(c, "case:read"));
    c.header("ETag", caseEtag(row.revision));
    return c.json(await presentCase(ctx, row, permissionsOfCaller(c)), 200);
  });
}
