import { z, type OpenAPIHono } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";

const HealthSchema = z
  .object({
    status: z.literal("ok"),
    database: z.literal("ok"),
  })
  .openapi("Health");

export const healthRoute = defineRoute({
  method: "get",
  path: "/health",
  permission: "public",
  tags: ["system"],
  summary: "Liveness and database reachability",
  responses: {
    200: { description: "The API runs and its database answers", content: { "application/json": { schema: HealthSchema } } },
    ...errorResponses(),
  },
});

export function registerHealth(app: OpenAPIHono<AppEnv>) {
  app.openapi(healthRoute, async (c) => {
    // A real round trip: a health check that never touches the database hides outages.
    await c.get("db").execute(sql`select 1`);
    return c.json({ status: "ok" as const, database: "ok" as const }, 200);
  });
}
