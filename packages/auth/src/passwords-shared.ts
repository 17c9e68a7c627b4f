// What both runtime entries re-export unchanged, so `@satu-atap/auth/passwords` has the same
// surface whichever file a bundler picks.
export {
  ARGON2ID_PARAMS,
  PASSWORD_HASH_BYTES,
  PASSWORD_SALT_BYTES,
  PBKDF2_MAX_ITERATIONS,
  PBKDF2_SHA256_ITERATIONS,
  type Argon2idParams,
  type PasswordAlgorithm,
  type PasswordHasher,
  type PasswordHasherOptions,
} from "./passwords-core.ts";
