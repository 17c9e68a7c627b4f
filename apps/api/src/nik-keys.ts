import { decodeNikKey, encodeNikKey, generateNikKeys, type NikKeys } from "@satu-atap/nik";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { NodeEnv } from "./env.ts";
import { defaultDataDir, fromUserCwd } from "./paths.ts";

type KeyEnv = Pick<NodeEnv, "NIK_HMAC_KEY" | "NIK_ENCRYPTION_KEY" | "DATABASE_URL" | "DATA_DIR" | "NODE_ENV">;

/** Where the NIK keys came from, for the start-up message. */
export type NikKeySource = { kind: "env" } | { kind: "dev-file"; path: string; created: boolean } | { kind: "none" };

/**
 * The NIK keys of the Node entry points (docs/operations.md):
 * - `NIK_HMAC_KEY` and `NIK_ENCRYPTION_KEY` (base64, 32 bytes each) when set; one without
 *   the other is an error;
 * - else, for the embedded development database only (no DATABASE_URL, NODE_ENV not
 *   production), a key file `nik-keys.json` in the data folder, generated on first start:
 *   the data and its keys live and die together;
 * - else none: the routes that handle NIKs answer 500 `NIK_KEYS_MISSING`.
 * Losing the keys makes the stored NIKs unreadable and unmatchable: back them up apart from the database.
 */
export async function loadNodeNikKeys(env: KeyEnv): Promise<{ keys: NikKeys | undefined; source: NikKeySource }> {
  if (env.NIK_HMAC_KEY !== undefined || env.NIK_ENCRYPTION_KEY !== undefined) {
    if (env.NIK_HMAC_KEY === undefined || env.NIK_ENCRYPTION_KEY === undefined) {
      throw new Error("Set both NIK_HMAC_KEY and NIK_ENCRYPTION_KEY, or neither.");
    }
    return {
      keys: { hmacKey: decodeNikKey("NIK_HMAC_KEY", env.NIK_HMAC_KEY), encryptionKey: decodeNikKey("NIK_ENCRYPTION_KEY", env.NIK_ENCRYPTION_KEY) },
      source: { kind: "env" },
    };
  }
  if (env.DATABASE_URL !== undefined || env.NODE_ENV === "production") return { keys: undefined, source: { kind: "none" } };
  const dir = env.DATA_DIR ? fromUserCwd(env.DATA_DIR) : defaultDataDir;
  const path = join(dir, "nik-keys.json");
  try {
    const stored = JSON.parse(await readFile(path, "utf8")) as { hmacKey?: string; encryptionKey?: string };
    return {
      keys: { hmacKey: decodeNikKey(`${path} hmacKey`, stored.hmacKey ?? ""), encryptionKey: decodeNikKey(`${path} encryptionKey`, stored.encryptionKey ?? "") },
      source: { kind: "dev-file", path, created: false },
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const keys = generateNikKeys();
  await mkdir(dir, { recursive: true });
  const content = { note: "Development NIK keys of this embedded database only. Never use in production.", hmacKey: encodeNikKey(keys.hmacKey), encryptionKey: encodeNikKey(keys.encryptionKey) };
  // `wx`: two processes starting at once must not each write their own keys.
  await writeFile(path, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600, flag: "wx" }).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error;
  });
  return loadNodeNikKeys(env).then((loaded) => ({ ...loaded, source: { kind: "dev-file", path, created: true } }));
}
