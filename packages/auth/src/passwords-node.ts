// Node entry for password hashing. New hashes are argon2id, computed natively by @node-rs/argon2
// (Rust, prebuilt binaries shipped as npm optional dependencies, so no install script runs).
// It verifies PBKDF2 hashes from Workers through WebCrypto. Workers resolve
// `@satu-atap/auth/passwords` to `passwords-worker.ts` instead; see the `workerd`/`worker`
// conditions in package.json.
import { hashRaw, type Algorithm, type Version } from "@node-rs/argon2";
import { runtimePasswordFunctions, type Argon2idEngine, type PasswordAlgorithm } from "./passwords-core.ts";

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

export const { createPasswordHasher, hashPassword, verifyPassword, needsRehash } = runtimePasswordFunctions(
  DEFAULT_PASSWORD_ALGORITHM,
  nativeArgon2id,
);
