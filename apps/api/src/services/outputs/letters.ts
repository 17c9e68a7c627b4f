import type { RegencyConfig, Service } from "@satu-atap/config";
import { appendAuditEvent, findCase, findLetter, findRenewalOf, insertLetter, updateLetterStatus, violatedUniqueConstraint, type Case, type Letter } from "@satu-atap/db";
import type { Actor } from "../../http/actor.ts";
import { ApiError } from "../../http/errors.ts";
import type { RecordReach } from "../../procedure/record-scope.ts";
import { auditActorFields } from "../audit-actor.ts";
import type { TenantServiceContext } from "../context.ts";
import { userIdOf } from "./cards.ts";
import { nextDocumentNumber } from "./document-numbers.ts";
import { holderOfCase } from "./output-holder.ts";
import { regencyToday, statusOn, validityFrom } from "./output-dates.ts";
import { reachesOutput } from "./output-scope.ts";

/** A letter as every reader sees it: the NIK masked, the status as of today, the renewal links. */
export function presentLetter(letter: Letter, today: string, renewedBy: Letter | null = null) {
  return {
    id: letter.id,
    number: letter.number,
    serviceId: letter.serviceId,
    caseId: letter.caseId,
    holder: { name: letter.holderName, nikMasked: letter.holderNikMasked },
    subdistrictCode: letter.subdistrictCode,
    villageCode: letter.villageCode,
    validFrom: letter.validFrom,
    validUntil: letter.validUntil,
    status: statusOn(letter.status, letter.validUntil, today),
    renewsLetterId: letter.renewsLetterId,
    renewedByLetterId: renewedBy?.id ?? null,
    issuedAt: letter.issuedAt.toISOString(),
    issuedBy: letter.issuedBy,
  };
}

export type LetterView = ReturnType<typeof presentLetter>;

/** Issues the letter of an approved case, valid from today for the service's `validity.days`. */
export async function issueLetter({
  ctx,
  input,
}: {
  ctx: TenantServiceContext;
  input: { caseRow: Case; service: Service; config: RegencyConfig; actor: Actor; now: Date; renews?: Letter | undefined };
}): Promise<Letter> {
  const { caseRow, service, now } = input;
  const today = regencyToday(input.config, now);
  const number = await nextDocumentNumber(ctx.db, ctx.tenant.id, { kind: "letter", prefix: service.id, year: today.slice(0, 4) });
  const letter = await insertLetter(ctx.db, {
    tenantId: ctx.tenant.id,
    number,
    serviceId: service.id,
    ...holderOfCase(caseRow),
    ...validityFrom(today, service.validity),
    renewsLetterId: input.renews?.id ?? null,
    status: "active",
    issuedBy: userIdOf(input.actor),
    issuedAt: now,
  });
  await appendAuditEvent(ctx.db, {
    tenantId: ctx.tenant.id,
    action: input.renews ? "letter.renew" : "letter.issue",
    target: `letter:${letter.id}`,
    before: input.renews ? { id: input.renews.id, number: input.renews.number, status: input.renews.status, validUntil: input.renews.validUntil } : null,
    after: { number: letter.number, serviceId: service.id, caseId: caseRow.id, validFrom: letter.validFrom, validUntil: letter.validUntil, renewsLetterId: letter.renewsLetterId },
    ...auditActorFields(input.actor),
  });
  return letter;
}

/** 404 for a letter that does not exist, is another regency's, or is outside the caller's reach. */
export function letterNotFound() {
  return new ApiError("NOT_FOUND", { id: "Surat tidak ditemukan.", en: "No such letter." });
}

/** One letter the caller reaches, or 404. */
export async function getLetterFor({ ctx, input }: { ctx: TenantServiceContext; input: { id: string; reach: readonly RecordReach[]; lock?: boolean } }): Promise<Letter> {
  const letter = await findLetter(ctx.db, ctx.tenant.id, input.id, { lock: input.lock ?? false });
  if (letter === null || !reachesOutput(input.reach, letter)) throw letterNotFound();
  return letter;
}

/** The letter with its renewal link, as the API shows it. */
export async function showLetter({ ctx, input }: { ctx: TenantServiceContext; input: { id: string; reach: readonly RecordReach[]; today: string } }): Promise<LetterView> {
  const letter = await getLetterFor({ ctx, input });
  return presentLetter(letter, input.today, await findRenewalOf(ctx.db, ctx.tenant.id, letter.id));
}

/**
 * Renews a letter whose service's validity is renewable: a new letter for the same case,
 * linked to this one (`renewsLetterId`), valid from the renewal date for the configured days
 * (a renewal starts a fresh period; days left on an early-renewed letter are not carried
 * over). The old letter becomes `replaced`. An expired letter can be renewed (care goes on
 * after 30 days); a letter already renewed or revoked cannot (409), nor one whose service is
 * not renewable (409 `LETTER_NOT_RENEWABLE`).
 */
export async function renewLetter({
  ctx,
  input,
}: {
  ctx: TenantServiceContext;
  input: { id: string; reach: readonly RecordReach[]; config: RegencyConfig; actor: Actor; now: Date };
}): Promise<LetterView> {
  const old = await getLetterFor({ ctx, input: { id: input.id, reach: input.reach, lock: true } });
  const today = regencyToday(input.config, input.now);
  const service = input.config.services.find((s) => s.id === old.serviceId);
  if (service?.validity?.renewable !== true) {
    throw new ApiError(
      "LETTER_NOT_RENEWABLE",
      { id: "Surat dari layanan ini tidak dapat diperpanjang.", en: "Letters of this service cannot be renewed." },
      [{ path: "serviceId", message: `${old.serviceId}: validity not renewable in the configuration in force` }],
    );
  }
  if (old.status === "revoked") {
    throw new ApiError(
      "LETTER_NOT_RENEWABLE",
      { id: `Surat ${old.number} sudah dicabut dan tidak dapat diperpanjang.`, en: `Letter ${old.number} was revoked and cannot be renewed.` },
      [{ path: "status", message: old.status }],
    );
  }
  if (old.status === "replaced") {
    const renewal = await findRenewalOf(ctx.db, ctx.tenant.id, old.id);
    throw new ApiError(
      "LETTER_ALREADY_RENEWED",
      {
        id: `Surat ${old.number} sudah diperpanjang dengan surat ${renewal?.number ?? "lain"}.`,
        en: `Letter ${old.number} was already renewed by letter ${renewal?.number ?? "another one"}.`,
      },
      [{ path: "status", message: `replaced${renewal ? ` by ${renewal.id}` : ""}` }],
    );
  }
  const caseRow = await findCase(ctx.db, ctx.tenant.id, old.caseId);
  if (caseRow === null) throw letterNotFound();
  await updateLetterStatus(ctx.db, ctx.tenant.id, old.id, "replaced");
  let renewal: Letter;
  try {
    renewal = await issueLetter({ ctx, input: { caseRow, service, config: input.config, actor: input.actor, now: input.now, renews: old } });
  } catch (error) {
    if (violatedUniqueConstraint(error) === "letters_renewed_once") {
      throw new ApiError("LETTER_ALREADY_RENEWED", { id: `Surat ${old.number} sudah diperpanjang.`, en: `Letter ${old.number} was already renewed.` });
    }
    throw error;
  }
  return presentLetter(renewal, today);
}
