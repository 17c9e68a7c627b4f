// Both runtime entries run here on Node. The worker entry uses only @noble/hashes and
// WebCrypto, exactly as on Workers (worker-bundle.test.ts proves it pulls in nothing else). So
// "made on Node, verified on Workers" and the reverse are tested for real. argon2id at 19 MiB
// costs ~10–50 ms natively and ~150–200 ms in pure JS: hashes are made once and shared.
import { beforeAll, describe, expect, it } from "vitest";
import { hash as referenceArgon2Hash } from "@node-rs/argon2";
import * as node from "../src/passwords-node.ts";
import * as worker from "../src/passwords-worker.ts";
import { PBKDF2_MAX_ITERATIONS, PBKDF2_SHA256_ITERATIONS } from "../src/passwords-core.ts";
import { formatPhc, parsePhc } from "../src/phc.ts";
import * as auth from "../src/index.ts";

const password = "Kantor Sragen buka jam 07.30!";
let argonFromNode = "";
let pbkdf2FromWorker = "";

beforeAll(async () => {
  argonFromNode = await node.hashPassword(password);
  pbkdf2FromWorker = await worker.hashPassword(password);
});

function tamperHash(phc: string): string {
  const parsed = parsePhc(phc);
  if (parsed === null) throw new Error("test setup: unparseable PHC");
  const hash = new Uint8Array(parsed.hash);
  hash[0] = (hash[0] ?? 0) ^ 1;
  return formatPhc({ ...parsed, hash });
}

describe("runtime defaults", () => {
  it("Node makes argon2id m=19456 t=2 p=1, Workers make PBKDF2-SHA256 i=100000", () => {
    expect(node.PASSWORD_RUNTIME).toBe("node");
    expect(worker.PASSWORD_RUNTIME).toBe("worker");
    expect(argonFromNode).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(pbkdf2FromWorker).toMatch(/^\$pbkdf2-sha256\$i=100000\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
  });

  it("the package root resolves to the Node entry under the default condition", () => {
    expect(auth.PASSWORD_RUNTIME).toBe("node");
    expect(auth.DEFAULT_PASSWORD_ALGORITHM).toBe("argon2id");
  });

  it("PBKDF2 stays within Workers' per-call cap (wrangler dev does not enforce it)", () => {
    expect(PBKDF2_SHA256_ITERATIONS).toBeLessThanOrEqual(100_000);
    expect(PBKDF2_MAX_ITERATIONS).toBeLessThanOrEqual(100_000);
  });

  it("salts are random: the same password hashes differently", async () => {
    expect(await worker.hashPassword(password)).not.toBe(pbkdf2FromWorker);
  });
});

describe("cross-runtime verification", () => {
  it("an argon2id hash made on Node verifies on the Workers path (pure JS)", async () => {
    expect(await worker.verifyPassword(argonFromNode, password)).toBe(true);
  });

  it("a PBKDF2 hash made on the Workers path verifies on Node", async () => {
    expect(await node.verifyPassword(pbkdf2FromWorker, password)).toBe(true);
  });

  it("each runtime verifies its own hashes", async () => {
    expect(await node.verifyPassword(argonFromNode, password)).toBe(true);
    expect(await worker.verifyPassword(pbkdf2FromWorker, password)).toBe(true);
  });

  it("an argon2id hash made by the Workers path (pure JS) verifies natively on Node", async () => {
    const phc = await worker.createPasswordHasher({ algorithm: "argon2id" }).hash(password);
    expect(phc).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await node.verifyPassword(phc, password)).toBe(true);
  });

  it("the Workers path verifies a PHC string written by the reference argon2 library", async () => {
    // @node-rs/argon2 formats its own PHC string; accepting it shows our parser matches the
    // reference format and not only itself.
    const reference = await referenceArgon2Hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
    expect(reference).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await worker.verifyPassword(reference, password)).toBe(true);
  });

  it("Node can make Workers-format hashes when asked (injectable algorithm)", async () => {
    const phc = await node.hashPassword(password, { algorithm: "pbkdf2-sha256" });
    expect(phc).toMatch(/^\$pbkdf2-sha256\$i=100000\$/);
    expect(await worker.verifyPassword(phc, password)).toBe(true);
  });
});

describe("refusals", () => {
  it("a wrong password is refused on both paths and both formats", async () => {
    expect(await node.verifyPassword(argonFromNode, `${password}x`)).toBe(false);
    expect(await node.verifyPassword(pbkdf2FromWorker, "kantor sragen buka jam 07.30!")).toBe(false);
    expect(await worker.verifyPassword(pbkdf2FromWorker, "")).toBe(false);
  });

  it("a tampered hash is refused", async () => {
    expect(await node.verifyPassword(tamperHash(argonFromNode), password)).toBe(false);
    expect(await node.verifyPassword(tamperHash(pbkdf2FromWorker), password)).toBe(false);
    expect(await worker.verifyPassword(tamperHash(pbkdf2FromWorker), password)).toBe(false);
  });

  it("tampered parameters are refused (they change the derived key)", async () => {
    expect(await node.verifyPassword(argonFromNode.replace("t=2", "t=3"), password)).toBe(false);
    expect(await node.verifyPassword(pbkdf2FromWorker.replace("i=100000", "i=99999"), password)).toBe(false);
  });

  it("malformed, unsupported or out-of-bounds strings are refused without throwing", async () => {
    const salt = new Uint8Array(16);
    const hash = new Uint8Array(32);
    const bad = [
      "",
      "not a hash",
      argonFromNode.replace("$argon2id$", "$argon2i$"),
      argonFromNode.replace("v=19", "v=16"),
      argonFromNode.replace(",p=1", ""),
      pbkdf2FromWorker.replace("pbkdf2-sha256", "pbkdf2-sha512"),
      formatPhc({ id: "pbkdf2-sha256", params: { i: PBKDF2_MAX_ITERATIONS + 1 }, salt, hash }),
      formatPhc({ id: "argon2id", version: 19, params: { m: 4_194_304, t: 2, p: 1 }, salt, hash }),
      formatPhc({ id: "argon2id", version: 19, params: { m: 19456, t: 1000, p: 1 }, salt, hash }),
      formatPhc({ id: "argon2id", version: 19, params: { m: 19456, t: 2, p: 1 }, salt: new Uint8Array(4), hash }),
      formatPhc({ id: "argon2id", version: 19, params: { m: 19456, t: 2, p: 1 }, salt, hash: new Uint8Array(8) }),
      formatPhc({ id: "bcrypt", params: { c: 10 }, salt, hash }),
    ];
    for (const phc of bad) {
      await expect(node.verifyPassword(phc, password), phc).resolves.toBe(false);
      await expect(worker.verifyPassword(phc, password), phc).resolves.toBe(false);
    }
  });

  it("bounds password length: hashing throws, verifying refuses", async () => {
    const huge = "a".repeat(1025);
    await expect(worker.hashPassword(huge)).rejects.toThrow(RangeError);
    expect(await worker.verifyPassword(pbkdf2FromWorker, huge)).toBe(false);
  });

  it("normalises to NFKC: composed and decomposed input verify alike", async () => {
    const composed = "Kopi susu café 12345";
    const phc = await worker.hashPassword(composed);
    expect(await node.verifyPassword(phc, composed.normalize("NFD"))).toBe(true);
  });
});

describe("needsRehash", () => {
  const salt = new Uint8Array(16);
  const hash = new Uint8Array(32);
  const weakArgon = formatPhc({ id: "argon2id", version: 19, params: { m: 4096, t: 3, p: 1 }, salt, hash });
  const weakPbkdf2 = formatPhc({ id: "pbkdf2-sha256", params: { i: 10_000 }, salt, hash });

  it("on Node: upgrades PBKDF2 and weak argon2id, keeps current argon2id", () => {
    expect(node.needsRehash(argonFromNode)).toBe(false);
    expect(node.needsRehash(pbkdf2FromWorker)).toBe(true);
    expect(node.needsRehash(weakArgon)).toBe(true);
    expect(node.needsRehash(weakPbkdf2)).toBe(true);
  });

  it("on Workers: never downgrades argon2id, raises low PBKDF2 counts", () => {
    expect(worker.needsRehash(argonFromNode)).toBe(false);
    expect(worker.needsRehash(weakArgon)).toBe(false);
    expect(worker.needsRehash(pbkdf2FromWorker)).toBe(false);
    expect(worker.needsRehash(weakPbkdf2)).toBe(true);
  });

  it("reports unreadable hashes and short salts for replacement", () => {
    expect(node.needsRehash("garbage")).toBe(true);
    expect(worker.needsRehash("garbage")).toBe(true);
    const shortSalt = formatPhc({ id: "pbkdf2-sha256", params: { i: 100_000 }, salt: new Uint8Array(8), hash });
    expect(worker.needsRehash(shortSalt)).toBe(true);
  });

  it("refuses unknown algorithms at construction", () => {
    // @ts-expect-error: deliberately not a PasswordAlgorithm
    expect(() => node.createPasswordHasher({ algorithm: "md5" })).toThrow(TypeError);
  });
});
