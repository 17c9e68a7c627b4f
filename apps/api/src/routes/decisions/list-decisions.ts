import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { callerReach } from "../../procedure/record-scope.ts";
import { getCaseDecisions } from "../../services/procedure/case-decisions.ts";
import { listPendingProposals } from "../../services/procedure/proposals.ts";
import { CaseParamsSchema, DecisionSchema, SurveySchema } from "./schemas.ts";

export const listCaseDecisionsRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/cases/{id}/decisions",
  permission: "case:read",
  tags: ["procedure"],
  summary: "A case's surveys and decisions, with their reasons",
  description: "Oldest first: every survey (answers, narratives, computed and final category, override) and decision (kind, level, outcome, tiers, reason, note).",
  request: { params: CaseParamsSchema },
  responses: {
    200: {
      description: "The history of surveys and decisions",
      content: {
        "application/json": {
          schema: z.object({
            case: z.object({ id: z.string(), number: z.string(), state: z.string(), decisionLevel: z.string() }),
            surveys: z.array(SurveySchema),
            decisions: z.array(DecisionSchema),
          }),
        },
      },
    },
    ...errorResponses(401, 403, 404),
  },
});

export const listProposalsRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/proposals",
  permission: "case:decide",
  tags: ["procedure"],
  summary: "Proposals waiting for the caller's level",
  description: "Cases in `proposed` whose output the caller's level issues, in its reach, oldest proposal first. NIKs masked.",
  request: { params: TenantParamsSchema },
  responses: {
    200: {
      description: "Pending proposals",
      content: {
        "application/json": {
          schema: z.object({
            proposals: z.array(
              z.object({
                case: z.object({
                  id: z.string(),
                  number: z.string(),
                  serviceId: z.string(),
                  applicantName: z.string(),
                  applicantNik: z.string().openapi({ example: "3314xxxxxxxxxxxx" }),
                  subdistrictCode: z.string(),
                  villageCode: z.string(),
                  revision: z.number().int(),
                }),
                proposal: DecisionSchema,
              }),
            ),
          }),
        },
      },
    },
    ...errorResponses(401, 403, 404),
  },
});

export function registerListDecisions(app: OpenAPIHono<AppEnv>) {
  app.openapi(listCaseDecisionsRoute, async (c) => {
    const result = await getCaseDecisions({
      ctx: { db: c.get("db"), tenant: c.get("tenant") },
      input: { caseId: c.req.valid("param").id, reach: callerReach(c, "case:read") },
    });
    return c.json(result, 200);
  });
  app.openapi(listProposalsRoute, async (c) => {
    const result = await listPendingProposals({ ctx: { db: c.get("db"), tenant: c.get("tenant") }, input: { reach: callerReach(c, "case:decide") } });
    return c.json(result, 200);
  });
}
