import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { listQuotaStandings } from "../../services/outputs/quotas.ts";
import { outputsContext } from "./schemas.ts";

const QuotaStandingSchema = z
  .object({
    quotaId: z.string(),
    label: z.object({ id: z.string(), en: z.string() }),
    agencyId: z.string(),
    kind: z.enum(["share", "amount-per-household", "count-per-period"]),
    period: z.enum(["month", "quarter", "year"]).nullable().openapi({ description: "Null for quotas the unit does not count (shares, amounts)." }),
    periodKey: z.string().nullable().openapi({ description: "The current period: `2026`, `2026-Q4` or `2026-11`." }),
    limit: z.number().int().nullable(),
    used: z.number().int().nullable(),
    remaining: z.number().int().nullable(),
    whenExhausted: z.enum(["warn", "block"]),
  })
  .openapi("QuotaStanding", {
    example: {
      quotaId: "pakesra-grants",
      label: { id: "Kuota bantuan PAKESRA", en: "PAKESRA grant quota" },
      agencyId: "social-office",
      kind: "count-per-period",
      period: "quarter",
      periodKey: "2026-Q1",
      limit: 120,
      used: 37,
      remaining: 83,
      whenExhausted: "block",
    },
  });

export const listQuotasRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/quotas",
  permission: "recommendation:read",
  tags: ["outputs"],
  summary: "Every quota with its current period's use: limit, used, remaining, policy when used up",
  description:
    "Counted quotas (`count-per-period`) count one unit per recommendation of a service drawing on them, in the period containing today (the regency's calendar). " +
    "Shares and amounts are applied by the agency: listed with null counts.",
  request: { params: TenantParamsSchema },
  responses: {
    200: { description: "The quotas", content: { "application/json": { schema: z.object({ quotas: z.array(QuotaStandingSchema) }) } } },
    ...errorResponses(401, 403, 404),
  },
});

export function registerListQuotas(app: OpenAPIHono<AppEnv>) {
  app.openapi(listQuotasRoute, async (c) => {
    const { config, now } = await outputsContext(c);
    const quotas = await listQuotaStandings({ ctx: { db: c.get("db"), tenant: c.get("tenant") }, input: { config, now } });
    return c.json({ quotas }, 200);
  });
}
