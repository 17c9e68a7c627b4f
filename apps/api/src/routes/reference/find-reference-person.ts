import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { findPersonByNik } from "../../services/reference-persons.ts";
import { nikCryptoOf, ReferencePersonSchema } from "./schemas.ts";

export const findReferencePersonRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/reference-persons",
  permission: "reference:read",
  tags: ["reference"],
  summary: "Look a person up by NIK: masked NIK and match history (every list and year they appeared in)",
  description:
    "The NIK is matched by its keyed HMAC; the answer shows it masked. A malformed NIK: 400 `NIK_INVALID` with the reason " +
    "(NIK_FORMAT, NIK_REGION, NIK_BIRTH_DATE, NIK_SERIAL). A NIK in no list: 404 `NOT_FOUND`.",
  request: {
    params: TenantParamsSchema,
    query: z.object({ nik: z.string().openapi({ example: "3314015507900001" }) }),
  },
  responses: {
    200: { description: "The person", content: { "application/json": { schema: ReferencePersonSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

export function registerFindReferencePerson(app: OpenAPIHono<AppEnv>) {
  app.openapi(findReferencePersonRoute, async (c) => {
    const person = await findPersonByNik({
      ctx: { db: c.get("db"), tenant: c.get("tenant"), nikCrypto: nikCryptoOf(c) },
      input: { nik: c.req.valid("query").nik },
    });
    // A NIK travels in this URL: keep the answer out of shared caches.
    c.header("Cache-Control", "no-store");
    return c.json(person, 200);
  });
}
