import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { actorOf } from "../../http/actor.ts";
import type { AppEnv } from "../../http/app-env.ts";
import { ApiError } from "../../http/errors.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { callerReach } from "../../procedure/record-scope.ts";
import { printCard, printLetter } from "../../services/outputs/printed-documents.ts";
import { OutputParamsSchema } from "./schemas.ts";

const PdfSchema = z.string().openapi({ format: "binary", description: "The PDF" });
const VERIFY_HEADER = "X-Verify-Url";

/** The deployment's document keys, or 500 `DOCUMENT_KEYS_MISSING`. */
export function documentKeysOf(c: Context<AppEnv>) {
  const keys = c.get("documentKeys");
  if (keys === undefined) {
    throw new ApiError("DOCUMENT_KEYS_MISSING", {
      id: "Kunci tanda tangan dokumen belum diatur (DOCUMENT_SIGNING_KEY).",
      en: "The document signing key is not configured (DOCUMENT_SIGNING_KEY).",
    });
  }
  return keys;
}

const printDescription =
  "The QR code encodes `<public URL>/api/verify/<token>` (also in the `X-Verify-Url` header); the token is signed and names only the regency and the record. " +
  "NIK and KK are printed masked. Each download is audited. Without a signing key: 500 `DOCUMENT_KEYS_MISSING`.";

export const printCardRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/cards/{id}/pdf",
  permission: "case:read",
  tags: ["outputs"],
  summary: "The card as a printable PDF (ID-1 size) with a QR code that verifies it",
  description: printDescription,
  request: { params: OutputParamsSchema },
  responses: {
    200: { description: "The card PDF", content: { "application/pdf": { schema: PdfSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

export const printLetterRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/letters/{id}/pdf",
  permission: "case:read",
  tags: ["outputs"],
  summary: "The letter as a printable A4 PDF with a QR code that verifies it",
  description: printDescription,
  request: { params: OutputParamsSchema },
  responses: {
    200: { description: "The letter PDF", content: { "application/pdf": { schema: PdfSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

function pdfResponse(c: Context<AppEnv>, printed: { bytes: Uint8Array; verifyLink: string; number: string }) {
  return c.body(printed.bytes as Uint8Array<ArrayBuffer>, 200, {
    "Content-Type": "application/pdf",
    "Content-Disposition": `inline; filename="${printed.number.replace(/[^A-Za-z0-9-]/g, "_")}.pdf"`,
    "Cache-Control": "no-store",
    [VERIFY_HEADER]: printed.verifyLink,
  });
}

export function registerPrintDocuments(app: OpenAPIHono<AppEnv>) {
  app.openapi(printCardRoute, async (c) => {
    const printed = await printCard({
      ctx: { db: c.get("db"), tenant: c.get("tenant") },
      input: { id: c.req.valid("param").id, reach: callerReach(c, "case:read"), actor: actorOf(c, true), now: c.get("now"), print: { keys: documentKeysOf(c), verifyUrl: c.get("verifyUrl") } },
    });
    return pdfResponse(c, printed);
  });
  app.openapi(printLetterRoute, async (c) => {
    const printed = await printLetter({
      ctx: { db: c.get("db"), tenant: c.get("tenant") },
      input: { id: c.req.valid("param").id, reach: callerReach(c, "case:read"), actor: actorOf(c, true), now: c.get("now"), print: { keys: documentKeysOf(c), verifyUrl: c.get("verifyUrl") } },
    });
    return pdfResponse(c, printed);
  });
}
