import { decodeBase64Url, encodeBase64Url } from "./base64url.ts";
import { KEY_ID, type DocumentSigningKey } from "./keys.ts";

/** What a printed document can be. */
export const DOCUMENT_KINDS = ["card", "letter", "recommendation"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * What a document token says: which tenant's which document, issued when, signed by which
 * key. Nothing personal: the token is printed and scanned by anyone, so it only points at
 * the record that the verify route looks up.
 */
export interface DocumentTokenPayload {
  /** Tenant slug (or id) of the issuing regency. */
  tenant: string;
  kind: DocumentKind;
  /** The document's record id (e.g. a card or letter uuid). */
  documentId: string;
  /** Issue date, `YYYY-MM-DD`. */
  issuedOn: string;
}

/** A verified token's payload with the key that signed it. */
export interface SignedDocumentTokenPayload extends DocumentTokenPayload {
  keyId: string;
}

export type DocumentTokenProblem = "malformed" | "bad-signature" | "unknown-key";
export type DocumentTokenVerification = { ok: true; payload: SignedDocumentTokenPayload } | { ok: false; reason: DocumentTokenProblem };

const VERSION = "v1";
/** 16 bytes (128 bits) of HMAC-SHA-256: far beyond guessing, and 22 characters in the QR code. */
const SIGNATURE_BYTES = 16;
/** Generous bound for tenant slugs and record ids; keeps a forged token from costing work. */
const MAX_FIELD = 64;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FIELD = /^[A-Za-z0-9_-]+$/;

const encoder = new TextEncoder();

/**
 * Signs a document token: `v1.<payload>.<signature>`, both base64url. The payload is the
 * JSON array `[keyId, tenant, kind, documentId, issuedOn]` (positional to keep the QR code
 * small); the signature is HMAC-SHA-256 over `v1.<payload>`, truncated to 16 bytes.
 * Web Crypto only, so it runs on Workers and Node alike.
 *
 * @example
 * const token = await signDocumentToken({ tenant: "sragen", kind: "card", documentId: id, issuedOn: "2026-01-15" }, key);
 */
export async function signDocumentToken(payload: DocumentTokenPayload, key: DocumentSigningKey): Promise<string> {
  const fields = [key.id, payload.tenant, payload.kind, payload.documentId, payload.issuedOn];
  if (readPayload(fields) === undefined) throw new Error(`signDocumentToken: invalid payload ${JSON.stringify(fields)}`);
  const body = `${VERSION}.${encodeBase64Url(encoder.encode(JSON.stringify(fields)))}`;
  return `${body}.${encodeBase64Url(await mac(key.secret, body))}`;
}

/**
 * Checks a token against the listed keys (the current one and those retired but still
 * trusted). Says why a token fails, for logs; the public answer should not distinguish
 * more than "not genuine".
 */
export async function verifyDocumentToken(token: string, keys: readonly DocumentSigningKey[]): Promise<DocumentTokenVerification> {
  const parts = token.split(".");
  if (parts.length !== 3 || parts[0] !== VERSION) return { ok: false, reason: "malformed" };
  const [, payloadText = "", signatureText = ""] = parts;
  const payloadBytes = decodeBase64Url(payloadText);
  const signature = decodeBase64Url(signatureText);
  if (payloadBytes === undefined || signature === undefined || signature.length !== SIGNATURE_BYTES) return { ok: false, reason: "malformed" };
  let fields: unknown;
  try {
    fields = JSON.parse(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(payloadBytes));
  } catch {
    return { ok: false, reason: "malformed" };
  }
  const payload = readPayload(fields);
  if (payload === undefined) return { ok: false, reason: "malformed" };
  const key = keys.find((candidate) => candidate.id === payload.keyId);
  if (key === undefined) return { ok: false, reason: "unknown-key" };
  const expected = await mac(key.secret, `${VERSION}.${payloadText}`);
  return constantTimeEqual(expected, signature) ? { ok: true, payload } : { ok: false, reason: "bad-signature" };
}

function readPayload(fields: unknown): SignedDocumentTokenPayload | undefined {
  if (!Array.isArray(fields) || fields.length !== 5 || !fields.every((field) => typeof field === "string")) return undefined;
  const [keyId, tenant, kind, documentId, issuedOn] = fields as [string, string, string, string, string];
  if (!KEY_ID.test(keyId)) return undefined;
  if (!(DOCUMENT_KINDS as readonly string[]).includes(kind)) return undefined;
  for (const field of [tenant, documentId]) if (field.length > MAX_FIELD || !FIELD.test(field)) return undefined;
  if (!DATE.test(issuedOn) || Number.isNaN(Date.parse(`${issuedOn}T00:00:00Z`))) return undefined;
  return { keyId, tenant, kind: kind as DocumentKind, documentId, issuedOn };
}

async function mac(secret: Uint8Array, body: string): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey("raw", secret as Uint8Array<ArrayBuffer>, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(body))).slice(0, SIGNATURE_BYTES);
}

/**
 * Compares two equal-length byte strings without an early exit. Web Crypto's `verify`
 * would do this, but it insists on the full 32-byte MAC and ours is truncated.
 */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}
