/**
 * A key that signs document tokens: HMAC-SHA-256 with 32 random bytes, named by a short
 * id that every token carries, so keys can rotate: sign with the newest, keep older ones
 * listed for verification until the documents they signed have expired.
 */
export interface DocumentSigningKey {
  /** Short, URL-safe name, e.g. `2026a`; printed inside every token it signs. */
  id: string;
  secret: Uint8Array;
}

/** Thrown for a key setting that is not `<id>:<base64 of 32 bytes>`. */
export class DocumentKeyError extends Error {
  constructor(readonly variable: string, detail: string) {
    super(`${variable}: ${detail} (expected "<key id>:<base64 of 32 random bytes>", e.g. "2026a:$(openssl rand -base64 32)")`);
    this.name = "DocumentKeyError";
  }
}

export const KEY_ID = /^[A-Za-z0-9_-]{1,16}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$|^[A-Za-z0-9_-]+$/;

/**
 * Parses one key setting `<id>:<base64>`; `variable` names the setting for the error.
 *
 * @example
 * parseDocumentSigningKey("DOCUMENT_SIGNING_KEY", "2026a:q8J…=");
 */
export function parseDocumentSigningKey(variable: string, text: string): DocumentSigningKey {
  const trimmed = text.trim();
  const colon = trimmed.indexOf(":");
  if (colon < 0) throw new DocumentKeyError(variable, "no key id");
  const id = trimmed.slice(0, colon);
  const base64 = trimmed.slice(colon + 1);
  if (!KEY_ID.test(id)) throw new DocumentKeyError(variable, "key id must be 1-16 letters, digits, - or _");
  if (!BASE64.test(base64)) throw new DocumentKeyError(variable, "not base64");
  const binary = atob(base64.replace(/-/g, "+").replace(/_/g, "/"));
  if (binary.length !== 32) throw new DocumentKeyError(variable, `${binary.length} bytes`);
  return { id, secret: Uint8Array.from(binary, (c) => c.charCodeAt(0)) };
}

/**
 * The keys of a deployment: `current` (`DOCUMENT_SIGNING_KEY`) signs and verifies;
 * `previous` (`DOCUMENT_SIGNING_KEYS_PREVIOUS`, comma-separated) only verify. Ids must be unique.
 */
export function parseDocumentSigningKeys(current: string, previous = ""): { signing: DocumentSigningKey; verifying: DocumentSigningKey[] } {
  const signing = parseDocumentSigningKey("DOCUMENT_SIGNING_KEY", current);
  const older = previous
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => parseDocumentSigningKey("DOCUMENT_SIGNING_KEYS_PREVIOUS", part));
  const verifying = [signing, ...older];
  const ids = new Set<string>();
  for (const key of verifying) {
    if (ids.has(key.id)) throw new DocumentKeyError("DOCUMENT_SIGNING_KEYS_PREVIOUS", `key id ${key.id} listed twice`);
    ids.add(key.id);
  }
  return { signing, verifying };
}

/** `<id>:<base64>` of a key, for writing a generated development key file. */
export function formatDocumentSigningKey(key: DocumentSigningKey): string {
  return `${key.id}:${btoa(String.fromCharCode(...key.secret))}`;
}

/** A fresh random key (development only; production keys come from the environment). */
export function generateDocumentSigningKey(id = "dev"): DocumentSigningKey {
  return { id, secret: crypto.getRandomValues(new Uint8Array(32)) };
}
