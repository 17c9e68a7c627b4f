import type { RegencyConfig, Service } from "@satu-atap/config";
import {
  appendAuditEvent,
  appendCaseEvent,
  findArea,
  findOpenCaseOfApplicant,
  insertCase,
  lockApplicant,
  nextCounterValue,
  type Case,
  type CaseChannel,
  type CaseDocument,
  type CaseLevel,
} from "@satu-atap/db";
import { maskNik, NIK_PROBLEM_MESSAGES_ID, parseNik, type NikCrypto } from "@satu-atap/nik";
import { validateHouseholdInput } from "@satu-atap/rules";
import { ApiError, type ErrorIssue } from "../../http/errors.ts";
import type { RecordReach } from "../../procedure/record-scope.ts";
import { transitionCase, type CaseActor, type CaseServiceContext } from "../../procedure/transition-case.ts";
import { auditActorFields } from "../audit-actor.ts";
import { todayIn } from "../calendar.ts";
import { openVerificationTask } from "./assign-verifier.ts";
import { configInForce, serviceOf } from "./case-config.ts";
import { matchAndRoute } from "./list-match.ts";

/** What the desk sends to register an application. */
export interface RegistrationInput {
  serviceId: string;
  deskId: string;
  channel: CaseChannel;
  applicant: { nik: string; name: string; kk?: string | undefined; contact?: string | undefined };
  villageCode: string;
  /** Ids of the documents the applicant brought. */
  documents: string[];
  /** Household and applicant facts the rules read (`household.*`, `applicant.*`), as far as known. */
  facts?: { household?: Record<string, unknown> | undefined; applicant?: Record<string, unknown> | undefined } | undefined;
}

/** Household facts registration itself sets: the applicant may not send them. */
const FACTS_SET_BY_REGISTRATION = ["inReferenceList", "referenceSource", "villageCode"] as const;

const DAY_MS = 86_400_000;

/**
 * Registers an application and matches the applicant against the reference lists in the same
 * transaction. Refuses, before anything is stored: a malformed NIK (400 `NIK_INVALID`), an
 * unknown service (422 `UNKNOWN_SERVICE`), a desk that does not offer it (422
 * `SERVICE_NOT_AT_DESK`), a service not received at the caller's level (422
 * `SERVICE_NOT_RECEIVED_HERE`), an unknown village or one outside the caller's kecamatan (422
 * `UNKNOWN_VILLAGE`), a document not in the catalogue (422 `UNKNOWN_DOCUMENT`), facts that do
 * not fit the rules' field catalogue (400 `VALIDATION_FAILED`), and a second open application
 * of the same person for the same service (409 `DUPLICATE_APPLICATION`).
 *
 * The level the case is received at comes from the caller's reach (a regency-wide desk:
 * `regency`; a sub-district officer: `subdistrict`), never from the input. Then: the case
 * (`registered`, history `register`), the list match, and the `match` step to `deciding` (the
 * configured fast path holds) or `surveying` with a verification task in the village.
 */
export async function registerCase({
  ctx,
  input,
}: {
  ctx: CaseServiceContext & { nikCrypto: NikCrypto };
  input: RegistrationInput & { actor: CaseActor; reach: readonly RecordReach[] };
}): Promise<Case> {
  const { db, tenant, now } = ctx;
  const nik = input.applicant.nik.trim();
  const parsed = parseNik(nik);
  if (!parsed.ok) {
    throw new ApiError("NIK_INVALID", { id: NIK_PROBLEM_MESSAGES_ID[parsed.problem], en: parsed.message }, [
      { path: "/applicant/nik", message: `${parsed.problem}: ${parsed.message}` },
    ]);
  }

  const { config, version, timeZone } = await configInForce(ctx, ctx.now);
  const service = checkService(config, input);
  const level = receivingLevel(input.reach);
  if (!service.receivedAt.includes(level.level)) {
    throw new ApiError(
      "SERVICE_NOT_RECEIVED_HERE",
      {
        id: `Layanan "${service.id}" tidak diterima di tingkat ${level.level} (hanya: ${service.receivedAt.join(", ")}).`,
        en: `Service "${service.id}" is not received at the ${level.level} level (only: ${service.receivedAt.join(", ")}).`,
      },
      [{ path: "/serviceId", message: `received at: ${service.receivedAt.join(", ")}` }],
    );
  }
  const village = await findArea(db, tenant.id, input.villageCode.trim());
  if (village === null || village.level !== "village" || village.parentCode === null || (level.subdistricts !== null && !level.subdistricts.includes(village.parentCode))) {
    // Outside the caller's kecamatan reads the same as unknown: the caller learns nothing of it.
    throw new ApiError(
      "UNKNOWN_VILLAGE",
      { id: `Desa/kelurahan "${input.villageCode}" tidak dikenal di wilayah Anda.`, en: `Village "${input.villageCode}" is not a village of your area.` },
      [{ path: "/villageCode", message: "not a village of the caller's area" }],
    );
  }
  const documents = checklist(config, service, input.documents);
  const facts = checkFacts(config, input.facts);

  const [nikHmac] = await ctx.nikCrypto.hmac("nik", [nik]);
  const [nikCiphertext] = await ctx.nikCrypto.encrypt([nik]);
  const [kkHmac] = input.applicant.kk === undefined ? [null] : await ctx.nikCrypto.hmac("kk", [input.applicant.kk]);
  if (nikHmac === undefined || nikCiphertext === undefined) throw new Error("NIK protection returned nothing");

  await lockApplicant(db, tenant.id, nikHmac);
  const open = await findOpenCaseOfApplicant(db, tenant.id, nikHmac, service.id);
  if (open !== null) {
    throw new ApiError(
      "DUPLICATE_APPLICATION",
      {
        id: `Pemohon sudah memiliki permohonan "${service.id}" yang masih berjalan: kasus ${open.number}.`,
        en: `The applicant already has an open "${service.id}" application: case ${open.number}.`,
      },
      [{ path: "/applicant/nik", message: `open case ${open.number}` }],
    );
  }

  const today = todayIn(timeZone, now);
  const year = today.slice(0, 4);
  const number = `${year}-${String(await nextCounterValue(db, tenant.id, `case/${year}`)).padStart(6, "0")}`;
  const match = await matchAndRoute(db, {
    tenantId: tenant.id,
    config,
    nikHmac,
    household: { ...facts.household, villageCode: village.code },
    applicant: facts.applicant,
    decisionDate: today,
  });

  const created = await insertCase(db, {
    tenantId: tenant.id,
    number,
    serviceId: service.id,
    deskId: input.deskId,
    channel: input.channel,
    receivedAt: level.level,
    decisionLevel: level.level,
    subdistrictCode: village.parentCode,
    villageCode: village.code,
    applicantNikHmac: nikHmac,
    applicantNikCiphertext: nikCiphertext,
    applicantNikKeyId: ctx.nikCrypto.keyId,
    applicantNikMasked: maskNik(nik),
    applicantName: input.applicant.name,
    kkHmac,
    kkMasked: input.applicant.kk === undefined ? null : maskNik(input.applicant.kk),
    contact: input.applicant.contact ?? null,
    facts: { household: match.household, ...(facts.applicant === undefined ? {} : { applicant: facts.applicant }) },
    documents,
    listMatch: match.listMatch,
    fastPath: match.fastPath,
    state: "registered",
    revision: 1,
    configVersion: version,
    registeredBy: input.actor.userId.startsWith("system:") ? null : input.actor.userId,
    createdAt: now,
    stateEnteredAt: now,
    dueAt: new Date(now.getTime() + service.serviceTime.maxDays * DAY_MS),
  });
  await appendCaseEvent(db, {
    tenantId: tenant.id,
    caseId: created.id,
    action: "register",
    fromState: null,
    toState: "registered",
    actorUserId: created.registeredBy,
    actorLabel: input.actor.label,
    note: null,
    data: { serviceId: service.id, channel: input.channel, receivedAt: level.level, missingDocuments: documents.filter((d) => !d.present).map((d) => d.id) },
    at: now,
  });
  await appendAuditEvent(db, {
    tenantId: tenant.id,
    action: "case.register",
    target: `case:${created.id}`,
    after: { number, serviceId: service.id, state: "registered", nikMasked: created.applicantNikMasked },
    ...auditActorFields(input.actor),
  });

  const task = match.fastPath
    ? null
    : await openVerificationTask(db, {
        tenantId: tenant.id,
        caseId: created.id,
        reason: "application",
        subdistrictCode: village.parentCode,
        villageCode: village.code,
        now,
      });
  return transitionCase({
    ctx,
    input: {
      caseId: created.id,
      action: "match",
      to: match.fastPath ? "deciding" : "surveying",
      expectedRevision: created.revision,
      actor: input.actor,
      data: {
        found: match.listMatch.found,
        sources: match.listMatch.appearances.map((a) => `${a.source} ${a.year}`),
        referenceSource: match.referenceSource,
        fastPath: match.fastPath,
        taskId: task?.id ?? null,
        assigneeUserId: task?.assigneeUserId ?? null,
      },
    },
  });
}

/** The service, offered at the desk: 422 `UNKNOWN_SERVICE` / `SERVICE_NOT_AT_DESK` otherwise. */
function checkService(config: RegencyConfig, input: RegistrationInput): Service {
  const service = serviceOf(config, input.serviceId);
  if (service === undefined) {
    throw new ApiError(
      "UNKNOWN_SERVICE",
      { id: `Layanan "${input.serviceId}" tidak ada dalam katalog layanan.`, en: `Service "${input.serviceId}" is not in the service catalogue.` },
      [{ path: "/serviceId", message: "unknown service" }],
    );
  }
  if (service.desk !== input.deskId) {
    const desk = config.desks.find((d) => d.id === input.deskId);
    throw new ApiError(
      "SERVICE_NOT_AT_DESK",
      desk === undefined
        ? { id: `Loket "${input.deskId}" tidak ada.`, en: `There is no desk "${input.deskId}".` }
        : { id: `Loket "${desk.label.id}" tidak melayani "${service.label.id}".`, en: `Desk "${desk.label.en}" does not offer "${service.label.en}".` },
      [{ path: "/deskId", message: `the service is offered at desk "${service.desk}"` }],
    );
  }
  return service;
}

/**
 * The level a caller registers at, from its memberships with `case:register`: the regency
 * when one reaches it whole, else the sub-district(s) its memberships name.
 */
function receivingLevel(reach: readonly RecordReach[]): { level: CaseLevel; subdistricts: string[] | null } {
  if (reach.some((r) => r.kind === "regency")) return { level: "regency", subdistricts: null };
  const subdistricts = reach.flatMap((r) => (r.kind === "subdistrict" ? [r.subdistrictCode] : []));
  // The route's permission check guarantees some reach; a role without a place gets none.
  return { level: "subdistrict", subdistricts };
}

/** The service's required documents, each present or missing; 422 `UNKNOWN_DOCUMENT` for an id outside the catalogue. */
function checklist(config: RegencyConfig, service: Service, brought: readonly string[]): CaseDocument[] {
  const catalogue = new Set(config.documents.map((d) => d.id));
  const unknown: ErrorIssue[] = brought.flatMap((id, i) => (catalogue.has(id) ? [] : [{ path: `/documents/${i}`, message: `unknown document "${id}"` }]));
  if (unknown.length > 0) {
    throw new ApiError(
      "UNKNOWN_DOCUMENT",
      { id: "Dokumen tidak ada dalam katalog dokumen.", en: "A document is not in the document catalogue." },
      unknown,
    );
  }
  const given = new Set(brought);
  return service.requiredDocuments.map((id) => ({ id, present: given.has(id) }));
}

/**
 * The facts as far as known at the desk, checked against the rules' field catalogue (types,
 * allowed values, dates). Missing fields are fine here (the survey completes them); unknown or
 * mistyped ones, and the facts registration sets itself, are a 400.
 */
function checkFacts(config: RegencyConfig, facts: RegistrationInput["facts"]): { household: Record<string, unknown>; applicant?: Record<string, unknown> } {
  const household = facts?.household ?? {};
  const issues: ErrorIssue[] = FACTS_SET_BY_REGISTRATION.filter((key) => key in household).map((key) => ({
    path: `/facts/household/${key}`,
    message: "set by registration (the list match and the village), not by the applicant",
  }));
  const problems = validateHouseholdInput(config, { answers: {}, household, ...(facts?.applicant === undefined ? {} : { applicant: facts.applicant }) });
  for (const problem of problems) {
    if (problem.code === "input_missing_field" || problem.code === "input_missing_answer" || problem.path.startsWith("/answers")) continue;
    issues.push({ path: `/facts${problem.path}`, message: problem.message });
  }
  if (issues.length > 0) {
    throw new ApiError("VALIDATION_FAILED", { id: "Data rumah tangga tidak valid.", en: "The household facts are not valid." }, issues);
  }
  return { household, ...(facts?.applicant === undefined ? {} : { applicant: facts.applicant }) };
}
