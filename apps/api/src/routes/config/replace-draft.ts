import { z, type OpenAPIHono } from "@hono/zod-openapi";
import { actorOf } from "../../http/actor.ts";
import type { AppEnv } from "../../http/app-env.ts";
import { draftEtag, requiredRevision } from "../../http/etag.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { replaceDraft } from "../../services/drafts.ts";
import { DraftSchema, ETagHeaders, IfMatchHeaders } from "./draft-schemas.ts";

export const replaceDraftRoute = defineRoute({
  method: "put",
  path: "/api/t/{tenant}/config/draft",
  permission: "config:edit",
  tags: ["configuration"],
  summary: "Replace the configuration draft",
  description:
    "Needs `If-Match` (428 without, 412 when stale). A body not shaped like a configuration (wrong types, unknown or missing fields) " +
    "is refused (400, issues at `body/<pointer>`) and nothing is saved; a well-formed draft with broken references or rule errors " +
    "is saved and its `problems` listed.",
  request: {
    params: TenantParamsSchema,
    headers: IfMatchHeaders,
    body: { required: true, content: { "application/json": { schema: z.record(z.string(), z.unknown()).openapi({ description: "A whole configuration" }) } } },
  },
  responses: {
    200: { description: "The saved draft", headers: ETagHeaders, content: { "application/json": { schema: DraftSchema } } },
    ...errorResponses(400, 401, 403, 404, 412, 428),
  },
});

export function registerReplaceDraft(app: OpenAPIHono<AppEnv>) {
  app.openapi(replaceDraftRoute, async (c) => {
    const expectedRevision = requiredRevision(c.req.header("if-match"));
    const draft = await replaceDraft({
      ctx: { db: c.get("db"), tenant: c.get("tenant") },
      input: { actor: actorOf(c, true), expectedRevision, content: c.req.valid("json") },
    });
    c.header("ETag", draftEtag(draft.revision));
    return c.json(draft, 200);
  });
}
