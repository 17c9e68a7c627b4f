import { z, type OpenAPIHono } from "@hono/zod-openapi";
import { actorOf } from "../../http/actor.ts";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { callerReach } from "../../procedure/record-scope.ts";
import { caseContextOf } from "../../procedure/transition-case.ts";
import { revealCaseNik } from "../../services/cases/read-cases.ts";
import { nikCryptoOf } from "../reference/schemas.ts";
import { CaseParamsSchema } from "./schemas.ts";

export const revealCaseNikRoute = defineRoute({
  method: "post",
  path: "/api/t/{tenant}/cases/{id}/reveal-nik",
  permission: "nik:reveal",
  tags: ["cases"],
  summary: "Reveal the applicant's full NIK (audited)",
  description:
    "For a caller holding `nik:reveal` who reaches the case. Recorded as `nik.reveal` (actor, case, masked NIK, optional reason) in " +
    "the same transaction: no record, no reveal. `Cache-Control: no-store`.",
  request: {
    params: CaseParamsSchema,
    body: {
      required: false,
      content: { "application/json": { schema: z.object({ reason: z.string().max(500).optional().openapi({ example: "Cek KTP asli" }) }).strict() } },
    },
  },
  responses: {
    200: {
      description: "The full NIK",
      content: {
        "application/json": {
          schema: z
            .object({ caseId: z.uuid(), nik: z.string(), nikMasked: z.string() })
            .openapi("RevealedCaseNik", { example: { caseId: "0b6f4f0e-6f55-4c1e-9a43-1d2f3c4b5a69", nik: "3314015507900001", nikMasked: "3314xxxxxxxxxxxx" } }),
        },
      },
    },
    ...errorResponses(400, 401, 403, 404),
  },
});

export function registerRevealCaseNik(app: OpenAPIHono<AppEnv>) {
  app.openapi(revealCaseNikRoute, async (c) => {
    const body = c.req.header("content-type")?.includes("application/json") ? c.req.valid("json") : {};
    const revealed = await revealCaseNik({
      ctx: { ...caseContextOf(c), nikCrypto: nikCryptoOf(c) },
      input: { caseId: c.req.valid("param").id, reach: callerReach(c, "nik:reveal"), actor: actorOf(c, true), reason: body?.reason },
    });
    c.header("Cache-Control", "no-store");
    return c.json(revealed, 200);
  });
}
