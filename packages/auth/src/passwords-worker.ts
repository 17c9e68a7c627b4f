// Workers entry for password hashing. Workers allow no native addons and refuse to compile
// WebAssembly from bytes at run time, so argon2id here is @noble/hashes' pure-JS
// implementation. It is used to verify hashes made on Node, about 150–180 ms of CPU per
// sign-in at 19 MiB. New hashes default to PBKDF2-SHA256 through WebCrypto at 100,000
// iterations (about 16 ms), the most Workers allow per call. Nothing here, or in what it
// imports, may use `node:` modules; a test bundles this entry with esbuild for the `workerd`
// condition to prove it.
import { argon2idAsync } from "@noble/hashes/argon2.js";
import { runtimePasswordFunctions, type Argon2idEngine, type PasswordAlgorithm } from "./passwords-core.ts";

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

export const { createPasswordHasher, hashPassword, verifyPassword, needsRehash } = runtimePasswordFunctions(
  DEFAULT_PASSWORD_ALGORITHM,
  pureJsArgon2id,
);
