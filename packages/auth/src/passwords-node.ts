// Node entry for password hashing. New hashes are argon2id, computed natively by @node-rs/argon2
// (Rust, prebuilt binaries shipped as npm optional dependencies, so no install script runs).
// It verifies PBKDF2 hashes from Workers through WebCrypto. Workers resolve
// `@satu-atap/auth/passwords` to `passwords-worker.ts` instead; see the `workerd`/`worker`
// conditions in package.json.
import { hashRaw, type Algorithm, type Version } from "@node-rs/argon2";
import {
  buildPasswordHasher,
  type Argon2idEngine,
  type PasswordAlgorithm,
  type PasswordHasher,
  type PasswordHasherOptions,
} from "./passwords-core.ts";

export * from "./passwords-shared.ts";

// The package's enums are ambient `const enum`s, which isolatedModules cannot read, so we
// spell out their documented values.
const ARGON2ID: Algorithm = 2;
const VERSION_0X13: Version = 1;

/** argon2id through the native binding. Raw output only: the PHC layout is ours and shared. */
const nativeArgon2id: Argon2idEngine = async (password, salt, params, hashBytes) => {
  const out = await hashRaw(password, {
    algorithm: ARGON2ID,
    version: VERSION_0X13,
    memoryCost: params.memoryKiB,
    timeCost: params.iterations,
    parallelism: params.parallelism,
    outputLen: hashBytes,
    salt,
  });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
};

/** Which runtime entry this is; useful in logs and health output. */
export const PASSWORD_RUNTIME = "node";

/** Algorithm for new hashes on Node: argon2id, memory-hard. */
export const DEFAULT_PASSWORD_ALGORITHM: PasswordAlgorithm = "argon2id";

/**
 * A hasher for Node. `algorithm` selects what new hashes use. Verification accepts argon2id
 * and PBKDF2 whatever it is set to. Tests pass `"pbkdf2-sha256"` to make Workers-format hashes
 * on Node.
 *
 * @example
 * ```ts
 * const hasher = createPasswordHasher(); // argon2id
 * const phc = await hasher.hash("correct horse battery staple");
 * await hasher.verify(phc, "correct horse battery staple"); // true
 * ```
 */
export function createPasswordHasher(options: PasswordHasherOptions = {}): PasswordHasher {
  return buildPasswordHasher(options.algorithm ?? DEFAULT_PASSWORD_ALGORITHM, nativeArgon2id);
}

const defaultHasher = createPasswordHasher();

/**
 * Hashes a password as a PHC string, by default `$argon2id$v=19$m=19456,t=2,p=1$…`.
 *
 * @example
 * ```ts
 * const phc = await hashPassword("correct horse battery staple");
 * ```
 */
export function hashPassword(password: string, options: PasswordHasherOptions = {}): Promise<string> {
  return (options.algorithm === undefined ? defaultHasher : createPasswordHasher(options)).hash(password);
}

/**
 * Verifies a password against an argon2id or PBKDF2-SHA256 PHC string made by either runtime.
 * Malformed, unsupported or out-of-bounds strings give `false`.
 *
 * @example
 * ```ts
 * if (!(await verifyPassword(user.passwordHash, input))) return invalidCredentials();
 * ```
 */
export function verifyPassword(phc: string, password: string): Promise<boolean> {
  return defaultHasher.verify(phc, password);
}

/**
 * Whether a verified hash should be replaced with a fresh Node hash. On Node that means any
 * PBKDF2 hash, or argon2id below 19 MiB / t=2.
 *
 * @example
 * ```ts
 * if (ok && needsRehash(user.passwordHash)) await saveHash(user.id, await hashPassword(input));
 * ```
 */
export function needsRehash(phc: string): boolean {
  return defaultHasher.needsRehash(phc);
}
