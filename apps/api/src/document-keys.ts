import { formatDocumentSigningKey, generateDocumentSigningKey, parseDocumentSigningKeys, type DocumentSigningKey } from "@satu-atap/documents";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { NodeEnv } from "./env.ts";
import { defaultDataDir, fromUserCwd } from "./paths.ts";

type KeyEnv = Pick<NodeEnv, "DOCUMENT_SIGNING_KEY" | "DOCUMENT_SIGNING_KEYS_PREVIOUS" | "DATABASE_URL" | "DATA_DIR" | "NODE_ENV">;

/** The keys that sign printed documents' QR tokens: `signing` signs, `verifying` (signing first) are trusted. */
export interface DocumentKeys {
  signing: DocumentSigningKey;
  verifying: DocumentSigningKey[];
}

/** Where the document keys came from, for the start-up message. */
export type DocumentKeySource = { kind: "env" } | { kind: "dev-file"; path: string; created: boolean } | { kind: "none" };

/**
 * The document signing keys of the Node entry points, as the NIK keys (nik-keys.ts):
 * - `DOCUMENT_SIGNING_KEY` (`<key id>:<base64 of 32 bytes>`) when set, plus the retired
 *   keys still trusted in `DOCUMENT_SIGNING_KEYS_PREVIOUS` (comma-separated, same form);
 * - else, for the embedded development database only (no DATABASE_URL, NODE_ENV not
 *   production), `document-signing-key.json` in the data folder, generated on first start;
 * - else none: the routes that print or verify documents must refuse to work.
 * Losing the key only makes printed QR codes unverifiable (reprint them); leaking it lets
 * anyone forge a genuine-looking QR: rotate it (docs/security.md).
 */
export async function loadNodeDocumentKeys(env: KeyEnv): Promise<{ keys: DocumentKeys | undefined; source: DocumentKeySource }> {
  if (env.DOCUMENT_SIGNING_KEY !== undefined) {
    return { keys: parseDocumentSigningKeys(env.DOCUMENT_SIGNING_KEY, env.DOCUMENT_SIGNING_KEYS_PREVIOUS ?? ""), source: { kind: "env" } };
  }
  if (env.DOCUMENT_SIGNING_KEYS_PREVIOUS !== undefined) throw new Error("DOCUMENT_SIGNING_KEYS_PREVIOUS is set without DOCUMENT_SIGNING_KEY.");
  if (env.DATABASE_URL !== undefined || env.NODE_ENV === "production") return { keys: undefined, source: { kind: "none" } };
  const dir = env.DATA_DIR ? fromUserCwd(env.DATA_DIR) : defaultDataDir;
  const path = join(dir, "document-signing-key.json");
  try {
    const stored = JSON.parse(await readFile(path, "utf8")) as { key?: string };
    return { keys: parseDocumentSigningKeys(stored.key ?? ""), source: { kind: "dev-file", path, created: false } };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  await mkdir(dir, { recursive: true });
  const content = { note: "Development document signing key of this embedded database only. Never use in production.", key: formatDocumentSigningKey(generateDocumentSigningKey("dev")) };
  // `wx`: two processes starting at once must not each write their own key.
  await writeFile(path, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600, flag: "wx" }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error;
  });
  return loadNodeDocumentKeys(env).then((loaded) => ({ ...loaded, source: { kind: "dev-file", path, created: true } }));
}
