// The part of password hashing that both runtimes share: parameters, PHC layout, PBKDF2 through
// WebCrypto, constant-time comparison and the rehash rule. Only the argon2id engine differs by
// runtime (native on Node, pure JS on Workers), and it is passed in. Hashes are therefore
// byte-for-byte the same format whichever runtime made them. This file must stay free of
// `node:` imports and native code: the Workers bundle includes it.
import { constantTimeEqual } from "@oslojs/crypto/subtle";
import { formatPhc, parsePhc } from "./phc.ts";
import { PASSWORD_INPUT_LIMIT, codePointLength, normalizePassword } from "./normalize.ts";

/** Algorithms this package writes. Both are verified on both runtimes. */
export type PasswordAlgorithm = "argon2id" | "pbkdf2-sha256";

/** argon2id cost parameters, named as in the PHC string (`m`, `t`, `p`). */
export interface Argon2idParams {
  /** Memory in KiB (`m`). */
  readonly memoryKiB: number;
  /** Passes over memory (`t`). */
  readonly iterations: number;
  /** Lanes (`p`). */
  readonly parallelism: number;
}

/**
 * The argon2id target: OWASP's minimum configuration, 19 MiB, t=2, p=1, which the ADR adopts.
 * Measured on the 2-core dev machine (Node 20): about 8 ms per hash or verify natively (the
 * first call about 50 ms), about 175 ms to verify in pure JS.
 */
export const ARGON2ID_PARAMS: Argon2idParams = Object.freeze({ memoryKiB: 19_456, iterations: 2, parallelism: 1 });

/**
 * PBKDF2-SHA256 iterations. This is the most that production Workers' WebCrypto accepts in one
 * call (cloudflare/workerd#1346); `wrangler dev` does not enforce the cap, so a test asserts it.
 * It is below OWASP's 600,000, which the ADR accepts for Worker-only deployments.
 */
export const PBKDF2_SHA256_ITERATIONS = 100_000;

/** Workers' per-call PBKDF2 cap. A hash above it could not be verified on Workers. */
export const PBKDF2_MAX_ITERATIONS = 100_000;

/** Salt length in bytes (128 bits, as RFC 9106 recommends). */
export const PASSWORD_SALT_BYTES = 16;

/** Derived key length in bytes. */
export const PASSWORD_HASH_BYTES = 32;

// Bounds on parameters read from a stored hash. Whoever controls the stored string controls
// the work; these bounds keep a corrupt or hostile row from making one sign-in burn gigabytes
// or minutes.
const VERIFY_BOUNDS = {
  argon2MaxMemoryKiB: 262_144,
  argon2MaxIterations: 16,
  argon2MaxParallelism: 16,
  minSaltBytes: 8,
  minHashBytes: 16,
  maxHashBytes: 64,
} as const;

/** Computes raw argon2id (version 0x13) output; each runtime supplies its own. */
export type Argon2idEngine = (
  password: Uint8Array,
  salt: Uint8Array,
  params: Argon2idParams,
  hashBytes: number,
) => Promise<Uint8Array>;

/** A password hasher bound to one algorithm for new hashes; it verifies every supported format. */
export interface PasswordHasher {
  /** Algorithm used by {@link PasswordHasher.hash} and targeted by {@link PasswordHasher.needsRehash}. */
  readonly algorithm: PasswordAlgorithm;
  /** Hashes a password into a PHC string with a fresh random salt. */
  hash(password: string): Promise<string>;
  /** `true` only if `phc` is a well-formed supported hash of `password`. Malformed input gives `false`. */
  verify(phc: string, password: string): Promise<boolean>;
  /**
   * `true` when, after a successful verification, the password should be re-hashed and stored,
   * because that would make the stored hash stronger by this hasher's target. It is never `true`
   * if the re-hash would be weaker: a Workers hasher leaves argon2id hashes alone.
   */
  needsRehash(phc: string): boolean;
}

/** Options for `createPasswordHasher` in either runtime entry. */
export interface PasswordHasherOptions {
  /** Algorithm for new hashes; defaults to the runtime's own (argon2id on Node, PBKDF2 on Workers). */
  algorithm?: PasswordAlgorithm;
}

interface ParsedArgon2id {
  kind: "argon2id";
  params: Argon2idParams;
  salt: Uint8Array;
  hash: Uint8Array;
}

interface ParsedPbkdf2 {
  kind: "pbkdf2-sha256";
  iterations: number;
  salt: Uint8Array;
  hash: Uint8Array;
}

type ParsedPassword = ParsedArgon2id | ParsedPbkdf2;

function hasExactKeys(params: Record<string, number>, keys: readonly string[]): boolean {
  const own = Object.keys(params);
  return own.length === keys.length && keys.every((k) => Object.hasOwn(params, k));
}

/** Parses and bounds-checks a stored hash; `null` for anything we would not verify. */
function parseStoredHash(phc: string): ParsedPassword | null {
  const parsed = parsePhc(phc);
  if (parsed === null) return null;
  const { salt, hash } = parsed;
  if (salt.length < VERIFY_BOUNDS.minSaltBytes) return null;
  if (hash.length < VERIFY_BOUNDS.minHashBytes || hash.length > VERIFY_BOUNDS.maxHashBytes) return null;

  if (parsed.id === "argon2id") {
    if (parsed.version !== 19 || !hasExactKeys(parsed.params, ["m", "t", "p"])) return null;
    const { m, t, p } = parsed.params;
    if (m === undefined || t === undefined || p === undefined) return null;
    if (p < 1 || p > VERIFY_BOUNDS.argon2MaxParallelism) return null;
    if (t < 1 || t > VERIFY_BOUNDS.argon2MaxIterations) return null;
    // RFC 9106: memory must be at least 8 KiB per lane.
    if (m < 8 * p || m > VERIFY_BOUNDS.argon2MaxMemoryKiB) return null;
    return { kind: "argon2id", params: { memoryKiB: m, iterations: t, parallelism: p }, salt, hash };
  }
  if (parsed.id === "pbkdf2-sha256") {
    if (parsed.version !== undefined || !hasExactKeys(parsed.params, ["i"])) return null;
    const { i } = parsed.params;
    if (i === undefined || i < 1 || i > PBKDF2_MAX_ITERATIONS) return null;
    return { kind: "pbkdf2-sha256", iterations: i, salt, hash };
  }
  return null;
}

function passwordBytes(password: string): Uint8Array<ArrayBuffer> | null {
  const normalized = normalizePassword(password);
  if (codePointLength(normalized) > PASSWORD_INPUT_LIMIT) return null;
  // Copied so the type is Uint8Array<ArrayBuffer> under @cloudflare/workers-types too, whose
  // TextEncoder returns Uint8Array<ArrayBufferLike> (WebCrypto wants an ArrayBuffer view).
  return new Uint8Array(new TextEncoder().encode(normalized));
}

/**
 * PBKDF2-HMAC-SHA256 through WebCrypto. It is native on Workers and on Node 20 alike, so this
 * one code path serves both.
 */
async function pbkdf2Sha256(
  password: Uint8Array<ArrayBuffer>,
  salt: Uint8Array,
  iterations: number,
  hashBytes: number,
): Promise<Uint8Array> {
  if (iterations > PBKDF2_MAX_ITERATIONS) throw new RangeError("PBKDF2 iterations above the Workers cap");
  const key = await crypto.subtle.importKey("raw", password, "PBKDF2", false, ["deriveBits"]);
  // Copy the salt into a fresh ArrayBuffer-backed view: WebCrypto's typings (and some runtimes)
  // refuse views over SharedArrayBuffer-like storage.
  const bits = await crypto.subtle.deriveBits(
    { name: "PBKDF2", hash: "SHA-256", salt: new Uint8Array(salt), iterations },
    key,
    hashBytes * 8,
  );
  return new Uint8Array(bits);
}

function randomSalt(): Uint8Array {
  const salt = new Uint8Array(PASSWORD_SALT_BYTES);
  crypto.getRandomValues(salt);
  return salt;
}

/**
 * Builds a hasher around a runtime's argon2id engine. The runtime entries
 * (`passwords-node.ts`, `passwords-worker.ts`) call this; application code calls their
 * `createPasswordHasher`.
 *
 * @example
 * ```ts
 * const hasher = buildPasswordHasher("pbkdf2-sha256", myArgon2idEngine);
 * const phc = await hasher.hash("correct horse battery staple");
 * ```
 */
export function buildPasswordHasher(algorithm: PasswordAlgorithm, argon2id: Argon2idEngine): PasswordHasher {
  if (algorithm !== "argon2id" && algorithm !== "pbkdf2-sha256") {
    throw new TypeError(`unsupported password algorithm: ${String(algorithm)}`);
  }
  return {
    algorithm,

    async hash(password: string): Promise<string> {
      const bytes = passwordBytes(password);
      if (bytes === null) throw new RangeError(`password longer than ${PASSWORD_INPUT_LIMIT} characters`);
      const salt = randomSalt();
      if (algorithm === "argon2id") {
        const hash = await argon2id(bytes, salt, ARGON2ID_PARAMS, PASSWORD_HASH_BYTES);
        const { memoryKiB: m, iterations: t, parallelism: p } = ARGON2ID_PARAMS;
        return formatPhc({ id: "argon2id", version: 19, params: { m, t, p }, salt, hash });
      }
      const hash = await pbkdf2Sha256(bytes, salt, PBKDF2_SHA256_ITERATIONS, PASSWORD_HASH_BYTES);
      return formatPhc({ id: "pbkdf2-sha256", params: { i: PBKDF2_SHA256_ITERATIONS }, salt, hash });
    },

    async verify(phc: string, password: string): Promise<boolean> {
      const stored = parseStoredHash(phc);
      const bytes = passwordBytes(password);
      if (stored === null || bytes === null) return false;
      const computed =
        stored.kind === "argon2id"
          ? await argon2id(bytes, stored.salt, stored.params, stored.hash.length)
          : await pbkdf2Sha256(bytes, stored.salt, stored.iterations, stored.hash.length);
      // Constant-time, so that response timing reveals nothing about how many bytes matched.
      return constantTimeEqual(computed, stored.hash);
    },

    needsRehash(phc: string): boolean {
      const stored = parseStoredHash(phc);
      // Unreadable hashes cannot verify, so there is nothing to keep. Report them for
      // replacement.
      if (stored === null) return true;
      if (stored.salt.length < PASSWORD_SALT_BYTES || stored.hash.length < PASSWORD_HASH_BYTES) return true;
      if (stored.kind === "argon2id") {
        const weaker =
          stored.params.memoryKiB < ARGON2ID_PARAMS.memoryKiB || stored.params.iterations < ARGON2ID_PARAMS.iterations;
        // A PBKDF2 hasher (Workers) never replaces argon2id, even a weak one, because that could
        // be a downgrade. The next sign-in through Node upgrades it.
        return algorithm === "argon2id" && weaker;
      }
      // PBKDF2: a Node hasher upgrades it to argon2id; a Workers hasher only raises the count.
      return algorithm === "argon2id" || stored.iterations < PBKDF2_SHA256_ITERATIONS;
    },
  };
}

/** The password functions one runtime entry exports, bound to its default algorithm and argon2id engine. */
export interface RuntimePasswordFunctions {
  /**
   * A hasher whose `algorithm` selects what new hashes use; verification accepts argon2id and
   * PBKDF2 whatever it is set to (tests pass `"pbkdf2-sha256"` to make Workers-format hashes on Node).
   *
   * @example
   * const hasher = createPasswordHasher();
   * const phc = await hasher.hash("correct horse battery staple");
   */
  createPasswordHasher(options?: PasswordHasherOptions): PasswordHasher;
  /**
   * Hashes a password as a PHC string in the runtime's default algorithm.
   *
   * @example
   * const phc = await hashPassword("correct horse battery staple");
   */
  hashPassword(password: string, options?: PasswordHasherOptions): Promise<string>;
  /**
   * Verifies a password against an argon2id or PBKDF2-SHA256 PHC string made by either runtime.
   * Malformed, unsupported or out-of-bounds strings give `false`.
   *
   * @example
   * if (!(await verifyPassword(user.passwordHash, input))) return invalidCredentials();
   */
  verifyPassword(phc: string, password: string): Promise<boolean>;
  /**
   * Whether a verified hash should be replaced with a fresh hash of this runtime's default
   * (never a downgrade from argon2id to PBKDF2).
   *
   * @example
   * if (ok && needsRehash(user.passwordHash)) await saveHash(user.id, await hashPassword(input));
   */
  needsRehash(phc: string): boolean;
}

/**
 * Builds a runtime entry's password functions, so the Node and Workers entries differ only
 * in their default algorithm and their argon2id engine.
 */
export function runtimePasswordFunctions(defaultAlgorithm: PasswordAlgorithm, argon2id: Argon2idEngine): RuntimePasswordFunctions {
  const createPasswordHasher = (options: PasswordHasherOptions = {}) =>
    buildPasswordHasher(options.algorithm ?? defaultAlgorithm, argon2id);
  const defaultHasher = createPasswordHasher();
  return {
    createPasswordHasher,
    hashPassword: (password, options = {}) =>
      (options.algorithm === undefined ? defaultHasher : createPasswordHasher(options)).hash(password),
    verifyPassword: (phc, password) => defaultHasher.verify(phc, password),
    needsRehash: (phc) => defaultHasher.needsRehash(phc),
  };
}
