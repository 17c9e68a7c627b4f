import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { callerReach } from "../../procedure/record-scope.ts";
import { getSurveyForm } from "../../services/procedure/survey-form.ts";
import { CaseParamsSchema, Localized } from "./schemas.ts";

const SurveyFormSchema = z
  .object({
    case: z.object({ id: z.string(), number: z.string(), state: z.string(), serviceId: z.string(), villageCode: z.string() }),
    configVersion: z.number().int(),
    criteria: z.array(
      z.object({
        id: z.string(),
        label: Localized,
        question: Localized,
        answer: z.object({
          type: z.enum(["yes-no", "number", "choice", "text"]),
          unit: Localized.optional(),
          min: z.number().optional(),
          max: z.number().optional(),
          integer: z.boolean().optional(),
          maxLength: z.number().optional(),
          options: z.array(z.object({ id: z.string(), label: Localized })).optional(),
        }),
        required: z.boolean(),
        narrative: z.object({ required: z.boolean(), prompt: Localized }),
      }),
    ),
    narrative: z.object({ overall: z.object({ required: z.boolean() }) }),
    categories: z.array(z.object({ id: z.string(), rank: z.number(), label: Localized })),
    override: z.object({ allowed: z.boolean(), minJustificationLength: z.number() }),
    facts: z.object({ household: z.record(z.string(), z.unknown()), applicant: z.record(z.string(), z.unknown()).optional() }),
  })
  .openapi("SurveyForm", {
    example: {
      case: { id: "6f1c2a7e-3b0d-4c55-9a51-0d2b8c1e4f10", number: "2026-000042", state: "surveying", serviceId: "saraswati-card", villageCode: "33.14.01.2001" },
      configVersion: 3,
      criteria: [
        {
          id: "floor_area_per_person",
          label: { id: "Luas lantai", en: "Floor area" },
          question: { id: "Berapa luas lantai per orang?", en: "How much floor area per person?" },
          answer: { type: "number", unit: { id: "m² per orang", en: "m² per person" }, min: 0, max: 1000, integer: false },
          required: true,
          narrative: { required: true, prompt: { id: "Gambarkan rumahnya.", en: "Describe the house." } },
        },
      ],
      narrative: { overall: { required: true } },
      categories: [{ id: "near-poor", rank: 3, label: { id: "Hampir miskin", en: "Near poor" } }],
      override: { allowed: true, minJustificationLength: 50 },
      facts: { household: { inReferenceList: false, referenceSource: null, villageCode: "33.14.01.2001" } },
    },
  });

export const getSurveyFormRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/cases/{id}/survey-form",
  permission: "case:read",
  tags: ["procedure"],
  summary: "The field survey form of a case",
  description:
    "Generated from the published criteria of the configuration version in force: each criterion's question, answer field " +
    "(yes/no, number with unit/min/max, choice with options) and narrative field, the overall narrative, the categories an override " +
    "may choose, and the household facts already known. A case outside the caller's reach → 404.",
  request: { params: CaseParamsSchema },
  responses: {
    200: { description: "The form", content: { "application/json": { schema: SurveyFormSchema } } },
    ...errorResponses(401, 403, 404),
  },
});

export function registerGetSurveyForm(app: OpenAPIHono<AppEnv>) {
  app.openapi(getSurveyFormRoute, async (c) => {
    const form = await getSurveyForm({
      ctx: { db: c.get("db"), tenant: c.get("tenant") },
      input: { caseId: c.req.valid("param").id, reach: callerReach(c, "case:read"), now: c.get("now") },
    });
    return c.json(form, 200);
  });
}
