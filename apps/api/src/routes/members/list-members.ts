import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { listMembers } from "../../services/members.ts";
import { MembershipSchema, MemberUserSchema } from "./schemas.ts";

const MembersSchema = z
  .object({
    members: z.array(z.object({ user: MemberUserSchema, memberships: z.array(MembershipSchema) })),
  })
  .openapi("Members", {
    example: {
      members: [
        {
          user: { id: "0b7c1c1e-5d1e-4c55-9a53-0f1f3f4e2a10", email: "ana@wonogiri.go.id", name: "Ana Rahmawati", status: "active" },
          memberships: [
            { id: "6f0e…", role: "district-admin", subdistrictCode: null, areaCodes: null, agencyId: null, createdAt: "2026-01-28T06:00:00.000Z" },
          ],
        },
        {
          user: { id: "9a41…", email: "budi@wonogiri.go.id", name: "Budi Santoso", status: "active" },
          memberships: [
            { id: "1c2d…", role: "subdistrict-officer", subdistrictCode: "33.12.01", areaCodes: null, agencyId: null, createdAt: "2026-02-02T01:30:00.000Z" },
          ],
        },
      ],
    },
  });

export const listMembersRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/members",
  permission: "user:manage",
  tags: ["members"],
  summary: "List the regency's members",
  description:
    "Everyone holding a role in this regency, ordered by email, with each role and its scope. Province admins (platform-wide, " +
    "in no regency) are not listed. Never includes password hashes.",
  request: { params: TenantParamsSchema },
  responses: {
    200: { description: "The members", content: { "application/json": { schema: MembersSchema } } },
    ...errorResponses(401, 403, 404),
  },
});

export function registerListMembers(app: OpenAPIHono<AppEnv>) {
  app.openapi(listMembersRoute, async (c) => {
    const members = await listMembers({ ctx: { db: c.get("db"), tenant: c.get("tenant") } });
    return c.json({ members }, 200);
  });
}
