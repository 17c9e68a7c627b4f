import { DecisionSchema, SurveySchema } from "../decisions/schemas.ts";
import { z } from "@hono/zod-openapi";
import { caseChannels, caseStates } from "@satu-atap/db";
import { TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { CASE_ACTIONS } from "../../procedure/case-transitions.ts";

export const CaseParamsSchema = TenantParamsSchema.extend({
  id: z.uuid().openapi({ param: { name: "id", in: "path" }, example: "0b6f4f0e-6f55-4c1e-9a43-1d2f3c4b5a69", description: "The case's (or task's) id" }),
});

const actionIds = Object.keys(CASE_ACTIONS) as [keyof typeof CASE_ACTIONS, ...(keyof typeof CASE_ACTIONS)[]];

export const CaseETagHeaders = z.object({ ETag: z.string().openapi({ example: '"c2"', description: "The case's revision; send it as `If-Match` with the next action." }) });

export const CaseIfMatchHeaders = z.object({
  "if-match": z
    .string()
    .optional()
    .openapi({ description: "The case's ETag as read (`\"c2\"`). Optional; when sent and stale → 409 `CASE_CHANGED`.", example: '"c2"' }),
});

const ApplicantSchema = z.object({
  nikMasked: z.string().openapi({ example: "3314xxxxxxxxxxxx" }),
  name: z.string().openapi({ example: "Siti Aminah" }),
  kkMasked: z.string().nullable().openapi({ example: "3314xxxxxxxxxxxx" }),
  contact: z.string().nullable().openapi({ example: "0812-2650-0001" }),
});

const caseSummaryShape = {
  id: z.uuid(),
  number: z.string().openapi({ example: "2026-000042" }),
  serviceId: z.string().openapi({ example: "saraswati-card" }),
  deskId: z.string().openapi({ example: "health" }),
  channel: z.enum(caseChannels),
  receivedAt: z.enum(["regency", "subdistrict", "village"]),
  decisionLevel: z.enum(["regency", "subdistrict", "village"]),
  subdistrictCode: z.string().openapi({ example: "33.14.01" }),
  villageCode: z.string().openapi({ example: "33.14.01.2001" }),
  applicant: ApplicantSchema,
  state: z.enum(caseStates),
  revision: z.number().int(),
  fastPath: z.boolean().openapi({ description: "Whether the configured fast path applied at the list match." }),
  configVersion: z.number().int().openapi({ description: "Configuration version in force at registration." }),
  createdAt: z.string(),
  stateEnteredAt: z.string(),
  dueAt: z.string().openapi({ description: "Registration + the service's `serviceTime.maxDays`." }),
  closedAt: z.string().nullable(),
  overdue: z.boolean().openapi({ description: "Past `dueAt`: still open after it, or closed after it." }),
};

export const CaseSummarySchema = z.object(caseSummaryShape).openapi("CaseSummary");

export const TaskSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid().nullable(),
    complaintId: z.uuid().nullable(),
    reason: z.enum(["application", "reverification"]),
    subdistrictCode: z.string(),
    villageCode: z.string(),
    assigneeUserId: z.uuid().nullable().openapi({ description: "The field verifier; null while nobody covers the village." }),
    status: z.enum(["open", "done", "cancelled"]),
    createdAt: z.string(),
    completedAt: z.string().nullable(),
    case: z
      .object({ number: z.string(), serviceId: z.string().nullable(), applicantName: z.string().nullable() })
      .nullable()
      .optional()
      .openapi({ description: "In task lists: the case's number, service and applicant (null for a complaint's task)." }),
  })
  .openapi("VerificationTask");

const StepSchema = z.object({ state: z.string(), enteredAt: z.string(), leftAt: z.string().nullable(), minutes: z.number().int() });

export const ServiceTimeSchema = z
  .object({
    targetMinutes: z.number().int().nullable().openapi({ description: "The service's target for the desk's part." }),
    maxDays: z.number().int().nullable(),
    dueAt: z.string(),
    elapsedMinutes: z.number().int().openapi({ description: "Registration until closed, or until now." }),
    overdue: z.boolean(),
    desk: z.object({
      minutes: z.number().int(),
      done: z.boolean().openapi({ description: "Whether the case has left the desk's hands." }),
      overTarget: z.boolean(),
    }),
    steps: z.array(StepSchema),
  })
  .openapi("CaseServiceTime");

export const CaseSchema = z
  .object({
    ...caseSummaryShape,
    documents: z.array(z.object({ id: z.string(), present: z.boolean() })).openapi({ description: "The service's required documents, brought or missing." }),
    listMatch: z.object({
      found: z.boolean(),
      personId: z.number().int().nullable(),
      appearances: z.array(z.object({ source: z.string(), year: z.number().int(), category: z.string().nullable(), villageCode: z.string() })),
    }),
    facts: z.record(z.string(), z.unknown()).openapi({ description: "`household` and `applicant` facts the rules read (the match sets `household.inReferenceList`, `referenceSource`)." }),
    history: z.array(
      z.object({
        id: z.number().int(),
        action: z.string(),
        from: z.string().nullable().openapi({ description: "State before (null for the registration)." }),
        to: z.string().openapi({ description: "State after (the same for steps that keep it, e.g. documents ticked)." }),
        by: z.object({ userId: z.uuid().nullable(), name: z.string() }),
        at: z.string(),
        note: z.string().nullable(),
        data: z.record(z.string(), z.unknown()).nullable(),
      }),
    ),
    allowedActions: z.array(z.enum(actionIds)).openapi({ description: "What the caller may do next (state machine ∩ the caller's permissions)." }),
    tasks: z.array(TaskSchema),
    serviceTime: ServiceTimeSchema,
    surveys: z.array(SurveySchema).openapi({ description: "Field surveys of the case, oldest first (computed and final category, override)." }),
    decisions: z.array(DecisionSchema).openapi({ description: "Decisions, proposals, reviews and referrals, oldest first, with their reasons." }),
  })
  .openapi("Case", {
    example: {
      id: "0b6f4f0e-6f55-4c1e-9a43-1d2f3c4b5a69",
      number: "2026-000042",
      serviceId: "saraswati-card",
      deskId: "health",
      channel: "regency-desk",
      receivedAt: "regency",
      decisionLevel: "regency",
      subdistrictCode: "33.14.01",
      villageCode: "33.14.01.2001",
      applicant: { nikMasked: "3314xxxxxxxxxxxx", name: "Siti Aminah", kkMasked: null, contact: null },
      state: "deciding",
      revision: 2,
      fastPath: true,
      configVersion: 1,
      createdAt: "2026-03-02T01:00:00.000Z",
      stateEnteredAt: "2026-03-02T01:00:00.000Z",
      dueAt: "2026-03-05T01:00:00.000Z",
      closedAt: null,
      overdue: false,
      documents: [
        { id: "ktp", present: true },
        { id: "kk", present: true },
        { id: "village-cover-letter", present: false },
      ],
      listMatch: { found: true, personId: 7, appearances: [{ source: "TNP2K", year: 2015, category: "Desil 1", villageCode: "33.14.01.2001" }] },
      facts: { household: { villageCode: "33.14.01.2001", inReferenceList: true, referenceSource: "tnp2k" } },
      history: [
        { id: 1, action: "register", from: null, to: "registered", by: { userId: null, name: "Petugas Loket" }, at: "2026-03-02T01:00:00.000Z", note: null, data: null },
        { id: 2, action: "match", from: "registered", to: "deciding", by: { userId: null, name: "Petugas Loket" }, at: "2026-03-02T01:00:00.000Z", note: null, data: { found: true, fastPath: true } },
      ],
      allowedActions: ["decide", "withdraw"],
      tasks: [],
      serviceTime: {
        targetMinutes: 30,
        maxDays: 3,
        dueAt: "2026-03-05T01:00:00.000Z",
        elapsedMinutes: 12,
        overdue: false,
        desk: { minutes: 12, done: false, overTarget: false },
        steps: [
          { state: "registered", enteredAt: "2026-03-02T01:00:00.000Z", leftAt: "2026-03-02T01:00:00.000Z", minutes: 0 },
          { state: "deciding", enteredAt: "2026-03-02T01:00:00.000Z", leftAt: null, minutes: 12 },
        ],
      },
      surveys: [],
      decisions: [],
    },
  });
