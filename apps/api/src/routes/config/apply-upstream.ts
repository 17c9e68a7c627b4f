import { z, type OpenAPIHono } from "@hono/zod-openapi";
import { actorOf } from "../../http/actor.ts";
import type { AppEnv } from "../../http/app-env.ts";
import { draftEtag, requiredRevision } from "../../http/etag.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { applyTemplateUpdates } from "../../services/upstream.ts";
import { DraftSchema, ETagHeaders, IfMatchHeaders } from "./draft-schemas.ts";
import { RefusedPathSchema, UpstreamTemplateSchema } from "./upstream-schemas.ts";

export const applyUpstreamRoute = defineRoute({
  method: "post",
  path: "/api/t/{tenant}/config/upstream/apply",
  permission: "config:edit",
  tags: ["configuration"],
  summary: "Merge chosen template changes into the draft",
  description:
    "Sets each chosen identity path (from `GET …/upstream`) to the template's value, saves the draft (`If-Match`: 428 without, 412 when " +
    "stale) and records the template's latest version as the new sync point, so upstream changes not chosen count as declined. A " +
    "`conflict` path may be chosen: it takes the template's value. Paths that cannot apply (local-only, unknown, parent removed locally) " +
    "are listed in `refused`; when none applies → 400 `VALIDATION_FAILED` (each at `body/paths/<i>`), nothing saved or synced. " +
    "A regency not cloned from a template → 409 `NO_TEMPLATE`.",
  request: {
    params: TenantParamsSchema,
    headers: IfMatchHeaders,
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z
            .object({
              paths: z
                .array(z.string().min(1).max(1000))
                .min(1)
                .max(1000)
                .openapi({ example: ["/survey/criteria[id=floor_type]/weight"] }),
            })
            .strict(),
        },
      },
    },
  },
  responses: {
    200: {
      description: "The paths applied and refused, the new sync point, and the saved draft",
      headers: ETagHeaders,
      content: {
        "application/json": {
          schema: z
            .object({
              applied: z.array(z.string()),
              refused: z.array(RefusedPathSchema),
              template: UpstreamTemplateSchema,
              draft: DraftSchema,
            })
            .openapi("UpstreamApplied"),
        },
      },
    },
    ...errorResponses(400, 401, 403, 404, 409, 412, 428),
  },
});

export function registerApplyUpstream(app: OpenAPIHono<AppEnv>) {
  app.openapi(applyUpstreamRoute, async (c) => {
    const expectedRevision = requiredRevision(c.req.header("if-match"));
    const { paths } = c.req.valid("json");
    const result = await applyTemplateUpdates({
      ctx: { db: c.get("db"), tenant: c.get("tenant") },
      input: { actor: actorOf(c, true), expectedRevision, paths },
    });
    c.header("ETag", draftEtag(result.draft.revision));
    return c.json(result, 200);
  });
}
