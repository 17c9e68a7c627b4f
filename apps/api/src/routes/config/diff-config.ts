import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { compareConfigs, type ComparisonSide } from "../../services/comparison.ts";
import { PathLabelSchema } from "./upstream-schemas.ts";

const Side = z
  .string()
  .regex(/^(draft|[1-9]\d{0,8})$/, "A published version number or `draft`.")
  .optional()
  .transform((value): ComparisonSide | undefined => (value === undefined || value === "draft" ? value : Number(value)));

const SideOut = z.union([z.number().int(), z.literal("draft")]);

export const ConfigDiffSchema = z
  .object({
    from: SideOut.openapi({ example: 1 }),
    to: SideOut.openapi({ example: "draft" }),
    changes: z.array(
      z.object({
        path: z.string().openapi({ description: "JSON Pointer into `to` (into `from` for a removal)", example: "/survey/criteria/0/weight" }),
        idPath: z.string().openapi({ example: "/survey/criteria[id=floor_type]/weight" }),
        kind: z.enum(["added", "removed", "changed"]),
        before: z.unknown().optional().openapi({ description: "Absent for an addition", example: 2 }),
        after: z.unknown().optional().openapi({ description: "Absent for a removal", example: 3 }),
        label: PathLabelSchema,
      }),
    ),
  })
  .openapi("ConfigDiff");

export const diffConfigRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/config/diff",
  permission: "config:read",
  tags: ["configuration"],
  summary: "Compare two configurations of the regency",
  description:
    "Changes from `from` to `to` (each a published version number or `draft`; default from the latest published version to the draft), " +
    "by path, matched by identity (`[id=…]`), with old and new value and a label in Indonesian and English. " +
    "Unknown version → 404 `VERSION_NOT_FOUND`; no published version and no `from` → 404 `CONFIG_NOT_PUBLISHED`; any other value → 400.",
  request: {
    params: TenantParamsSchema,
    query: z.object({
      from: Side.openapi({ description: "A published version number or `draft` (default: the latest published version)", example: "1" }),
      to: Side.openapi({ description: "A published version number or `draft` (default: `draft`)", example: "draft" }),
    }),
  },
  responses: {
    200: { description: "The changes", content: { "application/json": { schema: ConfigDiffSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

export function registerDiffConfig(app: OpenAPIHono<AppEnv>) {
  app.openapi(diffConfigRoute, async (c) => {
    const { from, to } = c.req.valid("query");
    const result = await compareConfigs({ ctx: { db: c.get("db"), tenant: c.get("tenant") }, input: { from, to } });
    return c.json(result, 200);
  });
}
