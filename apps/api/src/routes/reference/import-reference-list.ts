import { z, type OpenAPIHono } from "@hono/zod-openapi";
import { actorOf } from "../../http/actor.ts";
import type { AppEnv } from "../../http/app-env.ts";
import { ApiError } from "../../http/errors.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { importReferenceList, REFERENCE_COLUMNS } from "../../services/reference-import.ts";
import { nikCryptoOf, presentImport, ReferenceImportSchema } from "./schemas.ts";

const ImportQuerySchema = z.object({
  source: z.string().trim().min(1).max(100).openapi({ example: "DTKS", description: "The list's name (TNP2K, PPLS 2011, DTKS, DTSEN, …): data, not a fixed set." }),
  year: z.coerce.number().int().min(1990).max(2100).openapi({ example: 2023 }),
  fileName: z.string().max(255).optional().openapi({ example: "dtks-2023.csv" }),
  resume: z.uuid().optional().openapi({ description: "An interrupted import (`failed`, or `interrupted`: running but stale) of the same source and year to continue after its last committed line." }),
});

export const importReferenceListRoute = defineRoute({
  method: "post",
  path: "/api/t/{tenant}/reference-imports",
  permission: "reference:import",
  tags: ["reference"],
  summary: "Import a reference poverty list (streamed CSV)",
  description:
    `The body is the CSV file (\`text/csv\`), read as a stream: header \`${REFERENCE_COLUMNS.join(",")}\` (any order). ` +
    "Lines are checked (NIK: 16 digits, a region code, a real date of birth with women's day + 40; KK 16 digits or empty; a name; " +
    "a village of the regency's areas, `33.14.01.2001` or `3314012001`; household size 1–99; no NIK twice in the file) and stored " +
    "in batches, each in its own transaction: the import's counters and error report (GET …/{id}, …/{id}/errors) are readable while it runs. " +
    "Bad lines are reported with their line number and reason; the good ones go in. A NIK already in this source and year adds nothing " +
    "(`duplicateRows`), so importing the same file again changes no data. Answers 201 when the file has been read to the end and " +
    "stored, whatever its size (a million lines take minutes: meanwhile the import is listed first by GET …/reference-imports, " +
    "and its counters move with each batch). " +
    "A bad header: 400 `CSV_HEADER_INVALID`, nothing stored. Audited as `reference.import` and `reference.import_done`.",
  request: {
    params: TenantParamsSchema,
    query: ImportQuerySchema,
    body: {
      required: true,
      content: {
        "text/csv": {
          schema: z.string().openapi({
            example:
              "nik,kk,name,address,village_code,category,household_size\n3314015507900001,3314010101100001,Siti Aminah,Dukuh Krajan RT 01/02,33.14.01.2001,Desil 1,4\n",
          }),
        },
      },
    },
  },
  responses: {
    201: { description: "The import, finished (`done`)", content: { "application/json": { schema: ReferenceImportSchema } } },
    ...errorResponses(400, 401, 403, 404, 409, 415),
  },
});

export function registerImportReferenceList(app: OpenAPIHono<AppEnv>) {
  app.openapi(importReferenceListRoute, async (c) => {
    const query = c.req.valid("query");
    const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
    if (type !== "text/csv") throw new ApiError("UNSUPPORTED_MEDIA_TYPE", { id: "Kirim berkas CSV (text/csv).", en: "Send a CSV file (text/csv)." });
    const body = c.req.raw.body;
    if (body === null) throw new ApiError("BAD_REQUEST", { id: "Berkas kosong.", en: "The file is empty." });
    const done = await importReferenceList({
      ctx: { db: c.get("db"), tenant: c.get("tenant"), nikCrypto: nikCryptoOf(c) },
      input: { actor: actorOf(c, true), source: query.source, year: query.year, fileName: query.fileName ?? null, resume: query.resume, body: streamChunks(body) },
    });
    return c.json(presentImport(done), 201);
  });
}

/** A web stream as an async iterable (Node 20's ReadableStream is one already; Workers' may not be typed so). */
async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
