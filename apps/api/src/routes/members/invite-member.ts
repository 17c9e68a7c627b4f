import { z, type OpenAPIHono } from "@hono/zod-openapi";
import { ROLE_IDS } from "@satu-atap/auth";
import { membershipsCovering, rolesOf } from "../../http/access.ts";
import { actorOf } from "../../http/actor.ts";
import type { AppEnv } from "../../http/app-env.ts";
import { ApiError } from "../../http/errors.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute, unauthenticated } from "../../http/route-permission.ts";
import { inviteMember } from "../../services/members.ts";
import { MembershipSchema, MemberUserSchema } from "./schemas.ts";

const InviteMemberBodySchema = z
  .object({
    email: z.email().max(320).openapi({ example: "ana@wonogiri.go.id" }),
    name: z.string().trim().min(1).max(200).openapi({ example: "Ana Rahmawati", description: "Used only when the email has no account yet." }),
    role: z.enum(ROLE_IDS).openapi({ example: "district-admin" }),
    subdistrictCode: z.string().min(1).optional().openapi({ description: "`subdistrict-officer` only: a sub-district of the regency's areas.", example: "33.12.01" }),
    areaCodes: z.array(z.string().min(1)).min(1).max(500).optional().openapi({
      description: "`field-verifier` only: sub-districts or villages of the regency's areas.",
      example: ["33.12.01.2001"],
    }),
    agencyId: z.string().min(1).optional().openapi({ description: "`agency-officer` only: an agency of the regency's configuration.", example: "dinkes" }),
  })
  .strict()
  .openapi("InviteMemberRequest", { example: { email: "ana@wonogiri.go.id", name: "Ana Rahmawati", role: "district-admin" } });

const InvitedMemberSchema = z
  .object({
    user: MemberUserSchema,
    role: z.enum(ROLE_IDS),
    membership: MembershipSchema,
    accountCreated: z.boolean().openapi({ description: "false when the email already had an account: it only got the membership." }),
    temporaryPassword: z.string().optional().openapi({
      description: "Only when the account was created: shown this once, stored only as a hash, never logged. Hand it over privately.",
    }),
  })
  .openapi("InvitedMember", {
    example: {
      user: { id: "0b7c1c1e-5d1e-4c55-9a53-0f1f3f4e2a10", email: "ana@wonogiri.go.id", name: "Ana Rahmawati", status: "active" },
      role: "district-admin",
      membership: { id: "6f0e…", role: "district-admin", subdistrictCode: null, areaCodes: null, agencyId: null, createdAt: "2026-01-28T06:00:00.000Z" },
      accountCreated: true,
      temporaryPassword: "k7m2q9xw4hrt8vz3npc6jd5f",
    },
  });

export const inviteMemberRoute = defineRoute({
  method: "post",
  path: "/api/t/{tenant}/members",
  permission: "user:manage",
  tags: ["members"],
  summary: "Invite a member (e.g. the regency's first district admin)",
  description:
    "Gives a person a role in this regency. A new email gets an account with a generated password, returned once as `temporaryPassword` " +
    "(the answer is `Cache-Control: no-store`); an existing account only gets the membership (no password, its name unchanged). " +
    "Whoever holds `user:manage` here (province and district admins) may grant every regency role, never `province-admin` " +
    "(403 `ROLE_NOT_GRANTABLE`), and never a role to their own account (same 403). A role the person already holds here: 409 `ALREADY_MEMBER`. " +
    "`subdistrict-officer`, `field-verifier` and `agency-officer` need `subdistrictCode`, `areaCodes` or `agencyId` naming this regency's " +
    "areas or agencies; other roles take none (400). Audited as `member.invite`.",
  request: {
    params: TenantParamsSchema,
    body: { required: true, content: { "application/json": { schema: InviteMemberBodySchema } } },
  },
  responses: {
    201: { description: "The member and, for a new account, its temporary password", content: { "application/json": { schema: InvitedMemberSchema } } },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

export function registerInviteMember(app: OpenAPIHono<AppEnv>) {
  app.openapi(inviteMemberRoute, async (c) => {
    const body = c.req.valid("json");
    const auth = c.get("auth");
    if (!auth) throw unauthenticated(c, null);
    const tenant = c.get("tenant");
    try {
      const invited = await inviteMember({
        ctx: { db: c.get("db"), tenant },
        input: { ...body, actor: actorOf(c, true), granterRoles: rolesOf(membershipsCovering(auth.memberships, tenant.id)) },
      });
      // The answer may carry a password: no cache may keep it.
      c.header("Cache-Control", "no-store");
      return c.json(invited, 201);
    } catch (error) {
      // An attempt to grant beyond one's reach is a refusal worth recording, like a missing permission.
      if (error instanceof ApiError && error.code === "ROLE_NOT_GRANTABLE") {
        c.set("denial", { status: 403, tenantId: tenant.id, reason: `${body.role}: ${error.messages.en}` });
      }
      throw error;
    }
  });
}
