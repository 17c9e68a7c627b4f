import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { caseEtag } from "../../procedure/case-transitions.ts";
import { callerReach } from "../../procedure/record-scope.ts";
import { caseActorOf, caseIfMatch } from "../../procedure/transition-case.ts";
import { approveProposal, returnProposal } from "../../services/procedure/proposals.ts";
import { nikCryptoOf } from "../reference/schemas.ts";
import { DecisionResultSchema } from "./decide-case.ts";
import { CaseETagHeaders, CaseIfMatchHeaders, CaseParamsSchema, CaseStateSchema, DecisionSchema } from "./schemas.ts";

export const approveProposalRoute = defineRoute({
  method: "post",
  path: "/api/t/{tenant}/cases/{id}/proposal/approve",
  permission: "case:decide",
  tags: ["procedure"],
  summary: "Approve a proposal at the issuing level",
  description:
    "The level that issues (Sragen: the regency) approves a `proposed` case: it becomes `approved` with the proposed tiers and its outputs " +
    "are issued. A caller below the issuing level → 403 `LEVEL_NOT_ALLOWED`; outside its reach → 404.",
  request: {
    params: CaseParamsSchema,
    headers: CaseIfMatchHeaders,
    body: { required: false, content: { "application/json": { schema: z.object({ note: z.string().max(2000).optional() }) } } },
  },
  responses: {
    200: { description: "The approval", headers: CaseETagHeaders, content: { "application/json": { schema: DecisionResultSchema } } },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

export const returnProposalRoute = defineRoute({
  method: "post",
  path: "/api/t/{tenant}/cases/{id}/proposal/return",
  permission: "case:decide",
  tags: ["procedure"],
  summary: "Return a proposal to the proposing level",
  description: "The issuing level sends a `proposed` case back to `deciding` at the level that proposed it, with a note saying why (required).",
  request: {
    params: CaseParamsSchema,
    headers: CaseIfMatchHeaders,
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z
            .object({ note: z.string().trim().min(1).max(2000) })
            .openapi("ReturnProposal", { example: { note: "Foto rumah belum dilampirkan; lengkapi lalu usulkan lagi." } }),
        },
      },
    },
  },
  responses: {
    200: {
      description: "The return",
      headers: CaseETagHeaders,
      content: { "application/json": { schema: z.object({ decision: DecisionSchema, case: CaseStateSchema }) } },
    },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

export function registerReviewProposal(app: OpenAPIHono<AppEnv>) {
  app.openapi(approveProposalRoute, async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { note?: unknown };
    const result = await approveProposal({
      ctx: { db: c.get("db"), tenant: c.get("tenant"), nikCrypto: nikCryptoOf(c) },
      input: {
        caseId: c.req.valid("param").id,
        reach: callerReach(c, "case:decide"),
        expectedRevision: caseIfMatch(c),
        actor: caseActorOf(c),
        now: c.get("now"),
        note: typeof body.note === "string" ? body.note : undefined,
      },
    });
    c.header("ETag", caseEtag(result.case.revision));
    return c.json(result, 200);
  });
  app.openapi(returnProposalRoute, async (c) => {
    const result = await returnProposal({
      ctx: { db: c.get("db"), tenant: c.get("tenant") },
      input: {
        caseId: c.req.valid("param").id,
        reach: callerReach(c, "case:decide"),
        expectedRevision: caseIfMatch(c),
        actor: caseActorOf(c),
        now: c.get("now"),
        note: c.req.valid("json").note,
      },
    });
    c.header("ETag", caseEtag(result.case.revision));
    return c.json(result, 200);
  });
}
