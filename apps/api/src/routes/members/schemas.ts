import { z } from "@hono/zod-openapi";
import { ROLE_IDS } from "@satu-atap/auth";
import { userStatuses } from "@satu-atap/db/schema";

/** A member's account as user managers see it (never a password hash). */
export const MemberUserSchema = z
  .object({
    id: z.string().openapi({ example: "0b7c1c1e-5d1e-4c55-9a53-0f1f3f4e2a10" }),
    email: z.string().openapi({ example: "ana@wonogiri.go.id" }),
    name: z.string().openapi({ example: "Ana Rahmawati" }),
    status: z.enum(userStatuses).openapi({ description: "`disabled` accounts cannot sign in (see `user disable`)." }),
  })
  .openapi("MemberUser");

/** One role held in the regency, with the scope the role needs. */
export const MembershipSchema = z
  .object({
    id: z.string(),
    role: z.enum(ROLE_IDS),
    subdistrictCode: z.string().nullable().openapi({ description: "`subdistrict-officer` only" }),
    areaCodes: z.array(z.string()).nullable().openapi({ description: "`field-verifier` only" }),
    agencyId: z.string().nullable().openapi({ description: "`agency-officer` only" }),
    createdAt: z.string().openapi({ format: "date-time" }),
  })
  .openapi("Membership");
