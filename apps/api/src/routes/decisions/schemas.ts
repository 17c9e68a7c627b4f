import { z } from "@hono/zod-openapi";
import { TenantParamsSchema } from "../../http/openapi-schemas.ts";

/** `{tenant}` and `{id}` of a case route. */
export const CaseParamsSchema = TenantParamsSchema.extend({
  id: z.string().openapi({ param: { name: "id", in: "path" }, example: "6f1c2a7e-3b0d-4c55-9a51-0d2b8c1e4f10", description: "The case id" }),
});

export const Localized = z.object({ id: z.string(), en: z.string() });

export const CaseIfMatchHeaders = z.object({
  "if-match": z
    .string()
    .optional()
    .openapi({ description: 'The case\'s ETag as read (`"c3"`); when it is stale → 409 `CASE_CHANGED`. Optional.', example: '"c3"' }),
});

export const CaseETagHeaders = z.object({ ETag: z.string().openapi({ example: '"c4"', description: "The case's new ETag" }) });

export const CaseStateSchema = z.object({
  id: z.string(),
  number: z.string().optional(),
  state: z.string(),
  decisionLevel: z.string().optional(),
  revision: z.number().int().optional(),
});

export const DecisionSchema = z
  .object({
    id: z.string(),
    caseId: z.string(),
    kind: z.enum(["decision", "proposal", "proposal-approved", "proposal-returned", "referral"]),
    level: z.enum(["regency", "subdistrict", "village"]),
    outcome: z.enum(["approved", "refused", "proposed", "referred", "returned"]),
    tiers: z.record(z.string(), z.string().nullable()),
    reason: z
      .record(z.string(), z.unknown())
      .nullable()
      .openapi({
        description:
          "The rules' explanation: `summary` and `failedRule` (id/en), the category and its source, `score` with `classification.description` " +
          "(the thresholds), every criterion (`met`, `condition`, `valueText`), the service's rule and each tier's qualification with traces.",
      }),
    note: z.string().nullable(),
    reviewsDecisionId: z.string().nullable(),
    configVersion: z.number().int(),
    decidedBy: z.object({ userId: z.string().nullable(), name: z.string() }),
    decidedAt: z.string(),
  })
  .openapi("Decision");

export const IssuedOutputSchema = z.object({
  kind: z.enum(["card", "letter", "recommendation"]),
  id: z.string(),
  number: z.string(),
  warning: z.object({ code: z.string(), messages: Localized }).optional(),
});

export const SurveySchema = z
  .object({
    id: z.string(),
    caseId: z.string(),
    taskId: z.string().nullable(),
    configVersion: z.number().int(),
    answers: z.record(z.string(), z.unknown()),
    narratives: z.object({ criteria: z.record(z.string(), z.string()), overall: z.string() }),
    facts: z.record(z.string(), z.unknown()),
    score: z.number(),
    signCount: z.number(),
    computedCategory: z.string(),
    override: z.object({ category: z.string(), justification: z.string().nullable() }).nullable(),
    finalCategory: z.string(),
    evaluation: z.record(z.string(), z.unknown()),
    submittedBy: z.object({ userId: z.string().nullable(), name: z.string() }),
    submittedAt: z.string(),
  })
  .openapi("Survey");
