import { maskNik } from "@satu-atap/nik";
import type { DocumentSigningKey } from "./keys.ts";
import type { DocumentLabels } from "./labels.ts";
import { signDocumentToken, type DocumentKind } from "./token.ts";

/** The person a document is about. The full NIK goes in; only its masked form is printed. */
export interface DocumentHolder {
  name: string;
  nik: string;
}

/** What every printed document has: whose and which record it is, and when it holds. */
export interface DocumentBase {
  /** Tenant slug of the issuing regency (goes into the token). */
  tenant: string;
  /** The document's record id (goes into the token). */
  id: string;
  /** The number printed on it (card number, letter number). */
  number: string;
  /** `YYYY-MM-DD`; also the PDF's creation date, so the same input gives the same bytes. */
  issuedOn: string;
  validFrom: string;
  /** `null`: valid until further notice. */
  validUntil: string | null;
  holder: DocumentHolder;
  /** The family card (KK) number, printed masked. */
  household?: { kk: string } | undefined;
}

export interface RenderOptions {
  /** Public verify address without the token, e.g. `https://satu-atap.example.go.id/api/verify`. */
  verifyUrl: string;
  signingKey: DocumentSigningKey;
  labels?: Partial<DocumentLabels> | undefined;
}

/** A rendered PDF with what it carries, so callers and tests need not parse it back. */
export interface RenderedDocument {
  bytes: Uint8Array;
  token: string;
  /** `<verifyUrl>/<token>`: what the QR code encodes. */
  verifyLink: string;
  /** Every text drawn, in order (the text layer of the PDF). */
  printed: string[];
}

/** Masks a NIK or KK number for print: 16 digits in, region code and `x`s out. */
export function maskForPrint(number: string): string {
  return maskNik(number.replace(/\s+/g, ""));
}

export async function signedLink(kind: DocumentKind, document: DocumentBase, options: RenderOptions): Promise<{ token: string; verifyLink: string }> {
  const token = await signDocumentToken({ tenant: document.tenant, kind, documentId: document.id, issuedOn: document.issuedOn }, options.signingKey);
  return { token, verifyLink: `${options.verifyUrl.replace(/\/+$/, "")}/${token}` };
}
