import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { verifyPrintedDocument } from "../../services/outputs/printed-documents.ts";
import { documentKeysOf } from "./print-documents.ts";

const Bilingual = z.object({ id: z.string(), en: z.string() });

const PublicDocumentSchema = z
  .object({
    genuine: z.boolean().openapi({ description: "False for anything not signed by the unit or naming no record; then nothing else is said." }),
    kind: z.enum(["card", "letter", "recommendation"]).optional(),
    number: z.string().optional(),
    status: z.enum(["valid", "not-yet-valid", "expired", "revoked", "replaced"]).optional().openapi({ description: "Read from the database at scan time." }),
    issuedBy: Bilingual.optional(),
    issuedOn: z.string().optional(),
    validFrom: z.string().optional(),
    validUntil: z.string().nullable().optional(),
    holderName: z.string().optional(),
    maskedNik: z.string().optional(),
    programme: Bilingual.optional(),
    tier: Bilingual.optional(),
    tierColour: z.string().optional(),
    service: Bilingual.optional(),
    replacedByNumber: z.string().optional(),
  })
  .openapi("PublicDocument", {
    example: {
      genuine: true,
      kind: "card",
      number: "SARASWATI-2026-000123",
      status: "valid",
      issuedBy: { id: "Kabupaten Sragen", en: "Sragen Regency" },
      issuedOn: "2026-01-15",
      validFrom: "2026-01-15",
      validUntil: "2027-01-14",
      holderName: "Siti Aminah",
      maskedNik: "3314xxxxxxxxxxxx",
      programme: { id: "Saraswati", en: "Saraswati" },
      tier: { id: "Melati", en: "Melati" },
      tierColour: "#F472B6",
    },
  });

export const verifyDocumentRoute = defineRoute({
  method: "get",
  path: "/api/verify/{token}",
  permission: "public",
  tags: ["outputs"],
  summary: "Public: is this printed card or letter genuine, and does it still hold? (the QR code's address)",
  description:
    "No sign-in. Always 200: `{ genuine: false }` alike for a malformed, forged or unknown-key token and for a record that does not exist " +
    "(no hint which part failed); for a genuine token, only what is printed (number, regency, programme and tier or service, holder name, masked NIK, validity) " +
    "and the status read now: `valid`, `not-yet-valid`, `expired`, `revoked` or `replaced`.",
  request: {
    params: z.object({ token: z.string().max(512).openapi({ param: { name: "token", in: "path" }, example: "v1.WyJ0ZXN0IiwiLi4uIl0.q8J2pX0vZ4m1c9hW3s7t5A" }) }),
  },
  responses: {
    200: { description: "The verdict", content: { "application/json": { schema: PublicDocumentSchema } } },
    ...errorResponses(400),
  },
});

export function registerVerifyDocument(app: OpenAPIHono<AppEnv>) {
  app.openapi(verifyDocumentRoute, async (c) => {
    const view = await verifyPrintedDocument({ ctx: { db: c.get("db") }, input: { token: c.req.valid("param").token, keys: documentKeysOf(c), now: c.get("now") } });
    // The status changes (revocation, expiry): never cache the verdict.
    c.header("Cache-Control", "no-store");
    return c.json(view, 200);
  });
}
