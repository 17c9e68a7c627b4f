import { z } from "@hono/zod-openapi";
import { complaintCategories, complaintStatuses } from "@satu-atap/db";
import type { Context } from "hono";
import type { AppEnv } from "../../http/app-env.ts";
import { TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { callerReach } from "../../procedure/record-scope.ts";
import { caseActorOf } from "../../procedure/transition-case.ts";
import type { ComplaintServiceContext } from "../../services/complaints/lodge-complaint.ts";
import { nikCryptoOf } from "../reference/schemas.ts";

/** The service context of a complaint route: the tenant transaction, the clock, the actor and their reach. */
export function complaintContext(c: Context<AppEnv>): ComplaintServiceContext & { nikCrypto: () => ReturnType<typeof nikCryptoOf> } {
  return {
    db: c.get("db"),
    tenant: c.get("tenant"),
    now: c.get("now"),
    actor: caseActorOf(c),
    reach: callerReach(c, "complaint:handle"),
    nikCrypto: () => nikCryptoOf(c),
  };
}

export const ComplaintParamsSchema = TenantParamsSchema.extend({
  id: z.uuid().openapi({ param: { name: "id", in: "path" }, example: "6b0f4f2e-2d55-4c55-9a53-0f1f3f4e2a10" }),
});

const EXAMPLE_ID = "6b0f4f2e-2d55-4c55-9a53-0f1f3f4e2a10";
const EXAMPLE_CASE = "0b7c1c1e-5d1e-4c55-9a53-0f1f3f4e2a10";
const EXAMPLE_OFFICER = "9a1d7e3c-0c4b-4f6e-8d2a-5b3c1e0f9a77";

export const ComplaintSchema = z
  .object({
    id: z.uuid(),
    number: z.string().openapi({ example: "ADU-2026-000007" }),
    category: z.enum(complaintCategories),
    description: z.string(),
    complainant: z.object({ name: z.string().nullable(), contact: z.string().nullable() }).nullable(),
    links: z.object({
      caseId: z.uuid().nullable(),
      nikMasked: z.string().nullable().openapi({ description: "The person's NIK, masked (regency code kept). Never in clear." }),
      kkMasked: z.string().nullable().openapi({ description: "The household's KK number, masked." }),
      subdistrictCode: z.string().nullable(),
      villageCode: z.string().nullable(),
    }),
    assigneeUserId: z.uuid().nullable(),
    status: z.enum(complaintStatuses),
    dueAt: z.string().openapi({ description: "Lodged + the category's `dueDays` (configuration `complaints`)." }),
    overdue: z.boolean().openapi({ description: "Past `dueAt` and not resolved, by the API's clock." }),
    resolution: z.string().nullable(),
    resolvedBy: z.uuid().nullable(),
    resolvedAt: z.string().nullable(),
    revision: z.number().int().openapi({ description: "Grows with every change; the ETag is `\"p<revision>\"`." }),
    configVersion: z.number().int(),
    createdBy: z.uuid().nullable(),
    createdAt: z.string(),
  })
  .openapi("Complaint");

const EXAMPLE_COMPLAINT = {
  id: EXAMPLE_ID,
  number: "ADU-2026-000007",
  category: "wrongly-excluded" as const,
  description: "Keluarga sangat miskin tetapi permohonan kartu ditolak.",
  complainant: { name: "Sri Wahyuni", contact: "0812-3456-7890" },
  links: { caseId: EXAMPLE_CASE, nikMasked: "3314xxxxxxxxxxxx", kkMasked: null, subdistrictCode: "33.14.01", villageCode: "33.14.01.2001" },
  assigneeUserId: null,
  status: "open" as const,
  dueAt: "2026-02-11T03:00:00.000Z",
  overdue: false,
  resolution: null,
  resolvedBy: null,
  resolvedAt: null,
  revision: 1,
  configVersion: 3,
  createdBy: EXAMPLE_OFFICER,
  createdAt: "2026-01-28T03:00:00.000Z",
};

export const ComplaintDetailSchema = ComplaintSchema.extend({
  case: z.object({ id: z.uuid(), number: z.string(), state: z.string() }).nullable(),
  tasks: z.array(
    z.object({
      id: z.uuid(),
      reason: z.enum(["application", "reverification"]),
      caseId: z.uuid().nullable(),
      subdistrictCode: z.string(),
      villageCode: z.string(),
      assigneeUserId: z.uuid().nullable().openapi({ description: "The field verifier covering the village; null while nobody does." }),
      status: z.enum(["open", "done", "cancelled"]),
      createdAt: z.string(),
    }),
  ),
  history: z.array(
    z.object({
      action: z.string().openapi({ description: "`lodge`, `reverify`, `assign`, `note`, `resolve`." }),
      from: z.string().nullable(),
      to: z.string().nullable(),
      actorUserId: z.uuid().nullable(),
      actorLabel: z.string(),
      note: z.string().nullable(),
      at: z.string(),
    }),
  ),
}).openapi("ComplaintDetail", {
  example: {
    ...EXAMPLE_COMPLAINT,
    case: { id: EXAMPLE_CASE, number: "2026-000042", state: "surveying" },
    tasks: [
      {
        id: "1e2d3c4b-5a69-4788-97a6-b5c4d3e2f1a0",
        reason: "reverification",
        caseId: EXAMPLE_CASE,
        subdistrictCode: "33.14.01",
        villageCode: "33.14.01.2001",
        assigneeUserId: "4c3b2a19-0f8e-4d7c-6b5a-493827161504",
        status: "open",
        createdAt: "2026-01-28T03:00:00.000Z",
      },
    ],
    history: [
      { action: "lodge", from: null, to: "open", actorUserId: EXAMPLE_OFFICER, actorLabel: "desk-officer", note: null, at: "2026-01-28T03:00:00.000Z" },
      {
        action: "reverify",
        from: "refused",
        to: "surveying",
        actorUserId: EXAMPLE_OFFICER,
        actorLabel: "desk-officer",
        note: "Tugas verifikasi ulang di desa 33.14.01.2001; kasus 2026-000042 kembali ke survei",
        at: "2026-01-28T03:00:00.000Z",
      },
    ],
  },
});

export const ComplaintListSchema = z
  .object({ complaints: z.array(ComplaintSchema) })
  .openapi("ComplaintList", { example: { complaints: [EXAMPLE_COMPLAINT] } });

/** The `If-Match` header of a complaint change (optional: the row lock serialises changes anyway). */
export const ComplaintIfMatchHeaders = z.object({
  "if-match": z
    .string()
    .optional()
    .openapi({ description: "The complaint's ETag as read (`\"p1\"`). Stale: 409 `COMPLAINT_CHANGED`. Optional.", example: '"p1"' }),
});

export const ComplaintEtagHeaders = z.object({ ETag: z.string().openapi({ example: '"p2"' }) });
