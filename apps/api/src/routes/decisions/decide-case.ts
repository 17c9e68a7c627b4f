import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { caseEtag } from "../../procedure/case-transitions.ts";
import { callerReach } from "../../procedure/record-scope.ts";
import { caseActorOf, caseIfMatch } from "../../procedure/transition-case.ts";
import { decideCase } from "../../services/procedure/decide-case.ts";
import { nikCryptoOf } from "../reference/schemas.ts";
import { CaseETagHeaders, CaseIfMatchHeaders, CaseParamsSchema, CaseStateSchema, DecisionSchema, IssuedOutputSchema } from "./schemas.ts";

export const DecisionResultSchema = z
  .object({ decision: DecisionSchema, case: CaseStateSchema, outputs: z.array(IssuedOutputSchema) })
  .openapi("DecisionResult");

export const decideCaseRoute = defineRoute({
  method: "post",
  path: "/api/t/{tenant}/cases/{id}/decision",
  permission: "case:decide",
  tags: ["procedure"],
  summary: "Decide a case, or refer it up",
  description:
    "`decide`: the rules in force give the tier per programme and the service's eligibility from the survey's final category and facts " +
    "(or, on the fast path, the reference list's category mapped by `procedure.referenceLists[].categories`), the tiers held and the applicant. " +
    "Not eligible → `refused` with the criterion-by-criterion reason; eligible → `approved` with its outputs when the caller's level issues, " +
    "`proposed` when it only proposes (`issuance.proposedBy`), 422 `LEVEL_MAY_NOT_ISSUE` otherwise. `refer-up` moves the case to the next level. " +
    "Missing documents → 422 `DOCUMENTS_INCOMPLETE`; a case waiting at a higher level → 403 `LEVEL_NOT_ALLOWED`; stale If-Match → 409 `CASE_CHANGED`.",
  request: {
    params: CaseParamsSchema,
    headers: CaseIfMatchHeaders,
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z
            .object({ action: z.enum(["decide", "refer-up"]), note: z.string().max(2000).optional() })
            .openapi("DecideCase", { example: { action: "decide" } }),
        },
      },
    },
  },
  responses: {
    200: { description: "The decision, the case's new state and the outputs issued", headers: CaseETagHeaders, content: { "application/json": { schema: DecisionResultSchema } } },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

export function registerDecideCase(app: OpenAPIHono<AppEnv>) {
  app.openapi(decideCaseRoute, async (c) => {
    const body = c.req.valid("json");
    const result = await decideCase({
      ctx: { db: c.get("db"), tenant: c.get("tenant"), nikCrypto: nikCryptoOf(c) },
      input: {
        caseId: c.req.valid("param").id,
        reach: callerReach(c, "case:decide"),
        expectedRevision: caseIfMatch(c),
        actor: caseActorOf(c),
        now: c.get("now"),
        action: body.action,
        note: body.note,
      },
    });
    c.header("ETag", caseEtag(result.case.revision));
    return c.json(result, 200);
  });
}
