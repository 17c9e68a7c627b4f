import type { OpenAPIHono } from "@hono/zod-openapi";
import { actorOf } from "../../http/actor.ts";
import type { AppEnv } from "../../http/app-env.ts";
import { draftEtag, requiredRevision } from "../../http/etag.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { importConfig } from "../../services/config-transfer.ts";
import { ETagHeaders, IfMatchHeaders } from "./draft-schemas.ts";
import { ConfigImportBodySchema, ImportedDraftSchema } from "./transfer-schemas.ts";

export const importConfigRoute = defineRoute({
  method: "post",
  path: "/api/t/{tenant}/config/import",
  permission: "config:edit",
  tags: ["configuration"],
  summary: "Import an export file into the configuration draft",
  description:
    "Replaces the draft with the configuration of an export document (from this regency or another). Needs `If-Match` (428 without, " +
    "412 when stale). The document is read first: another `format`, an unknown `formatVersion` or a malformed envelope → 400 with the " +
    "path (`body/format`, `body/formatVersion`, …), nothing saved; a bare configuration is refused the same way (PUT …/config/draft takes one). " +
    "The regency keeps its own identity: `meta.name`, `meta.regencyCode`, `meta.province`, `meta.timezone` and `areas` are never taken " +
    "from the file (`imported.identityKept` lists those the file set differently). The rest is stored like PUT …/config/draft: not shaped " +
    "like a configuration → 400 (issues at `body/config/<pointer>`), nothing saved; broken references or rule errors are saved and listed " +
    "in `problems`. Audited as `config.import` with the draft's hashes before and after and the file's `source`.",
  request: {
    params: TenantParamsSchema,
    headers: IfMatchHeaders,
    body: { required: true, content: { "application/json": { schema: ConfigImportBodySchema } } },
  },
  responses: {
    200: { description: "The saved draft and what the import did", headers: ETagHeaders, content: { "application/json": { schema: ImportedDraftSchema } } },
    ...errorResponses(400, 401, 403, 404, 412, 428),
  },
});

export function registerImportConfig(app: OpenAPIHono<AppEnv>) {
  app.openapi(importConfigRoute, async (c) => {
    const expectedRevision = requiredRevision(c.req.header("if-match"));
    const draft = await importConfig({
      ctx: { db: c.get("db"), tenant: c.get("tenant") },
      input: { actor: actorOf(c, true), expectedRevision, document: c.req.valid("json"), pathPrefix: "body" },
    });
    c.header("ETag", draftEtag(draft.revision));
    return c.json(draft, 200);
  });
}
