import { maskForPrint } from "./document.ts";
import type { BilingualText } from "./layout.ts";
import type { DocumentKind, DocumentTokenVerification } from "./token.ts";

/** Where a genuine document stands today. */
export type DocumentStatus = "valid" | "not-yet-valid" | "expired" | "revoked" | "replaced";

/** The stored document a verified token points at, as the verify route loads it. */
export interface IssuedDocumentRecord {
  tenant: string;
  id: string;
  kind: DocumentKind;
  number: string;
  issuedOn: string;
  validFrom: string;
  validUntil: string | null;
  /** Set when the document was withdrawn. */
  revokedOn?: string | null | undefined;
  /** Number of the document that replaced it (a renewal or a reprint), if any. */
  replacedByNumber?: string | null | undefined;
  /** The full NIK may come in; only its masked form goes out. */
  holder: { name: string; nik: string };
  regencyName: BilingualText;
  /** Cards: the programme and tier. */
  programme?: { label: BilingualText } | undefined;
  tier?: { label: BilingualText; colour?: string | undefined } | undefined;
  /** Letters and recommendations: the service. */
  service?: { label: BilingualText } | undefined;
}

/**
 * What anyone who scans a QR code may see: what is printed on the document, and its status.
 * Never more (no address, no household members, no full NIK): scanning must not disclose
 * personal data beyond what the holder already shows (UU PDP 27/2022).
 */
export type PublicDocumentView =
  | { genuine: false }
  | {
      genuine: true;
      kind: DocumentKind;
      number: string;
      status: DocumentStatus;
      issuedBy: BilingualText;
      issuedOn: string;
      validFrom: string;
      validUntil: string | null;
      holderName: string;
      maskedNik: string;
      programme?: BilingualText;
      tier?: BilingualText;
      tierColour?: string;
      service?: BilingualText;
      replacedByNumber?: string;
    };

/**
 * The public answer for a scanned token: `{ genuine: false }` alike for a forged,
 * malformed or unknown token and for a document that does not exist (so the answer tells
 * a forger nothing), else the printed facts and today's status. `today` is the date in the
 * regency's time zone, `YYYY-MM-DD`.
 *
 * @example
 * const verification = await verifyDocumentToken(token, keys.verifying);
 * const record = verification.ok ? await findDocument(verification.payload) : undefined;
 * return c.json(describeVerifiedDocument({ verification, record, today }));
 */
export function describeVerifiedDocument(input: {
  verification: DocumentTokenVerification;
  record: IssuedDocumentRecord | undefined;
  today: string;
}): PublicDocumentView {
  const { verification, record, today } = input;
  if (!verification.ok || record === undefined) return { genuine: false };
  const { payload } = verification;
  // The token is ours, but must point at this very record: same tenant, kind and id.
  if (payload.tenant !== record.tenant || payload.kind !== record.kind || payload.documentId !== record.id) return { genuine: false };
  return {
    genuine: true,
    kind: record.kind,
    number: record.number,
    // A token from an earlier issue of the same record is a replaced print.
    status: statusOf(record, today, payload.issuedOn !== record.issuedOn),
    issuedBy: record.regencyName,
    issuedOn: record.issuedOn,
    validFrom: record.validFrom,
    validUntil: record.validUntil,
    holderName: record.holder.name,
    maskedNik: maskForPrint(record.holder.nik),
    ...(record.programme ? { programme: record.programme.label } : {}),
    ...(record.tier ? { tier: record.tier.label } : {}),
    ...(record.tier?.colour ? { tierColour: record.tier.colour } : {}),
    ...(record.service ? { service: record.service.label } : {}),
    ...(record.replacedByNumber ? { replacedByNumber: record.replacedByNumber } : {}),
  };
}

/** Revoked before replaced before expired: the strongest reason not to honour the document wins. */
export function statusOf(record: Pick<IssuedDocumentRecord, "revokedOn" | "replacedByNumber" | "validFrom" | "validUntil">, today: string, reissued = false): DocumentStatus {
  if (record.revokedOn && record.revokedOn <= today) return "revoked";
  if (record.replacedByNumber || reissued) return "replaced";
  if (record.validUntil !== null && record.validUntil < today) return "expired";
  if (record.validFrom > today) return "not-yet-valid";
  return "valid";
}
