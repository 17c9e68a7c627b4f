import { encodeNikKey, generateNikKeys } from "@satu-atap/nik";

/** NIK keys for one test process, and the same as environment variables for subprocesses. */
export const TEST_NIK_KEYS = generateNikKeys();
export const TEST_NIK_ENV = { NIK_HMAC_KEY: encodeNikKey(TEST_NIK_KEYS.hmacKey), NIK_ENCRYPTION_KEY: encodeNikKey(TEST_NIK_KEYS.encryptionKey) };
