import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { createMiddleware } from "hono/factory";
import { assertPermission, defineRoute } from "../../http/route-permission.ts";
import { evaluateForTenant } from "../../services/evaluation.ts";
import { evaluateRequestExample, evaluateResponseExample } from "./evaluate-household.examples.ts";

// The evaluation is built from readonly arrays; the schema says so.
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();
const Localized = z.object({ id: z.string(), en: z.string() });
interface TraceShape {
  path: string;
  operator: string | null;
  words: { id: string; en: string };
  result?: unknown;
  evaluated: boolean;
  variable?: { name: string; value?: unknown };
  decidedBy?: number | null;
  matches?: number;
  error?: { id: string; en: string };
  children: readonly TraceShape[];
}
// A rule's explanation tree: each node's operator, words, values read and result.
const Trace: z.ZodType<TraceShape> = z
  .lazy(() =>
    z.object({
      path: z.string().openapi({ description: "JSON Pointer of the node in the rule" }),
      operator: z.string().nullable(),
      words: Localized,
      result: z.unknown(),
      evaluated: z.boolean(),
      variable: z.object({ name: z.string(), value: z.unknown() }).optional(),
      decidedBy: z.number().int().nullable().optional(),
      matches: z.number().int().optional(),
      error: Localized.optional(),
      children: z.array(Trace).readonly(),
    }),
  )
  .openapi("RuleTrace");

// The body's shape is checked against the regency's own survey (criterion ids,
// answer types, options) in the service, so every problem is reported at once.
const EvaluateRequestSchema = z
  .object({
    answers: z
      .record(z.string(), z.union([z.boolean(), z.number(), z.string(), z.null()]))
      .openapi({ description: "Survey answers by criterion id (yes/no → boolean, number, choice → option id, text)" }),
    household: z.record(z.string(), z.unknown()).optional().openapi({ description: "Household facts (reference list, insurance, village, members…)" }),
    applicant: z.record(z.string(), z.unknown()).optional().openapi({ description: "The applicant's person facts" }),
    holds: z.record(z.string(), z.string().nullable()).optional().openapi({ description: "Tiers already held, by programme id" }),
    decisionDate: z.string().optional().openapi({ format: "date", description: "Date the rules are evaluated for; default today in the regency's time zone" }),
  })
  .openapi("EvaluateRequest", { example: evaluateRequestExample });

const EvaluateResponseSchema = z
  .object({
    configuration: z.union([
      z.object({ source: z.literal("published"), version: z.number().int(), contentHash: z.string() }),
      z.object({ source: z.literal("draft"), revision: z.number().int() }),
    ]),
    evaluation: z.object({
      decisionDate: z.string(),
      criteria: list(
        z.object({
          id: z.string(),
          label: Localized,
          question: Localized,
          value: z.union([z.boolean(), z.number(), z.string(), z.null()]),
          valueText: Localized,
          condition: Localized.nullable(),
          met: z.boolean(),
          weight: z.number(),
          contribution: z.number(),
          trace: Trace.nullable(),
        }),
      ),
      signCount: z.number(),
      score: z.number(),
      scoring: z.object({ description: Localized, trace: Trace }),
      category: z.object({ id: z.string(), rank: z.number(), label: Localized }),
      classification: z.object({ description: Localized }),
      classificationTrace: Trace,
      holds: z.record(z.string(), z.object({ tier: z.string().nullable(), source: z.enum(["input", "computed", "none"]) })),
      programmes: list(
        z.object({
          id: z.string(),
          label: Localized,
          holder: z.string(),
          tier: z.object({ id: z.string(), rank: z.number(), label: Localized }).nullable(),
          tiers: list(
            z.object({
              id: z.string(),
              rank: z.number(),
              label: Localized,
              qualifies: z.boolean(),
              given: z.boolean(),
              condition: Localized,
              trace: Trace,
              missingFacts: list(z.string()),
            }),
          ),
        }),
      ),
      services: list(
        z.object({
          id: z.string(),
          label: Localized,
          eligible: z.boolean(),
          condition: Localized,
          trace: Trace,
          card: z.object({ programme: z.string(), tier: z.string().nullable() }).optional(),
          missingFacts: list(z.string()),
        }),
      ),
      eligibleServices: list(z.string()),
    }),
  })
  .openapi("EvaluateResponse", { example: evaluateResponseExample });

// The draft is work in progress: only those who may edit it may try it. Checked before the
// body is validated, like the route's own permission.
const draftNeedsEdit = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.query("config") === "draft") assertPermission(c, "config:edit", true);
  await next();
});

export const evaluateHouseholdRoute = defineRoute({
  method: "post",
  path: "/api/t/{tenant}/evaluate",
  permission: "config:evaluate",
  middleware: [draftNeedsEdit],
  tags: ["evaluation"],
  summary: "Evaluate a household against the regency's rules",
  description:
    "Scores the survey answers criterion by criterion, classifies the household, finds the tier per card programme " +
    "(and why higher tiers were not given) and the eligible services, with explanations in Indonesian and English. " +
    "Uses the configuration in force, an exact `version`, or the draft (`config=draft`) for previews (which also needs `config:edit`). Changes nothing.",
  request: {
    params: TenantParamsSchema,
    query: z.object({
      config: z.enum(["published", "draft"]).default("published").openapi({ description: "Which configuration to use" }),
      version: z.coerce.number().int().positive().optional().openapi({ description: "An exact published version" }),
    }),
    body: { required: true, content: { "application/json": { schema: EvaluateRequestSchema } } },
  },
  responses: {
    200: { description: "The evaluation", content: { "application/json": { schema: EvaluateResponseSchema } } },
    ...errorResponses(400, 401, 403, 404, 422),
  },
});

export function registerEvaluateHousehold(app: OpenAPIHono<AppEnv>) {
  app.openapi(evaluateHouseholdRoute, async (c) => {
    const query = c.req.valid("query");
    const { decisionDate, ...household } = c.req.valid("json");
    const result = await evaluateForTenant({
      ctx: { db: c.get("db"), tenant: c.get("tenant") },
      input: {
        from: query.config === "draft" ? { source: "draft" } : { source: "published", version: query.version },
        household,
        decisionDate,
      },
    });
    return c.json(result, 200);
  });
}
