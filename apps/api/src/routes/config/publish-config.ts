import { z, type OpenAPIHono } from "@hono/zod-openapi";
import { ID_PATTERN } from "@satu-atap/config";
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
    "`effectiveFrom` (default today in the regency's time zone; not in the past). Refused while the draft has problems " +
    "(422 `INVALID_CONFIGURATION`, every problem at `draft/<pointer>`), while a test household fails " +
    "(422 `TEST_HOUSEHOLDS_FAILED`, each at `draft/testHouseholds/<index>`), and while a test household's outcome differs from the " +
    "version in force without being acknowledged (409 `OUTCOMES_CHANGED_UNACKNOWLEDGED`, each at `draft/testHouseholds/<index>`): " +
    "send `acknowledge: true` with `acknowledgedHouseholds` listing every changed household (see POST …/config/draft/check). " +
    "Acknowledged changes are recorded in the audit event. An onboarding regency becomes active.",
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
              acknowledge: z
                .boolean()
                .optional()
                .openapi({ description: "`true` confirms the changed test household outcomes listed in `acknowledgedHouseholds`", example: true }),
              acknowledgedHouseholds: z
                .array(z.string().regex(ID_PATTERN, "A test household id"))
                .min(1)
                .max(1000)
                .optional()
                .openapi({
                  description: "Ids of the test households whose outcome changed from the version in force; must include every changed one",
                  example: ["tukiyem-sumberlawang"],
                }),
            })
            .strict()
            .refine((body) => body.acknowledgedHouseholds === undefined || body.acknowledge === true, {
              path: ["acknowledge"],
              message: "Send acknowledge: true with acknowledgedHouseholds",
            })
            .openapi({
              example: {
                note: "Bobot kriteria jenis lantai dinaikkan",
                effectiveFrom: "2026-12-01",
                acknowledge: true,
                acknowledgedHouseholds: ["tukiyem-sumberlawang"],
              },
            }),
        },
      },
    },
  },
  responses: {
    201: { description: "The new version", content: { "application/json": { schema: PublishedVersionSchema } } },
    ...errorResponses(400, 401, 403, 404, 409, 412, 422, 428),
  },
});

export function registerPublishConfig(app: OpenAPIHono<AppEnv>) {
  app.openapi(publishConfigRoute, async (c) => {
    const expectedRevision = requiredRevision(c.req.header("if-match"));
    const { note, effectiveFrom, acknowledge, acknowledgedHouseholds } = c.req.valid("json");
    const version = await publishDraft({
      ctx: { db: c.get("db"), tenant: c.get("tenant") },
      input: { actor: actorOf(c, true), expectedRevision, note, effectiveFrom, acknowledgement: { acknowledge, acknowledgedHouseholds } },
    });
    return c.json(version, 201);
  });
}
