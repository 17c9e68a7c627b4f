import type { RegencyConfig } from "@satu-atap/config";
import {
  appendAuditEvent,
  findCard,
  findLetter,
  findRenewalOf,
  getTenant,
  withTenant,
  type Card,
  type Db,
  type Letter,
} from "@satu-atap/db";
import {
  describeVerifiedDocument,
  renderCardPdf,
  renderLetterPdf,
  verifyDocumentToken,
  type IssuedDocumentRecord,
  type PublicDocumentView,
  type RenderedDocument,
} from "@satu-atap/documents";
import type { DocumentKeys } from "../../document-keys.ts";
import type { Actor } from "../../http/actor.ts";
import type { RecordReach } from "../../procedure/record-scope.ts";
import { auditActorFields } from "../audit-actor.ts";
import { timeZoneOf, todayIn } from "../calendar.ts";
import type { TenantServiceContext } from "../context.ts";
import { getCardFor } from "./cards.ts";
import { getLetterFor } from "./letters.ts";
import { configInForce } from "../cases/case-config.ts";

// Cards and letters as printed PDFs with a QR code of `<public URL>/api/verify/<token>`, and
// the public answer to a scan. The token names the regency by id and the record by id, signed
// (packages/documents); everything else is read from the database at scan time, under that
// regency's row-level security. Only masked NIKs and KKs go in: the stored masked form is
// what the renderer prints (masking a masked number changes nothing), so no NIK is decrypted.

export interface PrintOptions {
  keys: DocumentKeys;
  verifyUrl: string;
}

const LETTER_TITLE = { id: "Surat Keterangan Layanan", en: "Service letter" };

function dateIn(config: RegencyConfig, at: Date): string {
  return todayIn(timeZoneOf(config), at);
}

function cardDocument(tenantId: string, card: Card, config: RegencyConfig) {
  const programme = config.cardProgrammes.find((p) => p.id === card.programmeId);
  const tier = programme?.tiers.find((t) => t.id === card.tierId);
  return {
    tenant: tenantId,
    id: card.id,
    number: card.number,
    issuedOn: dateIn(config, card.issuedAt),
    validFrom: card.validFrom,
    validUntil: card.validUntil,
    holder: { name: card.holderName, nik: card.holderNikMasked },
    household: card.householdKkMasked === null ? undefined : { kk: card.householdKkMasked },
    regencyName: config.meta.name,
    programme: { label: programme?.label ?? { id: card.programmeId, en: card.programmeId } },
    tier: { label: tier?.label ?? { id: card.tierId, en: card.tierId }, colour: tier?.colour },
  };
}

function letterDocument(tenantId: string, letter: Letter, config: RegencyConfig, renews: Letter | null) {
  const service = config.services.find((s) => s.id === letter.serviceId);
  return {
    tenant: tenantId,
    id: letter.id,
    number: letter.number,
    issuedOn: dateIn(config, letter.issuedAt),
    validFrom: letter.validFrom,
    validUntil: letter.validUntil,
    holder: { name: letter.holderName, nik: letter.holderNikMasked },
    regencyName: config.meta.name,
    service: { label: service?.label ?? { id: letter.serviceId, en: letter.serviceId } },
    body: service?.description ?? { id: "", en: "" },
    renewsNumber: renews?.number ?? null,
  };
}

async function audited(ctx: TenantServiceContext, actor: Actor, action: string, target: string, number: string, keyId: string) {
  // The key id tells a rotation which prints a key signed.
  await appendAuditEvent(ctx.db, { tenantId: ctx.tenant.id, action, target, ...auditActorFields(actor, { number, keyId }) });
}

/** The card as a PDF (ID-1 size) with its signed QR code; the download is audited as `card.download`. */
export async function printCard({
  ctx,
  input,
}: {
  ctx: TenantServiceContext;
  input: { id: string; reach: readonly RecordReach[]; actor: Actor; now: Date; print: PrintOptions };
}): Promise<RenderedDocument & { number: string }> {
  const card = await getCardFor({ ctx, input });
  const { config } = await configInForce(ctx, input.now);
  const rendered = await renderCardPdf(cardDocument(ctx.tenant.id, card, config), { verifyUrl: input.print.verifyUrl, signingKey: input.print.keys.signing });
  await audited(ctx, input.actor, "card.download", `card:${card.id}`, card.number, input.print.keys.signing.id);
  return { ...rendered, number: card.number };
}

/** The letter as an A4 PDF with its signed QR code; the download is audited as `letter.download`. */
export async function printLetter({
  ctx,
  input,
}: {
  ctx: TenantServiceContext;
  input: { id: string; reach: readonly RecordReach[]; actor: Actor; now: Date; print: PrintOptions };
}): Promise<RenderedDocument & { number: string }> {
  const letter = await getLetterFor({ ctx, input });
  const { config } = await configInForce(ctx, input.now);
  const renews = letter.renewsLetterId === null ? null : await findLetter(ctx.db, ctx.tenant.id, letter.renewsLetterId);
  const unit = config.meta.unit.name.id;
  const rendered = await renderLetterPdf(
    { ...letterDocument(ctx.tenant.id, letter, config, renews), kind: "letter", letterhead: [config.meta.name.id.toUpperCase(), unit], title: LETTER_TITLE },
    { verifyUrl: input.print.verifyUrl, signingKey: input.print.keys.signing },
  );
  await audited(ctx, input.actor, "letter.download", `letter:${letter.id}`, letter.number, input.print.keys.signing.id);
  return { ...rendered, number: letter.number };
}

/** The record a verified token names, as the public view needs it (read in the regency's scope). */
async function issuedRecord(tx: Db, tenantId: string, kind: string, id: string, config: RegencyConfig): Promise<IssuedDocumentRecord | undefined> {
  if (kind === "card") {
    const card = await findCard(tx, tenantId, id);
    if (card === null) return undefined;
    return {
      ...cardDocument(tenantId, card, config),
      kind: "card",
      revokedOn: card.status === "revoked" && card.revokedAt ? dateIn(config, card.revokedAt) : null,
      replacedByNumber: card.status === "replaced" ? "-" : null,
    };
  }
  if (kind === "letter") {
    const letter = await findLetter(tx, tenantId, id);
    if (letter === null) return undefined;
    const renewal = letter.status === "replaced" ? await findRenewalOf(tx, tenantId, letter.id) : null;
    return {
      ...letterDocument(tenantId, letter, config, null),
      kind: "letter",
      revokedOn: letter.status === "revoked" ? letter.validFrom : null,
      replacedByNumber: renewal?.number ?? (letter.status === "replaced" ? "-" : null),
    };
  }
  return undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The public answer to a scanned QR token: `{ genuine: false }` for anything not signed by a
 * trusted key or naming no record (one answer for every failure, so a forger learns nothing);
 * else what is printed and today's status, read now from the database. The regency comes from
 * the signed token only, and its records are read under its row-level security.
 */
export async function verifyPrintedDocument({ ctx, input }: { ctx: { db: Db }; input: { token: string; keys: DocumentKeys; now: Date } }): Promise<PublicDocumentView> {
  const verification = await verifyDocumentToken(input.token, input.keys.verifying);
  if (!verification.ok || !UUID.test(verification.payload.tenant) || !UUID.test(verification.payload.documentId)) {
    // Why, for the operators' log only (never the token: it may be a real one mistyped).
    console.warn(`document verify: not genuine (${verification.ok ? "not ours" : verification.reason})`);
    return { genuine: false };
  }
  const { payload } = verification;
  const tenant = await getTenant(ctx.db, payload.tenant);
  if (tenant === undefined) return { genuine: false };
  return withTenant(ctx.db, tenant.id, async (tx) => {
    const { config, today } = await configInForce({ db: tx, tenant }, input.now);
    const record = await issuedRecord(tx, tenant.id, payload.kind, payload.documentId, config);
    if (record === undefined) console.warn(`document verify: signed ${payload.kind} not found (key ${payload.keyId})`);
    return describeVerifiedDocument({ verification, record, today });
  });
}
