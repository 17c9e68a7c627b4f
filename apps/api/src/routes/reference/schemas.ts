import { z } from "@hono/zod-openapi";
import type { ReferenceImport } from "@satu-atap/db";
import type { Context } from "hono";
import type { AppEnv } from "../../http/app-env.ts";
import { ApiError } from "../../http/errors.ts";
import { referenceImportStatus } from "../../services/reference-import.ts";
import { TenantParamsSchema } from "../../http/openapi-schemas.ts";

export const ReferenceImportSchema = z
  .object({
    id: z.uuid(),
    source: z.string().openapi({ example: "DTKS" }),
    year: z.number().int().openapi({ example: 2023 }),
    fileName: z.string().nullable(),
    fileHash: z.string().nullable().openapi({ description: "`sha256:<hex>` of the file, once it has been read to the end." }),
    status: z.enum(["running", "done", "failed", "interrupted"]).openapi({
      description: "`interrupted`: still marked running, but no batch has committed for 10 minutes (its process died); resume it with `resume`.",
    }),
    totalRows: z.number().int().openapi({ description: "Data lines read so far (the header excluded)." }),
    acceptedRows: z.number().int().openapi({ description: "Lines that added an appearance in this source and year." }),
    duplicateRows: z.number().int().openapi({ description: "Valid lines whose NIK already appears in this source and year (re-imports add nothing)." }),
    rejectedRows: z.number().int().openapi({ description: "Lines refused; see the error report." }),
    committedLine: z.number().int().openapi({ description: "Last line of the last committed batch: an interrupted import resumes after it." }),
    failure: z.string().nullable(),
    startedAt: z.string(),
    updatedAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .openapi("ReferenceImport", {
    example: {
      id: "3f1c2a9e-8b7d-4c55-9a53-0f1f3f4e2a10",
      source: "DTKS",
      year: 2023,
      fileName: "dtks-2023.csv",
      fileHash: "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
      status: "done",
      totalRows: 5,
      acceptedRows: 3,
      duplicateRows: 0,
      rejectedRows: 2,
      committedLine: 6,
      failure: null,
      startedAt: "2026-01-28T06:00:00.000Z",
      updatedAt: "2026-01-28T06:00:01.000Z",
      finishedAt: "2026-01-28T06:00:01.000Z",
    },
  });

export function presentImport(row: ReferenceImport): z.infer<typeof ReferenceImportSchema> {
  return {
    id: row.id,
    source: row.source,
    year: row.year,
    fileName: row.fileName,
    fileHash: row.fileHash,
    status: referenceImportStatus(row),
    totalRows: row.totalRows,
    acceptedRows: row.acceptedRows,
    duplicateRows: row.duplicateRows,
    rejectedRows: row.rejectedRows,
    committedLine: row.committedLine,
    failure: row.failure,
    startedAt: row.startedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export const ImportParamsSchema = TenantParamsSchema.extend({
  id: z.uuid().openapi({ param: { name: "id", in: "path" }, example: "3f1c2a9e-8b7d-4c55-9a53-0f1f3f4e2a10" }),
});

export const PersonParamsSchema = TenantParamsSchema.extend({
  id: z.coerce.number().int().positive().openapi({ param: { name: "id", in: "path" }, example: 42 }),
});

export const ReferencePersonSchema = z
  .object({
    id: z.number().int(),
    nikMasked: z.string().openapi({ example: "3314xxxxxxxxxxxx", description: "The regency code kept, the rest hidden. The full NIK: POST …/reveal." }),
    appearances: z.array(
      z.object({
        source: z.string(),
        year: z.number().int(),
        importId: z.uuid(),
        name: z.string(),
        address: z.string(),
        villageCode: z.string(),
        category: z.string().nullable(),
        householdSize: z.number().int(),
        line: z.number().int(),
      }),
    ),
  })
  .openapi("ReferencePerson", {
    example: {
      id: 42,
      nikMasked: "3314xxxxxxxxxxxx",
      appearances: [
        { source: "PPLS", year: 2011, importId: "0b7c1c1e-5d1e-4c55-9a53-0f1f3f4e2a10", name: "Siti Aminah", address: "Dukuh Krajan RT 01/02", villageCode: "33.14.01.2001", category: "Desil 1", householdSize: 4, line: 2 },
        { source: "DTKS", year: 2023, importId: "3f1c2a9e-8b7d-4c55-9a53-0f1f3f4e2a10", name: "Siti Aminah", address: "Dukuh Krajan RT 01/02", villageCode: "33.14.01.2001", category: "Desil 2", householdSize: 5, line: 17 },
      ],
    },
  });

/** The NIK protection of the request, or 500 `NIK_KEYS_MISSING` when the deployment has no keys. */
export function nikCryptoOf(c: Context<AppEnv>) {
  const nikCrypto = c.get("nikCrypto");
  if (nikCrypto === undefined) {
    throw new ApiError("NIK_KEYS_MISSING", {
      id: "Kunci perlindungan NIK belum diatur (NIK_HMAC_KEY, NIK_ENCRYPTION_KEY).",
      en: "NIK protection keys are not configured (NIK_HMAC_KEY, NIK_ENCRYPTION_KEY).",
    });
  }
  return nikCrypto;
}
