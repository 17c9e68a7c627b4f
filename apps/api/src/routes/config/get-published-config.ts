import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { getPublishedConfig } from "../../services/configuration.ts";

export const PublishedConfigSchema = z
  .object({
    tenant: z.object({ slug: z.string(), name: z.string() }),
    version: z.number().int().openapi({ example: 1 }),
    effectiveFrom: z.string().openapi({ format: "date", example: "2026-01-01" }),
    contentHash: z.string().openapi({ example: "sha256:3f2e…" }),
    publishedAt: z.string().openapi({ format: "date-time" }),
    publishedBy: z.string(),
    note: z.string(),
    config: z
      .record(z.string(), z.unknown())
      .openapi({ description: "The regency configuration; its JSON Schema is served at /schemas/regency-config.json" }),
  })
  .openapi("PublishedConfig");

export const getPublishedConfigRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/config",
  permission: "config:read",
  tags: ["configuration"],
  summary: "The published configuration in force",
  description:
    "The configuration version in force today (the highest version whose effective date has come), or the exact `version` asked for.",
  request: {
    params: TenantParamsSchema,
    query: z.object({
      version: z.coerce.number().int().positive().optional().openapi({ description: "An exact published version", example: 1 }),
    }),
  },
  responses: {
    200: { description: "The configuration", content: { "application/json": { schema: PublishedConfigSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

export function registerGetPublishedConfig(app: OpenAPIHono<AppEnv>) {
  app.openapi(getPublishedConfigRoute, async (c) => {
    const { version } = c.req.valid("query");
    const result = await getPublishedConfig({
      ctx: { db: c.get("db"), tenant: c.get("tenant") },
      input: { version },
    });
    return c.json({ ...result, config: result.config as Record<string, unknown> }, 200);
  });
}
