import { z, type OpenAPIHono } from "@hono/zod-openapi";
import { actorOf } from "../../http/actor.ts";
import type { AppEnv } from "../../http/app-env.ts";
import { draftEtag, requiredRevision } from "../../http/etag.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { patchDraft } from "../../services/drafts.ts";
import { DraftSchema, ETagHeaders, IfMatchHeaders } from "./draft-schemas.ts";

const Pointer = z.string().openapi({ description: "JSON Pointer (RFC 6901)", example: "/survey/criteria/0/weight" });
const JsonPatchSchema = z
  .array(
    z.discriminatedUnion("op", [
      z.object({ op: z.enum(["add", "replace", "test"]), path: Pointer, value: z.unknown().refine((v) => v !== undefined, "A value is needed.") }).strict(),
      z.object({ op: z.literal("remove"), path: Pointer }).strict(),
      z.object({ op: z.enum(["move", "copy"]), from: Pointer, path: Pointer }).strict(),
    ]),
  )
  .min(1)
  .max(1000)
  .openapi("JsonPatch", {
    description: "RFC 6902 operations, applied in order, all or nothing",
    example: [{ op: "replace", path: "/survey/criteria/0/weight", value: 2 }],
  });

export const patchDraftRoute = defineRoute({
  method: "patch",
  path: "/api/t/{tenant}/config/draft",
  permission: "config:edit",
  tags: ["configuration"],
  summary: "Apply a JSON Patch to the configuration draft",
  description:
    "RFC 6902 (add, remove, replace, move, copy, test). Needs `If-Match` (428 without, 412 when stale). An operation that cannot " +
    "apply (issue at `body/<index>`) or a result not shaped like a configuration (issues at `draft/<pointer>`) → 400, nothing saved; " +
    "a well-formed result with broken references or rule errors is saved and its `problems` listed.",
  request: {
    params: TenantParamsSchema,
    headers: IfMatchHeaders,
    body: { required: true, content: { "application/json-patch+json": { schema: JsonPatchSchema } } },
  },
  responses: {
    200: { description: "The saved draft", headers: ETagHeaders, content: { "application/json": { schema: DraftSchema } } },
    ...errorResponses(400, 401, 403, 404, 412, 428),
  },
});

export function registerPatchDraft(app: OpenAPIHono<AppEnv>) {
  app.openapi(patchDraftRoute, async (c) => {
    const expectedRevision = requiredRevision(c.req.header("if-match"));
    const operations = c.req.valid("json") as Parameters<typeof patchDraft>[0]["input"]["operations"];
    const draft = await patchDraft({
      ctx: { db: c.get("db"), tenant: c.get("tenant") },
      input: { actor: actorOf(c, true), expectedRevision, operations },
    });
    c.header("ETag", draftEtag(draft.revision));
    return c.json(draft, 200);
  });
}
