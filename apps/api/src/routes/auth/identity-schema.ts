import { z } from "@hono/zod-openapi";
import { PERMISSION_NAMES, ROLE_IDS } from "@satu-atap/auth";

/** A signed-in user with memberships and permissions per regency (login and `/api/auth/me`). */
export const IdentitySchema = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
    memberships: z.array(
      z.object({
        tenant: z.string().nullable().openapi({ description: "Regency slug; null = all regencies (province admin)" }),
        tenantName: z.string().nullable().openapi({ description: "Regency name (null with `tenant`), e.g. for a regency switcher", example: "Kabupaten Sragen" }),
        role: z.enum(ROLE_IDS),
        subdistrictCode: z.string().nullable(),
        areaCodes: z.array(z.string()).nullable(),
        agencyId: z.string().nullable(),
      }),
    ),
    permissions: z.array(
      z.object({
        tenant: z.string().nullable().openapi({ description: "Regency slug; null = platform-wide, valid in every regency" }),
        permissions: z.array(z.enum(PERMISSION_NAMES)),
      }),
    ),
  })
  .openapi("Identity");
