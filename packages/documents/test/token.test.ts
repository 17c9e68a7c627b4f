import { describe, expect, it } from "vitest";
import {
  DocumentKeyError,
  formatDocumentSigningKey,
  generateDocumentSigningKey,
  parseDocumentSigningKeys,
  signDocumentToken,
  verifyDocumentToken,
  type DocumentTokenPayload,
} from "../src/index.ts";

const payload: DocumentTokenPayload = {
  tenant: "sragen",
  kind: "card",
  documentId: "0b9f6d1e-5c0a-4c55-9a43-6f7f3f1b2a10",
  issuedOn: "2026-01-15",
};
const key2026 = generateDocumentSigningKey("2026a");
const key2027 = generateDocumentSigningKey("2027a");

/** Replaces the character at `index` by another of the base64url alphabet. */
function flip(token: string, index: number): string {
  const replacement = token[index] === "A" ? "B" : "A";
  return token.slice(0, index) + replacement + token.slice(index + 1);
}

describe("document tokens", () => {
  it("round trip: a signed token verifies with its key and gives back the payload and key id", async () => {
    const token = await signDocumentToken(payload, key2026);
    expect(token).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
    expect(await verifyDocumentToken(token, [key2026])).toEqual({ ok: true, payload: { ...payload, keyId: "2026a" } });
  });

  it("stays short enough for a small QR code", async () => {
    const token = await signDocumentToken(payload, key2026);
    expect(token.length).toBeLessThan(140);
  });

  it("is the same for the same payload and key (deterministic, so a reprint has the same QR)", async () => {
    expect(await signDocumentToken(payload, key2026)).toBe(await signDocumentToken(payload, key2026));
  });

  it("rejects a tampered payload (another document id re-encoded under the old signature)", async () => {
    const token = await signDocumentToken(payload, key2026);
    const forged = await signDocumentToken({ ...payload, documentId: "another-card" }, key2026);
    const [, forgedPayload] = forged.split(".");
    const [version, , signature] = token.split(".");
    expect(await verifyDocumentToken(`${version}.${forgedPayload}.${signature}`, [key2026])).toEqual({ ok: false, reason: "bad-signature" });
  });

  it("rejects a tampered signature", async () => {
    const token = await signDocumentToken(payload, key2026);
    expect(await verifyDocumentToken(flip(token, token.length - 5), [key2026])).toEqual({ ok: false, reason: "bad-signature" });
  });

  it("rejects a token signed with another secret under the same key id", async () => {
    const impostor = { id: "2026a", secret: generateDocumentSigningKey().secret };
    const token = await signDocumentToken(payload, impostor);
    expect(await verifyDocumentToken(token, [key2026])).toEqual({ ok: false, reason: "bad-signature" });
  });

  it("calls truncated or garbled tokens malformed", async () => {
    const token = await signDocumentToken(payload, key2026);
    for (const broken of [token.slice(0, -1), token.slice(0, token.lastIndexOf(".")), token.slice(0, 20), "", "v2" + token.slice(2), `${token}.x`, "v1.!!!.AAAA", "v1.W10.AAAAAAAAAAAAAAAAAAAAAA"]) {
      expect(await verifyDocumentToken(broken, [key2026]), broken).toEqual({ ok: false, reason: "malformed" });
    }
  });

  it("says unknown-key for a key id it does not list", async () => {
    const token = await signDocumentToken(payload, key2027);
    expect(await verifyDocumentToken(token, [key2026])).toEqual({ ok: false, reason: "unknown-key" });
  });

  it("rotation: tokens of a retired key still verify while it is listed, and new ones use the new key", async () => {
    const old = await signDocumentToken(payload, key2026);
    const current = await signDocumentToken(payload, key2027);
    const keys = [key2027, key2026];
    expect(await verifyDocumentToken(old, keys)).toMatchObject({ ok: true, payload: { keyId: "2026a" } });
    expect(await verifyDocumentToken(current, keys)).toMatchObject({ ok: true, payload: { keyId: "2027a" } });
    expect(await verifyDocumentToken(old, [key2027])).toEqual({ ok: false, reason: "unknown-key" });
  });

  it("refuses to sign a payload it could not verify later", async () => {
    await expect(signDocumentToken({ ...payload, issuedOn: "15/01/2026" }, key2026)).rejects.toThrow(/invalid payload/);
    await expect(signDocumentToken({ ...payload, tenant: "a.b" }, key2026)).rejects.toThrow(/invalid payload/);
  });
});

describe("document signing keys from the environment", () => {
  it("parses the current key and the previous ones, current first", () => {
    const current = formatDocumentSigningKey(key2027);
    const previous = formatDocumentSigningKey(key2026);
    const keys = parseDocumentSigningKeys(current, ` ${previous} ,`);
    expect(keys.signing).toEqual(key2027);
    expect(keys.verifying.map((key) => key.id)).toEqual(["2027a", "2026a"]);
  });

  it("refuses settings without an id, with a short key, or with a repeated id", () => {
    const base64 = btoa(String.fromCharCode(...key2026.secret));
    expect(() => parseDocumentSigningKeys(base64)).toThrow(DocumentKeyError);
    expect(() => parseDocumentSigningKeys(`k1:${btoa("short")}`)).toThrow(/5 bytes/);
    expect(() => parseDocumentSigningKeys(`k1:${base64}`, `k1:${base64}`)).toThrow(/listed twice/);
  });
});
