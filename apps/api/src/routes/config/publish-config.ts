import { z, type OpenAPIHono } from "@hono/zod-openapi";
import { actorOf } from "../../http/actor.ts";
import type { AppEnv } from "../../http/app-env.ts";
import { requiredRevision } from "../../http/etag.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { publishDraft } from "../../services/drafts.ts";
import { IfMatchHeaders } from "./draft-schemas.ts";
import { PublishedVersionSchema } from "./version-schema.ts";

export const publishConfigRoute = defineRoute({
  method: "post",
  path: "/api/t/{tenant}/config/publish",
  permission: "config:publish",
  tags: ["configuration"],
  summary: "Publish the draft as a new version",
  description:
    "Makes the draft read (`If-Match`: 428 without, 412 when stale) an immutable numbered version with its content hash, in force from " +
    "`effectiveFrom` (default today in the regency's time zone; not in the past). Refused (422, every problem listed at `draft/<pointer>`) " +
    "while the draft has problems. An onboarding regency becomes active.",
  request: {
    params: TenantParamsSchema,
    headers: IfMatchHeaders,
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z
            .object({
              note: z.string().trim().min(1).max(500).openapi({ example: "Bobot kriteria lantai 2026" }),
              effectiveFrom: z.iso.date().optional().openapi({ example: "2026-12-01" }),
            })
            .strict(),
        },
      },
    },
  },
  responses: {
    201: { description: "The new version", content: { "application/json": { schema: PublishedVersionSchema } } },
    ...errorResponses(400, 401, 403, 404, 412, 422, 428),
  },
});

export function registerPublishConfig(app: OpenAPIHono<AppEnv>) {
  app.openapi(publishConfigRoute, async (c) => {
    const expectedRevision = requiredRevision(c.req.header("if-match"));
    const { note, effectiveFrom } = c.req.valid("json");
    const version = await publishDraft({
      ctx: { db: c.get("db"), tenant: c.get("tenant") },
      input: { actor: actorOf(c, true), expectedRevision, note, effectiveFrom },
    });
    return c.json(version, 201);
  });
}
