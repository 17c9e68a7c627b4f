import { z, type OpenAPIHono } from "@hono/zod-openapi";
import { caseChannels } from "@satu-atap/db";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { permissionsOfCaller } from "../../procedure/caller-permissions.ts";
import { caseEtag } from "../../procedure/case-transitions.ts";
import { callerReach } from "../../procedure/record-scope.ts";
import { caseActorOf, caseContextOf } from "../../procedure/transition-case.ts";
import { presentCase } from "../../services/cases/read-cases.ts";
import { registerCase } from "../../services/cases/register-case.ts";
import { nikCryptoOf } from "../reference/schemas.ts";
import { CaseETagHeaders, CaseSchema } from "./schemas.ts";

const RegistrationSchema = z
  .object({
    serviceId: z.string().min(1).max(100).openapi({ example: "saraswati-card" }),
    deskId: z.string().min(1).max(100).openapi({ example: "health" }),
    channel: z.enum(caseChannels).openapi({ description: "How the application reached the unit." }),
    applicant: z
      .object({
        nik: z.string().max(32).openapi({ example: "3314015507900001", description: "16 digits; checked with the NIK rules (region, date of birth)." }),
        name: z.string().trim().min(1).max(200).openapi({ example: "Siti Aminah" }),
        kk: z.string().regex(/^\d{16}$/, "A KK number is 16 digits.").optional().openapi({ example: "3314010101100001" }),
        contact: z.string().trim().max(200).optional().openapi({ example: "0812-2650-0001" }),
      })
      .strict(),
    villageCode: z.string().min(1).max(20).openapi({ example: "33.14.01.2001", description: "The household's village (`33.14.01.2001`)." }),
    documents: z.array(z.string().min(1).max(100)).max(100).openapi({ example: ["ktp", "kk"], description: "Ids of the documents the applicant brought." }),
    facts: z
      .object({
        household: z.record(z.string(), z.unknown()).optional(),
        applicant: z.record(z.string(), z.unknown()).optional(),
      })
      .strict()
      .optional()
      .openapi({
        description:
          "Household and applicant facts the rules read (`household.*`, `applicant.*`), as far as known at the desk; checked against the " +
          "rules' field catalogue. `household.inReferenceList`, `referenceSource` and `villageCode` are set by registration.",
        example: { applicant: { birthDate: "1990-07-15", sex: "female" } },
      }),
  })
  .strict();

export const registerCaseRoute = defineRoute({
  method: "post",
  path: "/api/t/{tenant}/cases",
  permission: "case:register",
  tags: ["cases"],
  summary: "Register an application; the reference-list match and the fast path or field task follow at once",
  description:
    "The level the case is received at comes from the caller's membership (a desk officer: `regency`; a sub-district officer: " +
    "`subdistrict`, with the village inside its kecamatan), never from the body. The documents checklist is the service's " +
    "`requiredDocuments`, each present or missing (a case may be registered with missing documents). In the same transaction the " +
    "applicant is looked up in the reference lists (by the NIK's keyed HMAC): when `procedure.fastPath.when` holds and its " +
    "`skipSteps` skip the survey step, the case goes to `deciding`; otherwise to `surveying` with a verification task in the " +
    "village, assigned to the covering field verifier with the fewest open tasks (unassigned when none covers it). " +
    "Refusals (nothing stored): 400 `NIK_INVALID` (`/applicant/nik`), 400 `VALIDATION_FAILED`, 422 `UNKNOWN_SERVICE`, " +
    "`SERVICE_NOT_AT_DESK`, `SERVICE_NOT_RECEIVED_HERE`, `UNKNOWN_VILLAGE`, `UNKNOWN_DOCUMENT`, 409 `DUPLICATE_APPLICATION` " +
    "(the same person's open case for the same service, numbered in the message). Audited as `case.register` and `case.match`.",
  request: {
    params: TenantParamsSchema,
    body: {
      required: true,
      content: {
        "application/json": {
          schema: RegistrationSchema,
          example: {
            serviceId: "saraswati-card",
            deskId: "health",
            channel: "regency-desk",
            applicant: { nik: "3314015507900001", name: "Siti Aminah", kk: "3314010101100001" },
            villageCode: "33.14.01.2001",
            documents: ["ktp", "kk"],
          },
        },
      },
    },
  },
  responses: {
    201: { description: "The case, after the list match", headers: CaseETagHeaders, content: { "application/json": { schema: CaseSchema } } },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

export function registerRegisterCase(app: OpenAPIHono<AppEnv>) {
  app.openapi(registerCaseRoute, async (c) => {
    const ctx = { ...caseContextOf(c), nikCrypto: nikCryptoOf(c) };
    const created = await registerCase({
      ctx,
      input: { ...c.req.valid("json"), actor: caseActorOf(c), reach: callerReach(c, "case:register") },
    });
    c.header("ETag", caseEtag(created.revision));
    c.header("Location", `/api/t/${c.get("tenant").slug}/cases/${created.id}`);
    return c.json(await presentCase(ctx, created, permissionsOfCaller(c)), 201);
  });
}
