import { z, type OpenAPIHono } from "@hono/zod-openapi";
import { TENANT_SLUG_PATTERN } from "@satu-atap/db/schema";
import { actorOf } from "../../http/actor.ts";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { cloneRegency } from "../../services/cloning.ts";
import { DraftProblemSchema, TenantSchema } from "./schemas.ts";

const CreateTenantBodySchema = z
  .object({
    slug: z
      .string()
      .regex(TENANT_SLUG_PATTERN, "A regency slug is lower-case letters, digits and dashes, starting with a letter.")
      .openapi({ example: "wonogiri" }),
    name: z.string().trim().min(1).max(200).openapi({ example: "Kabupaten Wonogiri" }),
    regencyCode: z.string().regex(/^\d{4}$/, "The 4-digit regency code, e.g. 3312").openapi({ example: "3312" }),
    cloneFrom: z.object({
      tenant: z.string().openapi({ example: "sragen", description: "Slug of a template regency" }),
      version: z.number().int().positive().optional().openapi({ description: "A published version of the template (default: its latest)", example: 1 }),
    }),
  })
  .strict()
  .openapi("CreateTenantRequest");

export const createTenantRoute = defineRoute({
  method: "post",
  path: "/api/tenants",
  permission: "tenant:create",
  tags: ["tenants"],
  summary: "Clone a template into a new regency",
  description:
    "Creates a regency (status `onboarding`) whose draft is a copy of the template's published configuration, with `meta.name`, " +
    "`meta.regencyCode` and `areas.regency` set from the request, and records the lineage (template and version). " +
    "No version is published: the new regency's admins upload its areas, adapt the draft and publish it (which makes it `active`). " +
    "The answer lists the draft's remaining problems (at first: the template's sub-districts do not belong to the new regency code).",
  request: { body: { required: true, content: { "application/json": { schema: CreateTenantBodySchema } } } },
  responses: {
    201: {
      description: "The new regency and its draft",
      content: {
        "application/json": {
          schema: z.object({ tenant: TenantSchema, draft: z.object({ revision: z.number().int(), problems: z.array(DraftProblemSchema) }) }),
        },
      },
    },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

export function registerCreateTenant(app: OpenAPIHono<AppEnv>) {
  app.openapi(createTenantRoute, async (c) => {
    const body = c.req.valid("json");
    const result = await cloneRegency({ ctx: { db: c.get("db") }, input: { ...body, actor: actorOf(c, false) } });
    return c.json(result, 201);
  });
}
