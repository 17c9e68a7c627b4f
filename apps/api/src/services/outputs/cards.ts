import type { RegencyConfig, Service } from "@satu-atap/config";
import {
  appendAuditEvent,
  findCard,
  insertCard,
  listCards as queryCards,
  lockActiveCard,
  updateCard,
  violatedUniqueConstraint,
  type Card,
  type CardStatus,
  type Case,
} from "@satu-atap/db";
import { NIK_PROBLEM_MESSAGES_ID, parseNik } from "@satu-atap/nik";
import type { Actor } from "../../http/actor.ts";
import { ApiError } from "../../http/errors.ts";
import type { RecordReach } from "../../procedure/record-scope.ts";
import { auditActorFields, isSystemPrincipal } from "../audit-actor.ts";
import type { TenantServiceContext } from "../context.ts";
import type { NikServiceContext } from "../reference-persons.ts";
import { nextDocumentNumber } from "./document-numbers.ts";
import { holderOfCase } from "./output-holder.ts";
import { regencyToday, statusOn, validityFrom } from "./output-dates.ts";
import { outputScopeOf, reachesOutput } from "./output-scope.ts";

/** A card as every reader sees it: the NIK and KK masked, the status as of today. */
export function presentCard(card: Card, today: string) {
  return {
    id: card.id,
    number: card.number,
    programmeId: card.programmeId,
    tierId: card.tierId,
    serviceId: card.serviceId,
    caseId: card.caseId,
    holder: { name: card.holderName, nikMasked: card.holderNikMasked },
    household: { kkMasked: card.householdKkMasked },
    subdistrictCode: card.subdistrictCode,
    villageCode: card.villageCode,
    validFrom: card.validFrom,
    validUntil: card.validUntil,
    status: statusOn(card.status, card.validUntil, today),
    issuedAt: card.issuedAt.toISOString(),
    issuedBy: card.issuedBy,
    revokedAt: card.revokedAt?.toISOString() ?? null,
    revokeReason: card.revokeReason,
  };
}

export type CardView = ReturnType<typeof presentCard>;

/** The user id of an actor for authorship columns (null for system principals). */
export function userIdOf(actor: Actor): string | null {
  return isSystemPrincipal(actor.userId) ? null : actor.userId;
}

/**
 * Issues the card of an approved case: the service's programme at the decided tier, to the
 * applicant (and household), valid for the service's `validity.days`. A person holds one
 * active card per programme: another one still valid → 409 `CARD_ALREADY_ACTIVE` naming it
 * (the caller's transaction, the approval with it, rolls back). One that has lapsed is marked
 * `expired` and the new card takes its place.
 */
export async function issueCard({
  ctx,
  input,
}: {
  ctx: TenantServiceContext;
  input: { caseRow: Case; service: Service; config: RegencyConfig; tierId: string | null | undefined; actor: Actor; now: Date };
}): Promise<Card> {
  const { caseRow, service, config, now } = input;
  const programmeId = service.cardProgramme;
  const programme = config.cardProgrammes.find((p) => p.id === programmeId);
  if (programmeId === undefined || programme === undefined) throw notConfigured(`service ${service.id} names no card programme of the configuration`);
  const tier = programme.tiers.find((t) => t.id === input.tierId);
  if (tier === undefined) {
    throw new ApiError(
      "OUTPUT_NOT_CONFIGURED",
      { id: `Keputusan tidak memberi tingkat kartu ${programme.label.id}.`, en: `The decision gives no ${programme.label.en} card tier.` },
      [{ path: `tiers/${programmeId}`, message: `no tier of ${programmeId} decided (got ${String(input.tierId)})` }],
    );
  }
  const today = regencyToday(config, now);
  const existing = await lockActiveCard(ctx.db, ctx.tenant.id, programmeId, caseRow.applicantNikHmac);
  if (existing !== null) {
    if (statusOn(existing.status, existing.validUntil, today) === "active") throw cardAlreadyActive(existing);
    await updateCard(ctx.db, ctx.tenant.id, existing.id, { status: "expired" });
  }
  const number = await nextDocumentNumber(ctx.db, ctx.tenant.id, { kind: "card", prefix: programmeId, year: today.slice(0, 4) });
  let card: Card;
  try {
    card = await insertCard(ctx.db, {
      tenantId: ctx.tenant.id,
      number,
      programmeId,
      tierId: tier.id,
      serviceId: service.id,
      ...holderOfCase(caseRow),
      householdKkHmac: caseRow.kkHmac,
      householdKkMasked: caseRow.kkMasked,
      ...validityFrom(today, service.validity),
      status: "active",
      issuedBy: userIdOf(input.actor),
      issuedAt: now,
    });
  } catch (error) {
    // Two approvals for the same person at once: the partial unique index lets one through.
    if (violatedUniqueConstraint(error) === "cards_one_active_per_person") {
      const winner = await lockActiveCard(ctx.db, ctx.tenant.id, programmeId, caseRow.applicantNikHmac).catch(() => null);
      throw cardAlreadyActive(winner);
    }
    throw error;
  }
  await appendAuditEvent(ctx.db, {
    tenantId: ctx.tenant.id,
    action: "card.issue",
    target: `card:${card.id}`,
    after: { number: card.number, programmeId, tierId: tier.id, caseId: caseRow.id, validFrom: card.validFrom, validUntil: card.validUntil, holderNikMasked: card.holderNikMasked },
    ...auditActorFields(input.actor),
  });
  return card;
}

function cardAlreadyActive(existing: Card | null) {
  const number = existing?.number ?? "?";
  return new ApiError(
    "CARD_ALREADY_ACTIVE",
    {
      id: `Orang ini sudah memegang kartu aktif ${number} untuk program ini; cabut dulu kartu itu bila perlu diganti.`,
      en: `This person already holds active card ${number} of this programme; revoke it first if it must be replaced.`,
    },
    [{ path: "card", message: `active card ${number}${existing ? ` (${existing.id})` : ""}` }],
  );
}

export function notConfigured(detail: string) {
  return new ApiError(
    "OUTPUT_NOT_CONFIGURED",
    { id: "Konfigurasi layanan tidak lengkap untuk menerbitkan keluaran ini.", en: "The service's configuration is incomplete for this output." },
    [{ path: "config", message: detail }],
  );
}

/** 404 for a card that does not exist, is another regency's, or is outside the caller's reach. */
export function cardNotFound() {
  return new ApiError("NOT_FOUND", { id: "Kartu tidak ditemukan.", en: "No such card." });
}

/** Cards of the regency the caller reaches, filtered by holder NIK (HMAC lookup), status and programme. */
export async function listCardsFor({
  ctx,
  input,
}: {
  ctx: NikServiceContext;
  input: { reach: readonly RecordReach[]; nik?: string | undefined; status?: CardStatus | undefined; programmeId?: string | undefined; today: string; limit: number };
}): Promise<CardView[]> {
  let holderNikHmac: Uint8Array | undefined;
  if (input.nik !== undefined) {
    const nik = input.nik.trim();
    const parsed = parseNik(nik);
    if (!parsed.ok) {
      throw new ApiError("NIK_INVALID", { id: NIK_PROBLEM_MESSAGES_ID[parsed.problem], en: parsed.message }, [{ path: "query/nik", message: `${parsed.problem}: ${parsed.message}` }]);
    }
    [holderNikHmac] = (await ctx.nikCrypto.hmac("nik", [nik])) as Uint8Array[];
  }
  const rows = await queryCards(ctx.db, ctx.tenant.id, {
    holderNikHmac,
    programmeId: input.programmeId,
    status: input.status,
    today: input.today,
    scope: outputScopeOf(input.reach),
    limit: input.limit,
  });
  return rows.map((card) => presentCard(card, input.today));
}

/** One card the caller reaches, or 404. */
export async function getCardFor({ ctx, input }: { ctx: TenantServiceContext; input: { id: string; reach: readonly RecordReach[]; lock?: boolean } }): Promise<Card> {
  const card = await findCard(ctx.db, ctx.tenant.id, input.id, { lock: input.lock ?? false });
  if (card === null || !reachesOutput(input.reach, card)) throw cardNotFound();
  return card;
}

/**
 * Revokes an active card (a reason is required), audited with before and after. The person's
 * slot for the programme is free again: a new approval may issue a new card.
 */
export async function revokeCard({
  ctx,
  input,
}: {
  ctx: TenantServiceContext;
  input: { id: string; reason: string; reach: readonly RecordReach[]; actor: Actor; now: Date; today: string };
}): Promise<CardView> {
  const reason = input.reason.trim();
  if (reason === "") throw reasonRequired("body/reason");
  const card = await getCardFor({ ctx, input: { id: input.id, reach: input.reach, lock: true } });
  if (card.status !== "active") {
    throw new ApiError(
      "CARD_NOT_ACTIVE",
      { id: `Kartu ${card.number} tidak aktif (${card.status}).`, en: `Card ${card.number} is not active (${card.status}).` },
      [{ path: "status", message: card.status }],
    );
  }
  const revoked = await updateCard(ctx.db, ctx.tenant.id, card.id, { status: "revoked", revokedAt: input.now, revokedBy: userIdOf(input.actor), revokeReason: reason });
  await appendAuditEvent(ctx.db, {
    tenantId: ctx.tenant.id,
    action: "card.revoke",
    target: `card:${card.id}`,
    before: { number: card.number, status: card.status },
    after: { number: card.number, status: revoked.status, reason },
    ...auditActorFields(input.actor),
  });
  return presentCard(revoked, input.today);
}

/** 422 `REASON_REQUIRED` at `path`. */
export function reasonRequired(path: string) {
  return new ApiError("REASON_REQUIRED", { id: "Alasan wajib diisi.", en: "A reason is required." }, [{ path, message: "required" }]);
}
