/**
 * The two secrets of NIK protection, 32 random bytes each, kept outside the database
 * (env `NIK_HMAC_KEY` and `NIK_ENCRYPTION_KEY`, base64):
 * - `hmacKey` makes the lookup value: HMAC-SHA-256, so equal NIKs match across imports
 *   while a stolen table cannot be reversed by hashing all 10^16 NIKs without the key;
 * - `encryptionKey` encrypts the NIK (AES-256-GCM) for the few who may see it whole.
 */
export interface NikKeys {
  hmacKey: Uint8Array;
  encryptionKey: Uint8Array;
}

/** Thrown for a key that is not base64 of exactly 32 bytes. */
export class NikKeyError extends Error {
  constructor(readonly variable: string, detail: string) {
    super(`${variable}: ${detail} (expected base64 of 32 random bytes, e.g. \`openssl rand -base64 32\`)`);
    this.name = "NikKeyError";
  }
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$|^[A-Za-z0-9_-]+$/;

/**
 * Decodes one key from its base64 (or base64url) text; `name` says which, for the error.
 *
 * @example
 * const hmacKey = decodeNikKey("NIK_HMAC_KEY", process.env.NIK_HMAC_KEY ?? "");
 */
export function decodeNikKey(name: string, text: string): Uint8Array {
  const trimmed = text.trim();
  if (trimmed === "" || !BASE64.test(trimmed)) throw new NikKeyError(name, "not base64");
  const binary = atob(trimmed.replace(/-/g, "+").replace(/_/g, "/"));
  if (binary.length !== 32) throw new NikKeyError(name, `${binary.length} bytes`);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Base64 of a key, for writing a generated key file. */
export function encodeNikKey(key: Uint8Array): string {
  return btoa(String.fromCharCode(...key));
}

/** Two fresh random keys (development databases only; production keys come from the environment). */
export function generateNikKeys(): NikKeys {
  return { hmacKey: crypto.getRandomValues(new Uint8Array(32)), encryptionKey: crypto.getRandomValues(new Uint8Array(32)) };
}
