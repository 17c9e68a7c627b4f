import { z, type OpenAPIHono } from "@hono/zod-openapi";
import { actorOf } from "../../http/actor.ts";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { revealPersonNik } from "../../services/reference-persons.ts";
import { nikCryptoOf, PersonParamsSchema } from "./schemas.ts";

export const revealReferencePersonRoute = defineRoute({
  method: "post",
  path: "/api/t/{tenant}/reference-persons/{id}/reveal",
  permission: "nik:reveal",
  tags: ["reference"],
  summary: "Reveal one person's full NIK (audited)",
  description:
    "Decrypts the NIK of one person for a user holding `nik:reveal`. Every reveal is recorded as `nik.reveal` (actor, person, masked NIK, " +
    "the optional reason) in the same transaction: no record, no reveal. The answer is `Cache-Control: no-store`.",
  request: {
    params: PersonParamsSchema,
    body: {
      required: false,
      content: { "application/json": { schema: z.object({ reason: z.string().max(500).optional().openapi({ example: "Pendaftaran layanan kesehatan" }) }).strict() } },
    },
  },
  responses: {
    200: {
      description: "The full NIK",
      content: {
        "application/json": {
          schema: z
            .object({ id: z.number().int(), nik: z.string(), nikMasked: z.string() })
            .openapi("RevealedNik", { example: { id: 42, nik: "3314015507900001", nikMasked: "3314xxxxxxxxxxxx" } }),
        },
      },
    },
    ...errorResponses(400, 401, 403, 404),
  },
});

export function registerRevealReferencePerson(app: OpenAPIHono<AppEnv>) {
  app.openapi(revealReferencePersonRoute, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.header("content-type")?.includes("application/json") ? c.req.valid("json") : {};
    const revealed = await revealPersonNik({
      ctx: { db: c.get("db"), tenant: c.get("tenant"), nikCrypto: nikCryptoOf(c) },
      input: { personId: id, actor: actorOf(c, true), reason: body?.reason },
    });
    c.header("Cache-Control", "no-store");
    return c.json(revealed, 200);
  });
}
