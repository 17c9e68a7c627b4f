import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { listTenantAudit } from "../../services/audit.ts";

const AuditEventSchema = z
  .object({
    id: z.number().int(),
    seq: z.number().int().openapi({ description: "Position in the regency's hash chain" }),
    at: z.string().openapi({ format: "date-time" }),
    actorUserId: z.string().nullable(),
    actorRole: z.string().nullable(),
    action: z.string().openapi({ example: "request.denied" }),
    target: z.string().nullable(),
    requestId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    details: z.unknown(),
    prevHash: z.string().nullable(),
    rowHash: z.string(),
  })
  .openapi("AuditEvent");

export const listAuditEventsRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/audit",
  permission: "audit:read",
  tags: ["audit"],
  summary: "The regency's audit trail",
  description: "Audit events of the regency's hash chain, newest first, filtered; page with `cursor` = the previous page's `nextCursor`.",
  request: {
    params: TenantParamsSchema,
    query: z.object({
      action: z.string().max(100).optional().openapi({ example: "request.denied" }),
      actor: z.uuid().optional().openapi({ description: "The acting user's id" }),
      from: z.iso.datetime({ offset: true }).optional().openapi({ description: "Inclusive lower bound on the time" }),
      to: z.iso.datetime({ offset: true }).optional().openapi({ description: "Exclusive upper bound on the time" }),
      limit: z.coerce.number().int().min(1).max(500).optional().openapi({ description: "Page size (default 50)" }),
      cursor: z.coerce.number().int().positive().optional(),
    }),
  },
  responses: {
    200: {
      description: "A page of events",
      content: { "application/json": { schema: z.object({ events: z.array(AuditEventSchema), nextCursor: z.number().int().nullable() }) } },
    },
    ...errorResponses(400, 401, 403, 404),
  },
});

export function registerListAuditEvents(app: OpenAPIHono<AppEnv>) {
  app.openapi(listAuditEventsRoute, async (c) => {
    const query = c.req.valid("query");
    const page = await listTenantAudit({
      ctx: { db: c.get("db"), tenant: c.get("tenant") },
      input: {
        action: query.action,
        actor: query.actor,
        from: query.from === undefined ? undefined : new Date(query.from),
        to: query.to === undefined ? undefined : new Date(query.to),
        limit: query.limit,
        cursor: query.cursor,
      },
    });
    return c.json(page, 200);
  });
}
