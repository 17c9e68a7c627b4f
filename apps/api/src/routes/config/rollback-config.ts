import { z, type OpenAPIHono } from "@hono/zod-openapi";
import { actorOf } from "../../http/actor.ts";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { rollbackToVersion } from "../../services/drafts.ts";
import { PublishedVersionSchema } from "./version-schema.ts";

export const rollbackConfigRoute = defineRoute({
  method: "post",
  path: "/api/t/{tenant}/config/rollback",
  permission: "config:publish",
  tags: ["configuration"],
  summary: "Publish an older version's content again",
  description:
    "Versions are immutable: a rollback publishes the content of `version` as a new version (same content hash), in force from " +
    "`effectiveFrom` (default today). The draft is left as it is.",
  request: {
    params: TenantParamsSchema,
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z
            .object({
              version: z.number().int().positive().openapi({ example: 1 }),
              note: z.string().trim().min(1).max(500).openapi({ example: "Kembali ke versi 1" }),
              effectiveFrom: z.iso.date().optional(),
            })
            .strict(),
        },
      },
    },
  },
  responses: {
    201: { description: "The new version", content: { "application/json": { schema: PublishedVersionSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

export function registerRollbackConfig(app: OpenAPIHono<AppEnv>) {
  app.openapi(rollbackConfigRoute, async (c) => {
    const { version, note, effectiveFrom } = c.req.valid("json");
    const published = await rollbackToVersion({
      ctx: { db: c.get("db"), tenant: c.get("tenant") },
      input: { actor: actorOf(c, true), version, note, effectiveFrom },
    });
    return c.json(published, 201);
  });
}
