import type { NikKeys } from "./keys.ts";

/**
 * HMAC lookup values and AES-256-GCM encryption of NIKs (and KK numbers), in batches.
 * Two implementations give byte-identical results: Web Crypto (Node and Workers,
 * {@link createWebNikCrypto}) and `node:crypto` (`@satu-atap/nik/node`, synchronous and
 * several times faster for imports of millions of rows). A test holds them equal.
 *
 * Stored forms:
 * - lookup value: HMAC-SHA-256(hmacKey, `<kind>:<digits>`), 32 bytes; the `kind` prefix
 *   (`nik`, `kk`) keeps a KK number from matching a NIK with the same digits;
 * - ciphertext: 12-byte random IV ‖ AES-256-GCM ciphertext ‖ 16-byte tag, with the key id
 *   stored beside it so a rotated key is detected instead of failing obscurely.
 */
export interface NikCrypto {
  /** Names the encryption key: `k` + 8 hex digits of a hash of it. Stored with each ciphertext. */
  readonly keyId: string;
  hmac(kind: NikHmacKind, values: readonly string[]): Promise<Uint8Array[]>;
  encrypt(values: readonly string[]): Promise<Uint8Array[]>;
  /** Refuses (NikKeyMismatchError) a ciphertext made with another key. */
  decrypt(ciphertext: Uint8Array, keyId: string): Promise<string>;
}

export type NikHmacKind = "nik" | "kk";

/** A ciphertext encrypted under a key this process does not hold (a rotated key). */
export class NikKeyMismatchError extends Error {
  constructor(stored: string, current: string) {
    super(`NIK encrypted with key ${stored}, but the configured key is ${current}`);
    this.name = "NikKeyMismatchError";
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
export const IV_BYTES = 12;

/** The key id of an encryption key (shared by both implementations). */
export async function nikKeyId(encryptionKey: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", concat(encoder.encode("satu-atap nik key id:"), encryptionKey)));
  return `k${[...digest.slice(0, 4)].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}

export function concat(a: Uint8Array, b: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/**
 * NIK crypto on Web Crypto, for any runtime (Workers included).
 *
 * @example
 * const nikCrypto = await createWebNikCrypto(keys);
 * const [lookup] = await nikCrypto.hmac("nik", ["3314015507900001"]);
 */
export async function createWebNikCrypto(keys: NikKeys): Promise<NikCrypto> {
  const hmacKey = await crypto.subtle.importKey("raw", keys.hmacKey as Uint8Array<ArrayBuffer>, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const aesKey = await crypto.subtle.importKey("raw", keys.encryptionKey as Uint8Array<ArrayBuffer>, "AES-GCM", false, ["encrypt", "decrypt"]);
  const keyId = await nikKeyId(keys.encryptionKey);
  return {
    keyId,
    hmac: (kind, values) =>
      Promise.all(values.map(async (value) => new Uint8Array(await crypto.subtle.sign("HMAC", hmacKey, encoder.encode(`${kind}:${value}`))))),
    encrypt: (values) =>
      Promise.all(
        values.map(async (value) => {
          const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
          const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv }, aesKey, encoder.encode(value)));
          return concat(iv, sealed);
        }),
      ),
    async decrypt(ciphertext, storedKeyId) {
      if (storedKeyId !== keyId) throw new NikKeyMismatchError(storedKeyId, keyId);
      const iv = ciphertext.slice(0, IV_BYTES);
      const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv }, aesKey, ciphertext.slice(IV_BYTES));
      return decoder.decode(plain);
    },
  };
}
