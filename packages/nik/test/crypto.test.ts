import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createWebNikCrypto, decodeNikKey, encodeNikKey, generateNikKeys, NikKeyError, NikKeyMismatchError } from "../src/index.ts";
import { createNodeNikCrypto } from "../src/node-crypto.ts";

const keys = generateNikKeys();
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

describe("NIK crypto", () => {
  it("gives the same lookup values and key id on Web Crypto and node:crypto, and each decrypts the other's ciphertext", async () => {
    const web = await createWebNikCrypto(keys);
    const node = await createNodeNikCrypto(keys);
    expect(node.keyId).toBe(web.keyId);
    expect(web.keyId).toMatch(/^k[0-9a-f]{8}$/);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.stringMatching(/^\d{16}$/), { minLength: 1, maxLength: 20 }), async (niks) => {
        expect((await web.hmac("nik", niks)).map(hex)).toEqual((await node.hmac("nik", niks)).map(hex));
        const fromWeb = await web.encrypt(niks);
        const fromNode = await node.encrypt(niks);
        for (const [i, nik] of niks.entries()) {
          expect(await node.decrypt(fromWeb[i] ?? new Uint8Array(), web.keyId)).toBe(nik);
          expect(await web.decrypt(fromNode[i] ?? new Uint8Array(), node.keyId)).toBe(nik);
        }
      }),
      { numRuns: 30 },
    );
  });

  it("gives the same bytes for a bulk call (worker thread) as one value at a time, and its ciphertexts decrypt", async () => {
    const web = await createWebNikCrypto(keys);
    const node = await createNodeNikCrypto(keys);
    const niks = Array.from({ length: 5000 }, (_, i) => `331401${String(100000 + i)}${String(i % 10000).padStart(4, "0")}`);
    const [bulk, kks, sealed] = await Promise.all([node.hmac("nik", niks), node.hmac("kk", niks), node.encrypt(niks)]);
    expect(bulk).toHaveLength(niks.length);
    for (const i of [0, 1, 2047, 2048, 4999]) {
      expect(hex(bulk[i]!)).toBe(hex((await web.hmac("nik", [niks[i]!]))[0]!));
      expect(hex(kks[i]!)).toBe(hex((await web.hmac("kk", [niks[i]!]))[0]!));
      expect(await web.decrypt(sealed[i]!, web.keyId)).toBe(niks[i]);
    }
    expect(new Set(sealed.map((c) => hex(c.subarray(0, 12)))).size).toBe(niks.length); // a fresh IV each
  });

  it("keys lookup values by kind and by key: a KK number never matches a NIK of the same digits", async () => {
    const nikCrypto = await createNodeNikCrypto(keys);
    const other = await createNodeNikCrypto(generateNikKeys());
    const [asNik] = await nikCrypto.hmac("nik", ["3314015507900001"]);
    const [asKk] = await nikCrypto.hmac("kk", ["3314015507900001"]);
    const [otherKey] = await other.hmac("nik", ["3314015507900001"]);
    expect(asNik).toHaveLength(32);
    expect(hex(asNik!)).not.toBe(hex(asKk!));
    expect(hex(asNik!)).not.toBe(hex(otherKey!));
  });

  it("encrypts with a fresh IV each time and refuses a ciphertext of another key or one that was changed", async () => {
    const nikCrypto = await createWebNikCrypto(keys);
    const [a, b] = await nikCrypto.encrypt(["3314015507900001", "3314015507900001"]);
    expect(hex(a!)).not.toBe(hex(b!));
    expect(a).toHaveLength(12 + 16 + 16);
    await expect(nikCrypto.decrypt(a!, "k00000000")).rejects.toBeInstanceOf(NikKeyMismatchError);
    const tampered = a!.slice();
    tampered[20] = (tampered[20] ?? 0) ^ 1;
    await expect(nikCrypto.decrypt(tampered, nikCrypto.keyId)).rejects.toThrow();
  });

  it("reads keys as base64 of exactly 32 bytes", () => {
    const text = encodeNikKey(keys.hmacKey);
    expect(decodeNikKey("NIK_HMAC_KEY", text)).toEqual(keys.hmacKey);
    expect(() => decodeNikKey("NIK_HMAC_KEY", "c2hvcnQ=")).toThrow(NikKeyError);
    expect(() => decodeNikKey("NIK_HMAC_KEY", "")).toThrow(/NIK_HMAC_KEY/);
    expect(() => decodeNikKey("NIK_HMAC_KEY", "not base64!")).toThrow(/not base64/);
  });
});
