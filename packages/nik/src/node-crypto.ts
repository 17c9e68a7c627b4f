import { createCipheriv, createDecipheriv, createHmac, randomFillSync } from "node:crypto";
import { IV_BYTES, NikKeyMismatchError, nikKeyId, type NikCrypto } from "./crypto.ts";
import type { NikKeys } from "./keys.ts";
import { nikCryptoThread } from "./node-crypto-thread.ts";

const TAG_BYTES = 16;
// Random IVs drawn in blocks: one system call per 4096 values instead of one per value.
const IV_POOL_VALUES = 4096;
// From this many values a call goes to the worker thread: below it, posting the values
// costs more than it saves (a lookup hashes one NIK, and must stay well under a millisecond).
const THREAD_MIN_VALUES = 2048;

/**
 * {@link NikCrypto} on `node:crypto`: the same bytes as the Web Crypto implementation,
 * computed synchronously (an import of a million rows spends most of its time here
 * otherwise: Web Crypto's per-call promise costs more than the HMAC itself). Calls of
 * thousands of values (an import batch) run on a worker thread instead, so that they
 * overlap with the main thread's work (node-crypto-thread.ts).
 *
 * @example
 * const nikCrypto = await createNodeNikCrypto(keys);
 */
export async function createNodeNikCrypto(keys: NikKeys): Promise<NikCrypto> {
  const keyId = await nikKeyId(keys.encryptionKey);
  const hmacKey = Buffer.from(keys.hmacKey);
  const aesKey = Buffer.from(keys.encryptionKey);
  let ivPool = Buffer.alloc(0);
  let ivOffset = 0;
  const nextIv = () => {
    if (ivOffset + IV_BYTES > ivPool.length) {
      ivPool = randomFillSync(Buffer.alloc(IV_BYTES * IV_POOL_VALUES));
      ivOffset = 0;
    }
    const iv = ivPool.subarray(ivOffset, ivOffset + IV_BYTES);
    ivOffset += IV_BYTES;
    return iv;
  };
  const thread = nikCryptoThread(keys, IV_BYTES);
  return {
    keyId,
    async hmac(kind, values) {
      if (values.length >= THREAD_MIN_VALUES) return thread.run("hmac", values, kind);
      return values.map((value) => createHmac("sha256", hmacKey).update(`${kind}:${value}`).digest());
    },
    async encrypt(values) {
      if (values.length >= THREAD_MIN_VALUES) return thread.run("encrypt", values);
      return values.map((value) => {
        const iv = nextIv();
        const cipher = createCipheriv("aes-256-gcm", aesKey, iv);
        return Buffer.concat([iv, cipher.update(value, "utf8"), cipher.final(), cipher.getAuthTag()]);
      });
    },
    async decrypt(ciphertext, storedKeyId) {
      if (storedKeyId !== keyId) throw new NikKeyMismatchError(storedKeyId, keyId);
      const bytes = Buffer.from(ciphertext);
      const decipher = createDecipheriv("aes-256-gcm", aesKey, bytes.subarray(0, IV_BYTES));
      decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
      return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]).toString("utf8");
    },
  };
}
