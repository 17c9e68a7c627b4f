import { describe, expect, it } from "vitest";
import { decodePhcBase64, encodePhcBase64, formatPhc, parsePhc } from "../src/phc.ts";

const salt = new Uint8Array(16).map((_, i) => i);
const hash = new Uint8Array(32).map((_, i) => 255 - i);

describe("PHC strings", () => {
  it("round-trip argon2id and pbkdf2-sha256 layouts", () => {
    const argon = formatPhc({ id: "argon2id", version: 19, params: { m: 19456, t: 2, p: 1 }, salt, hash });
    expect(argon).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(parsePhc(argon)).toEqual({ id: "argon2id", version: 19, params: { m: 19456, t: 2, p: 1 }, salt, hash });

    const pbkdf2 = formatPhc({ id: "pbkdf2-sha256", params: { i: 100000 }, salt, hash });
    expect(pbkdf2).toMatch(/^\$pbkdf2-sha256\$i=100000\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(parsePhc(pbkdf2)).toEqual({ id: "pbkdf2-sha256", params: { i: 100000 }, salt, hash });
  });

  it("reads a PHC string in the argon2 reference layout", () => {
    const parsed = parsePhc("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc");
    expect(parsed?.id).toBe("argon2id");
    expect(new TextDecoder().decode(parsed?.salt)).toBe("somesalt");
    expect(parsed?.hash).toHaveLength(32);
  });

  it("refuses malformed strings", () => {
    const good = formatPhc({ id: "pbkdf2-sha256", params: { i: 100000 }, salt, hash });
    const [, id, params, s, h] = good.split("$");
    const bad = [
      "",
      "argon2id",
      `$${id}`,
      `$${id}$${params}$${s}`, // no hash
      `$${id}$${params}$${s}=$${h}`, // padding
      `$${id}$${params}$${s}$${h}!`,
      `$${id}$i=0100000$${s}$${h}`, // leading zero
      `$${id}$i=1e5$${s}$${h}`,
      `$${id}$i=1,i=2$${s}$${h}`, // duplicate
      `$${id}$i$${s}$${h}`,
      `$${id}$v=19$v=19$i=1$${s}$${h}`,
      `$${id}$i=1$x=2$${s}$${h}`,
      `$UPPER$${params}$${s}$${h}`,
      `$${id}$${params}$${s}$${h}$extra$more`,
      `${good}${"A".repeat(600)}`,
    ];
    for (const phc of bad) expect(parsePhc(phc), phc).toBeNull();
  });

  it("base64 is canonical: one spelling per byte string", () => {
    expect(encodePhcBase64(new Uint8Array([1, 2, 3]))).toBe("AQID");
    expect(decodePhcBase64("AQID")).toEqual(new Uint8Array([1, 2, 3]));
    expect(decodePhcBase64("AQ")).toEqual(new Uint8Array([1]));
    expect(decodePhcBase64("AR")).toBeNull(); // non-zero trailing bits
    expect(decodePhcBase64("A")).toBeNull();
    expect(decodePhcBase64("AQ==")).toBeNull();
    expect(decodePhcBase64("AQ-_")).toBeNull(); // base64url alphabet is not PHC B64
  });
});
