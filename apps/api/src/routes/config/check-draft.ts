import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { draftEtag } from "../../http/etag.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { checkDraftHouseholds } from "../../services/household-checks.ts";
import { DraftProblemSchema } from "../tenants/schemas.ts";
import { checkDraftResponseExample } from "./check-draft.examples.ts";
import { ETagHeaders } from "./draft-schemas.ts";

const Localized = z.object({ id: z.string(), en: z.string() });

const OutcomeSchema = z
  .object({
    category: z.string().openapi({ description: "Category id" }),
    tiers: z.record(z.string(), z.string().nullable()).openapi({ description: "Tier id per card programme id (null: no tier)" }),
    eligibleServices: z.array(z.string()).openapi({ description: "Ids of the services the applicant is eligible for" }),
  })
  .openapi("HouseholdOutcome");

const ServiceChangesSchema = z.object({ added: z.array(z.string()), removed: z.array(z.string()) });

const HouseholdCheckSchema = z
  .object({
    index: z.number().int().openapi({ description: "Position in the draft's testHouseholds (`/testHouseholds/<index>`)" }),
    id: z.string(),
    label: Localized,
    status: z.enum(["pass", "fail"]).openapi({ description: "`fail`: the draft's result differs from `expected`, or the household has problems" }),
    expected: OutcomeSchema,
    actual: OutcomeSchema.openapi({ description: "The draft's result, on the household's own decisionDate" }),
    differences: z
      .object({
        category: z.object({ expected: z.string(), actual: z.string() }).optional(),
        tiers: z.array(z.object({ programme: z.string(), expected: z.string().nullable(), actual: z.string().nullable() })).optional(),
        eligibleServices: ServiceChangesSchema.optional().openapi({ description: "`added`: eligible but not expected; `removed`: expected but not eligible" }),
      })
      .openapi({ description: "Expected vs actual; empty when they match. Only the programmes `expected.tiers` names are checked." }),
    problems: z.array(DraftProblemSchema).openapi({ description: "Problems of the household's own data (they make it fail)" }),
    new: z.boolean().openapi({ description: "The version compared with has no household with this id" }),
    changed: z.boolean().openapi({ description: "The draft's result differs from the compared version's for this household" }),
    published: OutcomeSchema.nullable().openapi({ description: "The compared version's result for its household of this id" }),
    changes: z
      .object({
        category: z.object({ published: z.string(), draft: z.string() }).optional(),
        tiers: z.array(z.object({ programme: z.string(), published: z.string().nullable(), draft: z.string().nullable() })).optional(),
        eligibleServices: ServiceChangesSchema.optional().openapi({ description: "`added`: eligible under the draft only; `removed`: under the published version only" }),
      })
      .openapi({ description: "Published vs draft; empty when unchanged" }),
  })
  .openapi("HouseholdCheck");

const CheckReportSchema = z
  .object({
    draft: z.object({ revision: z.number().int() }).openapi({ description: "The draft revision checked (also the ETag)" }),
    comparedWith: z
      .object({ version: z.number().int(), contentHash: z.string(), effectiveFrom: z.string().openapi({ format: "date" }) })
      .nullable()
      .openapi({ description: "The published version in force the outcomes are compared with; null before one takes effect" }),
    summary: z.object({
      total: z.number().int(),
      passed: z.number().int(),
      failed: z.number().int(),
      changed: z.number().int(),
      new: z.number().int(),
    }),
    households: z.array(HouseholdCheckSchema),
    removed: z
      .array(z.object({ id: z.string(), label: Localized }))
      .openapi({ description: "Households of the compared version that the draft no longer has" }),
  })
  .openapi("HouseholdCheckReport", { example: checkDraftResponseExample });

export const checkDraftRoute = defineRoute({
  method: "post",
  path: "/api/t/{tenant}/config/draft/check",
  permission: "config:edit",
  tags: ["configuration"],
  summary: "Run the draft's test households",
  description:
    "Evaluates every test household of the draft with the draft's rules (on its own `decisionDate`) and reports whether it gives the " +
    "household's `expected` category, tiers and eligible services (`pass`/`fail`, with the differences), and whether its outcome " +
    "differs from what the published version in force gives for its household of the same id (`changed`; `new` when that version has " +
    "none). Answers 200 even when households fail; publish refuses until they pass and changes are acknowledged. The ETag is the " +
    "draft's: publish with it to publish exactly what was checked. 422 `INVALID_CONFIGURATION` when the draft's rules cannot run " +
    "(problems in the survey, card programmes or services' eligibility). Changes nothing.",
  request: { params: TenantParamsSchema },
  responses: {
    200: { description: "The report", headers: ETagHeaders, content: { "application/json": { schema: CheckReportSchema } } },
    ...errorResponses(401, 403, 404, 422),
  },
});

export function registerCheckDraft(app: OpenAPIHono<AppEnv>) {
  app.openapi(checkDraftRoute, async (c) => {
    const report = await checkDraftHouseholds({ ctx: { db: c.get("db"), tenant: c.get("tenant") } });
    c.header("ETag", draftEtag(report.draft.revision));
    return c.json(report, 200);
  });
}
