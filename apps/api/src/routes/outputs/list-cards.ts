import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { callerReach } from "../../procedure/record-scope.ts";
import { listCardsFor } from "../../services/outputs/cards.ts";
import { nikCryptoOf } from "../reference/schemas.ts";
import { CardSchema, outputsContext } from "./schemas.ts";

export const listCardsRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/cards",
  permission: "case:read",
  tags: ["outputs"],
  summary: "Cards the caller reaches, newest first: by holder NIK, status, programme",
  description:
    "`nik` finds one person's cards by the NIK's keyed HMAC (a malformed NIK: 400 `NIK_INVALID`); the answer shows NIKs masked. " +
    "`status` is the status as of today (an active card past its last valid day is `expired`). A sub-district officer sees its kecamatan's cards, a field verifier its areas'.",
  request: {
    params: TenantParamsSchema,
    query: z.object({
      nik: z.string().optional().openapi({ example: "3314015507900001" }),
      status: z.enum(["active", "revoked", "expired", "replaced"]).optional(),
      programme: z.string().max(64).optional().openapi({ example: "saraswati" }),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
  },
  responses: {
    200: { description: "The cards", content: { "application/json": { schema: z.object({ cards: z.array(CardSchema) }) } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

export function registerListCards(app: OpenAPIHono<AppEnv>) {
  app.openapi(listCardsRoute, async (c) => {
    const query = c.req.valid("query");
    const { today } = await outputsContext(c);
    const cards = await listCardsFor({
      ctx: { db: c.get("db"), tenant: c.get("tenant"), nikCrypto: nikCryptoOf(c) },
      input: { reach: callerReach(c, "case:read"), nik: query.nik, status: query.status, programmeId: query.programme, today, limit: query.limit },
    });
    // A NIK may travel in this URL: keep the answer out of shared caches.
    c.header("Cache-Control", "no-store");
    return c.json({ cards }, 200);
  });
}
