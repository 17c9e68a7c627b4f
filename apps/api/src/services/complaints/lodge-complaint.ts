import { appendAuditEvent, appendComplaintEvent, findArea, findCase, insertComplaint, nextCounterValue, type Case, type ComplaintCategory } from "@satu-atap/db";
import { maskNik, NIK_PROBLEM_MESSAGES_ID, parseNik, type NikCrypto } from "@satu-atap/nik";
import { ApiError } from "../../http/errors.ts";
import { caseNotFound } from "../../procedure/case-not-found.ts";
import type { RecordReach } from "../../procedure/record-scope.ts";
import type { CaseActor } from "../../procedure/transition-case.ts";
import { auditActorFields } from "../audit-actor.ts";
import { timeZoneOf, todayIn } from "../calendar.ts";
import { getPublishedConfig } from "../configuration.ts";
import type { TenantServiceContext } from "../context.ts";
import { categorySettings } from "./complaint-settings.ts";
import { reachesComplaintPlace } from "./complaint-reach.ts";
import { loadComplaintDetail } from "./read-complaints.ts";
import { requestReverification, type HouseholdPlace } from "./reverification.ts";

/** What the desk writes down when a complaint is lodged. */
export interface LodgeComplaintInput {
  category: string;
  description: string;
  complainant?: { name: string; contact?: string | undefined } | undefined;
  caseId?: string | undefined;
  nik?: string | undefined;
  kk?: string | undefined;
  villageCode?: string | undefined;
}

/** Everything a complaint action needs from the request. */
export interface ComplaintServiceContext extends TenantServiceContext {
  now: Date;
  /** The caller, with the name histories show. */
  actor: CaseActor;
  /** The caller's reach with `complaint:handle`. */
  reach: readonly RecordReach[];
}

// Categories that may stand on their description alone: they are about the service, not a household.
const UNLINKED_CATEGORIES: readonly ComplaintCategory[] = ["service-quality", "other"];
const DAY_MS = 86_400_000;

/**
 * Lodges a complaint: checks the category against the configuration, the links (case, NIK,
 * KK, village) and the caller's reach; numbers it `ADU-<year>-<n>`; sets its due date from
 * the category's service time; and, for a category that re-verifies, sends the household
 * back to the field. Everything in the request's transaction: a refusal stores nothing.
 */
export async function lodgeComplaint({ ctx, input }: { ctx: ComplaintServiceContext & { nikCrypto: () => NikCrypto }; input: LodgeComplaintInput }) {
  const { db, tenant, now, actor } = ctx;
  const published = await getPublishedConfig({ ctx, input: {} });
  const settings = categorySettings(published.config, input.category);
  const category = settings.id;

  const nik = input.nik?.trim() || undefined;
  const kk = input.kk?.trim() || undefined;
  if (nik !== undefined) {
    const parsed = parseNik(nik);
    if (!parsed.ok) {
      throw new ApiError("NIK_INVALID", { id: NIK_PROBLEM_MESSAGES_ID[parsed.problem], en: parsed.message }, [
        { path: "body/nik", message: `${parsed.problem}: ${parsed.message}` },
      ]);
    }
  }
  if (kk !== undefined && !/^\d{16}$/.test(kk)) {
    throw new ApiError("KK_INVALID", { id: "Nomor KK harus tepat 16 angka.", en: "A KK number is exactly 16 digits." }, [
      { path: "body/kk", message: "expected 16 digits" },
    ]);
  }

  const linkedCase = input.caseId === undefined ? null : await reachableCase(ctx, input.caseId);
  const village = input.villageCode === undefined ? null : await knownVillage(ctx, input.villageCode);
  if (linkedCase !== null && village !== null && village.villageCode !== linkedCase.villageCode) {
    throw new ApiError(
      "VALIDATION_FAILED",
      { id: "Desa tidak sama dengan desa kasus yang ditautkan.", en: "The village is not the linked case's village." },
      [{ path: "body/villageCode", message: `the case is in ${linkedCase.villageCode}` }],
    );
  }
  const place: HouseholdPlace | null =
    linkedCase !== null ? { subdistrictCode: linkedCase.subdistrictCode, villageCode: linkedCase.villageCode } : village;

  if (linkedCase === null && nik === undefined && kk === undefined && village === null && !UNLINKED_CATEGORIES.includes(category)) {
    throw new ApiError(
      "COMPLAINT_LINK_REQUIRED",
      {
        id: "Pengaduan ini harus menyebut kasus, rumah tangga (KK), orang (NIK) atau desa.",
        en: "This complaint must name a case, a household (KK), a person (NIK) or a village.",
      },
      [{ path: "body", message: "give caseId, kk, nik or villageCode" }],
    );
  }
  if (settings.reverify && place === null) {
    throw new ApiError(
      "COMPLAINT_VILLAGE_REQUIRED",
      {
        id: "Verifikasi ulang perlu desa rumah tangga: tautkan kasusnya atau sebutkan desanya.",
        en: "Re-verification needs the household's village: link its case or give the village.",
      },
      [{ path: "body/villageCode", message: "required for this category without a case" }],
    );
  }
  // Only a complaint about no place can fall outside the reach here (case and village were checked).
  if (!reachesComplaintPlace(ctx.reach, place?.subdistrictCode ?? null)) {
    throw new ApiError(
      "COMPLAINT_OUTSIDE_REACH",
      {
        id: "Pengaduan tanpa kasus atau desa diterima loket pengaduan kabupaten; sebutkan desa di kecamatan Anda.",
        en: "Complaints about no case or village go to the regency's complaints desk; name a village of your sub-district.",
      },
      [{ path: "body/villageCode", message: "a village of your sub-district is required" }],
    );
  }

  const [nikHmac, kkHmac] = await Promise.all([
    nik === undefined ? undefined : ctx.nikCrypto().hmac("nik", [nik]).then((h) => h[0]),
    kk === undefined ? undefined : ctx.nikCrypto().hmac("kk", [kk]).then((h) => h[0]),
  ]);
  const year = todayIn(timeZoneOf(published.config), now).slice(0, 4);
  const sequence = await nextCounterValue(db, tenant.id, `complaint/${year}`);
  const complaint = await insertComplaint(db, {
    tenantId: tenant.id,
    number: `ADU-${year}-${String(sequence).padStart(6, "0")}`,
    category,
    description: input.description.trim(),
    complainantName: input.complainant?.name.trim() || null,
    complainantContact: input.complainant?.contact?.trim() || null,
    caseId: linkedCase?.id ?? null,
    nikHmac: nikHmac ?? null,
    nikMasked: nik === undefined ? null : maskNik(nik),
    kkHmac: kkHmac ?? null,
    kkMasked: kk === undefined ? null : maskNik(kk),
    subdistrictCode: place?.subdistrictCode ?? null,
    villageCode: place?.villageCode ?? null,
    dueAt: new Date(now.getTime() + settings.dueDays * DAY_MS),
    configVersion: published.version,
    createdBy: actor.userId,
    createdAt: now,
  });
  const actorLabel = actor.label;
  await appendComplaintEvent(db, {
    tenantId: tenant.id,
    complaintId: complaint.id,
    action: "lodge",
    fromValue: null,
    toValue: "open",
    actorUserId: actor.userId,
    actorLabel,
    note: null,
    at: now,
  });

  let reverification: Awaited<ReturnType<typeof requestReverification>> | null = null;
  if (settings.reverify && place !== null) {
    reverification = await requestReverification({ ctx, complaint, place, linkedCase, actor });
    const moved = reverification.caseMoved;
    await appendComplaintEvent(db, {
      tenantId: tenant.id,
      complaintId: complaint.id,
      action: "reverify",
      fromValue: moved?.from ?? null,
      toValue: moved?.to ?? null,
      actorUserId: actor.userId,
      actorLabel,
      note:
        `Tugas verifikasi ulang di desa ${place.villageCode}` +
        (moved !== null && linkedCase !== null ? `; kasus ${linkedCase.number} kembali ke survei` : ""),
      at: now,
    });
  }

  await appendAuditEvent(db, {
    tenantId: tenant.id,
    action: "complaint.lodge",
    target: `complaint:${complaint.id}`,
    after: {
      number: complaint.number,
      category,
      caseId: complaint.caseId,
      villageCode: complaint.villageCode,
      nikMasked: complaint.nikMasked,
      kkMasked: complaint.kkMasked,
      dueAt: complaint.dueAt.toISOString(),
      taskId: reverification?.task.id ?? null,
      caseMoved: reverification?.caseMoved ?? null,
    },
    ...auditActorFields(actor),
  });
  return loadComplaintDetail(ctx, complaint.id);
}

/** The linked case, when it is in the regency and the caller's reach; 404 otherwise (nothing stored). */
async function reachableCase(ctx: ComplaintServiceContext, caseId: string): Promise<Case> {
  const found = await findCase(ctx.db, ctx.tenant.id, caseId);
  if (found === null || !reachesComplaintPlace(ctx.reach, found.subdistrictCode)) throw caseNotFound();
  return found;
}

/**
 * A village of the regency's areas with its sub-district; 422 `UNKNOWN_VILLAGE` otherwise, and
 * also (as at registration) for a village outside a sub-district officer's kecamatan: the
 * caller learns nothing of it.
 */
async function knownVillage(ctx: ComplaintServiceContext, villageCode: string): Promise<HouseholdPlace> {
  const village = await findArea(ctx.db, ctx.tenant.id, villageCode.trim());
  if (village === null || village.level !== "village" || village.parentCode === null || !reachesComplaintPlace(ctx.reach, village.parentCode)) {
    throw new ApiError(
      "UNKNOWN_VILLAGE",
      { id: `Desa/kelurahan "${villageCode}" tidak dikenal di wilayah Anda.`, en: `Village "${villageCode}" is not a village of your area.` },
      [{ path: "body/villageCode", message: "not a village of the caller's area" }],
    );
  }
  return { subdistrictCode: village.parentCode, villageCode: village.code };
}
