// Workers entry for password hashing. Workers allow no native addons and refuse to compile
// WebAssembly from bytes at run time, so argon2id here is @noble/hashes' pure-JS
// implementation. It is used to verify hashes made on Node, about 150–180 ms of CPU per
// sign-in at 19 MiB. New hashes default to PBKDF2-SHA256 through WebCrypto at 100,000
// iterations (about 16 ms), the most Workers allow per call. Nothing here, or in what it
// imports, may use `node:` modules; a test bundles this entry with esbuild for the `workerd`
// condition to prove it.
import { argon2idAsync } from "@noble/hashes/argon2.js";
import {
  buildPasswordHasher,
  type Argon2idEngine,
  type PasswordAlgorithm,
  type PasswordHasher,
  type PasswordHasherOptions,
} from "./passwords-core.ts";

export * from "./passwords-shared.ts";

/** argon2id in pure JS (RFC 9106, version 0x13). It gives the same bytes as the native engine. */
const pureJsArgon2id: Argon2idEngine = (password, salt, params, hashBytes) =>
  argon2idAsync(password, salt, {
    m: params.memoryKiB,
    t: params.iterations,
    p: params.parallelism,
    dkLen: hashBytes,
    version: 0x13,
  });

/** Which runtime entry this is; useful in logs and health output. */
export const PASSWORD_RUNTIME = "worker";

/**
 * Algorithm for new hashes on Workers: PBKDF2-SHA256, because argon2id in pure JS costs more
 * CPU per sign-up than the free plan allows.
 */
export const DEFAULT_PASSWORD_ALGORITHM: PasswordAlgorithm = "pbkdf2-sha256";

/**
 * A hasher for Workers. `algorithm: "argon2id"` is allowed and uses the pure-JS engine. It
 * makes Node-strength hashes at about 10× the CPU of PBKDF2; choose it only on a paid plan's
 * CPU limits.
 *
 * @example
 * ```ts
 * const hasher = createPasswordHasher(); // pbkdf2-sha256, i=100000
 * const phc = await hasher.hash("correct horse battery staple");
 * ```
 */
export function createPasswordHasher(options: PasswordHasherOptions = {}): PasswordHasher {
  return buildPasswordHasher(options.algorithm ?? DEFAULT_PASSWORD_ALGORITHM, pureJsArgon2id);
}

const defaultHasher = createPasswordHasher();

/**
 * Hashes a password as a PHC string, by default `$pbkdf2-sha256$i=100000$…`.
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
 * Whether a verified hash should be replaced with a fresh Workers hash. That applies only to
 * PBKDF2 below 100,000 iterations: argon2id is never downgraded to PBKDF2.
 *
 * @example
 * ```ts
 * if (ok && needsRehash(user.passwordHash)) await saveHash(user.id, await hashPassword(input));
 * ```
 */
export function needsRehash(phc: string): boolean {
  return defaultHasher.needsRehash(phc);
}
