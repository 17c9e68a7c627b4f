import { z } from "@hono/zod-openapi";
import type { RegencyConfig } from "@satu-atap/config";
import type { Context } from "hono";
import type { AppEnv } from "../../http/app-env.ts";
import { TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { getPublishedConfig } from "../../services/configuration.ts";
import { regencyToday } from "../../services/outputs/output-dates.ts";

export const OutputParamsSchema = TenantParamsSchema.extend({
  id: z.uuid().openapi({ param: { name: "id", in: "path" }, example: "5b0d8c9e-2f4a-4c1b-9e3d-7a6f1c2b3d4e" }),
});

const HolderSchema = z.object({
  name: z.string().openapi({ example: "Siti Aminah" }),
  nikMasked: z.string().openapi({ example: "3314xxxxxxxxxxxx", description: "The regency code kept, the rest hidden." }),
});

export const CardSchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    programmeId: z.string(),
    tierId: z.string(),
    serviceId: z.string(),
    caseId: z.uuid(),
    holder: HolderSchema,
    household: z.object({ kkMasked: z.string().nullable() }),
    subdistrictCode: z.string(),
    villageCode: z.string(),
    validFrom: z.string().openapi({ description: "First valid day (YYYY-MM-DD, the regency's calendar)." }),
    validUntil: z.string().nullable().openapi({ description: "Last valid day; null: until revoked." }),
    status: z.enum(["active", "revoked", "expired", "replaced"]).openapi({ description: "As of today: an active card past its last valid day reads `expired`." }),
    issuedAt: z.string(),
    issuedBy: z.uuid().nullable(),
    revokedAt: z.string().nullable(),
    revokeReason: z.string().nullable(),
  })
  .openapi("Card", {
    example: {
      id: "5b0d8c9e-2f4a-4c1b-9e3d-7a6f1c2b3d4e",
      number: "SARASWATI-2026-000123",
      programmeId: "saraswati",
      tierId: "melati",
      serviceId: "saraswati-card",
      caseId: "0b7c1c1e-5d1e-4c55-9a53-0f1f3f4e2a10",
      holder: { name: "Siti Aminah", nikMasked: "3314xxxxxxxxxxxx" },
      household: { kkMasked: "3314xxxxxxxxxxxx" },
      subdistrictCode: "33.14.01",
      villageCode: "33.14.01.2001",
      validFrom: "2026-01-15",
      validUntil: "2027-01-14",
      status: "active",
      issuedAt: "2026-01-15T03:12:00.000Z",
      issuedBy: "9d7c1c1e-5d1e-4c55-9a53-0f1f3f4e2a10",
      revokedAt: null,
      revokeReason: null,
    },
  });

export const LetterSchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    serviceId: z.string(),
    caseId: z.uuid(),
    holder: HolderSchema,
    subdistrictCode: z.string(),
    villageCode: z.string(),
    validFrom: z.string(),
    validUntil: z.string().nullable(),
    status: z.enum(["active", "replaced", "revoked", "expired"]).openapi({ description: "As of today: an active letter past its last valid day reads `expired`." }),
    renewsLetterId: z.uuid().nullable().openapi({ description: "The letter this one renews." }),
    renewedByLetterId: z.uuid().nullable().openapi({ description: "The letter that renewed this one." }),
    issuedAt: z.string(),
    issuedBy: z.uuid().nullable(),
  })
  .openapi("Letter", {
    example: {
      id: "7c1d8c9e-2f4a-4c1b-9e3d-7a6f1c2b3d4e",
      number: "CARE-RECOMMENDATION-LETTER-2026-000042",
      serviceId: "care-recommendation-letter",
      caseId: "0b7c1c1e-5d1e-4c55-9a53-0f1f3f4e2a10",
      holder: { name: "Siti Aminah", nikMasked: "3314xxxxxxxxxxxx" },
      subdistrictCode: "33.14.01",
      villageCode: "33.14.01.2001",
      validFrom: "2026-02-15",
      validUntil: "2026-03-16",
      status: "active",
      renewsLetterId: "6a1d8c9e-2f4a-4c1b-9e3d-7a6f1c2b3d4e",
      renewedByLetterId: null,
      issuedAt: "2026-02-15T03:12:00.000Z",
      issuedBy: "9d7c1c1e-5d1e-4c55-9a53-0f1f3f4e2a10",
    },
  });

export const RecommendationSchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    serviceId: z.string(),
    caseId: z.uuid(),
    agencyId: z.string().openapi({ description: "The agency it is addressed to (the service's lead agency)." }),
    holder: HolderSchema,
    subdistrictCode: z.string(),
    villageCode: z.string(),
    quotaId: z.string().nullable(),
    periodKey: z.string().nullable().openapi({ description: "The quota period it used: `2026`, `2026-Q4` or `2026-11`." }),
    quotaWarning: z.boolean().openapi({ description: "Issued although its `warn` quota was used up." }),
    status: z.enum(["pending", "delivered", "declined"]),
    reason: z.string().nullable().openapi({ description: "Why the agency declined it." }),
    handledBy: z.uuid().nullable(),
    handledAt: z.string().nullable(),
    issuedAt: z.string(),
    issuedBy: z.uuid().nullable(),
  })
  .openapi("Recommendation", {
    example: {
      id: "8e2d8c9e-2f4a-4c1b-9e3d-7a6f1c2b3d4e",
      number: "PAKESRA-2026-000007",
      serviceId: "pakesra",
      caseId: "0b7c1c1e-5d1e-4c55-9a53-0f1f3f4e2a10",
      agencyId: "social-office",
      holder: { name: "Siti Aminah", nikMasked: "3314xxxxxxxxxxxx" },
      subdistrictCode: "33.14.01",
      villageCode: "33.14.01.2001",
      quotaId: "pakesra-grants",
      periodKey: "2026-Q1",
      quotaWarning: false,
      status: "pending",
      reason: null,
      handledBy: null,
      handledAt: null,
      issuedAt: "2026-02-15T03:12:00.000Z",
      issuedBy: "9d7c1c1e-5d1e-4c55-9a53-0f1f3f4e2a10",
    },
  });

export const ReasonBodySchema = z
  .object({ reason: z.string().max(1000).optional().openapi({ example: "Kartu hilang; diterbitkan ulang" }) })
  .strict()
  .openapi("OutputReason");

/** The configuration in force for the request's regency, and today in its calendar. */
export async function outputsContext(c: Context<AppEnv>) {
  const published = await getPublishedConfig({ ctx: { db: c.get("db"), tenant: c.get("tenant") }, input: {} });
  const config = published.config as RegencyConfig;
  return { config, now: c.get("now"), today: regencyToday(config, c.get("now")) };
}
