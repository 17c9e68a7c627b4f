import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { caseEtag } from "../../procedure/case-transitions.ts";
import { callerReach } from "../../procedure/record-scope.ts";
import { caseActorOf, caseIfMatch } from "../../procedure/transition-case.ts";
import { submitSurvey } from "../../services/procedure/submit-survey.ts";
import { CaseETagHeaders, CaseIfMatchHeaders, CaseParamsSchema, CaseStateSchema, SurveySchema } from "./schemas.ts";

const SubmitSurveySchema = z
  .object({
    answers: z.record(z.string(), z.union([z.boolean(), z.number(), z.string(), z.null()])).openapi({ description: "Answers by criterion id" }),
    narratives: z.object({
      criteria: z.record(z.string(), z.string().max(4000)).optional().openapi({ description: "Narrative per criterion id" }),
      overall: z.string().max(8000).openapi({ description: "The verifier's narrative about the household" }),
    }),
    facts: z
      .object({ household: z.record(z.string(), z.unknown()).optional(), applicant: z.record(z.string(), z.unknown()).optional() })
      .optional()
      .openapi({ description: "Household/applicant facts found in the visit (over those known at registration)" }),
    override: z
      .object({ category: z.string().max(64), justification: z.string().max(4000) })
      .optional()
      .openapi({ description: "The verifier's category instead of the computed one, with a written justification" }),
  })
  .openapi("SurveySubmission", {
    example: {
      answers: { floor_area_per_person: 6, floor_type: "earth", can_afford_puskesmas: false },
      narratives: { criteria: { floor_type: "Lantai tanah di seluruh rumah." }, overall: "Rumah tangga buruh tani dengan empat tanggungan." },
    },
  });

export const submitSurveyRoute = defineRoute({
  method: "post",
  path: "/api/t/{tenant}/cases/{id}/survey",
  permission: "survey:submit",
  tags: ["procedure"],
  summary: "Submit the field survey of a case",
  description:
    "Only a field verifier whose areas cover the case's village (404 otherwise); the case must be `surveying` (409 listing the allowed actions). " +
    "Answers are checked against the criteria in force (400 with JSON-pointer paths), scored and classified with the explanation; an override " +
    "needs a known category (422 `OVERRIDE_CATEGORY_UNKNOWN`) and a written justification of the configured length (422 " +
    "`OVERRIDE_JUSTIFICATION_REQUIRED`). The open verification task is done and the case moves to `deciding`.",
  request: {
    params: CaseParamsSchema,
    headers: CaseIfMatchHeaders,
    body: { required: true, content: { "application/json": { schema: SubmitSurveySchema } } },
  },
  responses: {
    201: {
      description: "The stored survey and the case's new state",
      headers: CaseETagHeaders,
      content: { "application/json": { schema: z.object({ survey: SurveySchema, case: CaseStateSchema }) } },
    },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

export function registerSubmitSurvey(app: OpenAPIHono<AppEnv>) {
  app.openapi(submitSurveyRoute, async (c) => {
    const result = await submitSurvey({
      ctx: { db: c.get("db"), tenant: c.get("tenant") },
      input: {
        caseId: c.req.valid("param").id,
        reach: callerReach(c, "survey:submit"),
        expectedRevision: caseIfMatch(c),
        actor: caseActorOf(c),
        now: c.get("now"),
        survey: c.req.valid("json"),
      },
    });
    c.header("ETag", caseEtag(result.case.revision));
    return c.json(result, 201);
  });
}
