import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { draftEtag } from "../../http/etag.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { getDraftView } from "../../services/drafts.ts";
import { DraftSchema, ETagHeaders } from "./draft-schemas.ts";

export const getDraftRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/config/draft",
  permission: "config:edit",
  tags: ["configuration"],
  summary: "The configuration draft",
  description: "The draft being edited, its remaining problems, and its ETag: send it back as `If-Match` with PUT, PATCH and publish.",
  request: { params: TenantParamsSchema },
  responses: {
    200: { description: "The draft", headers: ETagHeaders, content: { "application/json": { schema: DraftSchema } } },
    ...errorResponses(401, 403, 404),
  },
});

export function registerGetDraft(app: OpenAPIHono<AppEnv>) {
  app.openapi(getDraftRoute, async (c) => {
    const draft = await getDraftView({ ctx: { db: c.get("db"), tenant: c.get("tenant") } });
    c.header("ETag", draftEtag(draft.revision));
    return c.json(draft, 200);
  });
}
