import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { draftEtag } from "../../http/etag.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { getUpstreamComparison } from "../../services/upstream.ts";
import { ETagHeaders } from "./draft-schemas.ts";
import { UpstreamEntrySchema, UpstreamTemplateSchema } from "./upstream-schemas.ts";

export const getUpstreamRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/config/upstream",
  permission: "config:edit",
  tags: ["configuration"],
  summary: "What the template changed since this regency's sync point",
  description:
    "A three-way comparison: base = the template version this regency was cloned from or last synced with, upstream = the template's " +
    "latest published version, local = this regency's draft. Each path is `applies-cleanly` (only the template changed it), `conflict` " +
    "(both changed it differently), `same-change` or `local-only`. The `ETag` is the draft's, for `POST …/upstream/apply`. " +
    "A regency not cloned from a template → 409 `NO_TEMPLATE`.",
  request: { params: TenantParamsSchema },
  responses: {
    200: {
      description: "The comparison",
      headers: ETagHeaders,
      content: {
        "application/json": {
          schema: z
            .object({
              template: UpstreamTemplateSchema,
              draftRevision: z.number().int().openapi({ example: 4 }),
              entries: z.array(UpstreamEntrySchema),
              ownLocalChangesOmitted: z.number().int().openapi({
                example: 41,
                description: "Local-only differences in the regency's own sections (meta, areas, testHouseholds) left out of `entries`.",
              }),
            })
            .openapi("UpstreamComparison"),
        },
      },
    },
    ...errorResponses(401, 403, 404, 409),
  },
});

export function registerGetUpstream(app: OpenAPIHono<AppEnv>) {
  app.openapi(getUpstreamRoute, async (c) => {
    const result = await getUpstreamComparison({ ctx: { db: c.get("db"), tenant: c.get("tenant") } });
    c.header("ETag", draftEtag(result.draftRevision));
    return c.json(result, 200);
  });
}
