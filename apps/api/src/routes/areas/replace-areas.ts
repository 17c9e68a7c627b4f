import { z, type OpenAPIHono } from "@hono/zod-openapi";
import { actorOf } from "../../http/actor.ts";
import type { AppEnv } from "../../http/app-env.ts";
import { ApiError } from "../../http/errors.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { replaceRegencyAreas, type AreaUpload } from "../../services/area-upload.ts";

// Formats, prefixes and uniqueness are checked by the service, which reports every problem at once.
const AreasBodySchema = z
  .object({
    subdistricts: z.array(
      z.object({
        code: z.string().openapi({ example: "33.12.01" }),
        name: z.string(),
        villages: z.array(z.object({ code: z.string().openapi({ example: "33.12.01.2001" }), name: z.string() }).strict()).default([]),
      }).strict(),
    ),
  })
  .strict()
  .openapi("AreasUpload");

export const replaceAreasRoute = defineRoute({
  method: "put",
  path: "/api/t/{tenant}/areas",
  permission: "areas:edit",
  tags: ["configuration"],
  summary: "Replace the regency's sub-districts and villages",
  description:
    "All or nothing: the areas of the draft configuration and the areas table are replaced in one transaction. " +
    "JSON (`application/json`, the tree) or CSV (`text/csv`, header `code,name,parent`; a sub-district's parent is the regency code " +
    "`PP.RR` or empty, a village's is its sub-district code). Sub-district codes `PP.RR.SS` start with the regency code, village codes " +
    "`PP.RR.SS.VVVV` with their sub-district's; codes are unique. Every problem is listed (400) and nothing changes.",
  request: {
    params: TenantParamsSchema,
    body: {
      content: {
        "application/json": { schema: AreasBodySchema },
        "text/csv": { schema: z.string().openapi({ example: "code,name,parent\n33.12.01,Pracimantoro,33.12\n33.12.01.2001,Gebangharjo,33.12.01\n" }) },
      },
    },
  },
  responses: {
    200: {
      description: "The new counts and the draft revision",
      content: {
        "application/json": {
          schema: z.object({ subdistricts: z.number().int(), villages: z.number().int(), revision: z.number().int() }),
        },
      },
    },
    ...errorResponses(400, 401, 403, 404, 412, 415),
  },
});

export function registerReplaceAreas(app: OpenAPIHono<AppEnv>) {
  app.openapi(replaceAreasRoute, async (c) => {
    const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
    let upload: AreaUpload;
    const json = type === "application/json" ? c.req.valid("json") : undefined;
    if (typeof json === "object") upload = { kind: "json", subdistricts: json.subdistricts };
    else if (type === "text/csv") upload = { kind: "csv", text: await c.req.text() };
    else throw new ApiError("UNSUPPORTED_MEDIA_TYPE", { id: "Kirim JSON atau CSV (text/csv).", en: "Send JSON or CSV (text/csv)." });
    const result = await replaceRegencyAreas({ ctx: { db: c.get("db"), tenant: c.get("tenant") }, input: { actor: actorOf(c, true), upload } });
    return c.json(result, 200);
  });
}
