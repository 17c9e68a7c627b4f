import { formatDocumentSigningKey, generateDocumentSigningKey } from "@satu-atap/documents";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadNodeDocumentKeys } from "../src/document-keys.ts";

const dirs: string[] = [];
async function dataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "satu-atap-doc-keys-"));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe("document signing keys on Node", () => {
  it("takes the current and previous keys from the environment", async () => {
    const current = generateDocumentSigningKey("2027a");
    const previous = generateDocumentSigningKey("2026a");
    const { keys, source } = await loadNodeDocumentKeys({
      NODE_ENV: "production",
      DOCUMENT_SIGNING_KEY: formatDocumentSigningKey(current),
      DOCUMENT_SIGNING_KEYS_PREVIOUS: formatDocumentSigningKey(previous),
    });
    expect(source).toEqual({ kind: "env" });
    expect(keys?.signing).toEqual(current);
    expect(keys?.verifying.map((key) => key.id)).toEqual(["2027a", "2026a"]);
  });

  it("generates a development key once into the data folder of the embedded database, readable only by its owner", async () => {
    const dir = await dataDir();
    const first = await loadNodeDocumentKeys({ NODE_ENV: "development", DATA_DIR: dir });
    const second = await loadNodeDocumentKeys({ NODE_ENV: "development", DATA_DIR: dir });
    expect(first.source).toMatchObject({ kind: "dev-file", created: true });
    expect(second.source).toMatchObject({ kind: "dev-file", created: false });
    expect(second.keys?.signing).toEqual(first.keys?.signing);
    const path = join(dir, "document-signing-key.json");
    expect(JSON.parse(await readFile(path, "utf8")).note).toMatch(/Never use in production/);
    expect((await stat(path)).mode & 0o077).toBe(0);
  });

  it("never generates one for production or an external database", async () => {
    const dir = await dataDir();
    expect(await loadNodeDocumentKeys({ NODE_ENV: "production", DATA_DIR: dir })).toEqual({ keys: undefined, source: { kind: "none" } });
    expect(await loadNodeDocumentKeys({ NODE_ENV: "development", DATA_DIR: dir, DATABASE_URL: "postgres://x@localhost/db" })).toEqual({ keys: undefined, source: { kind: "none" } });
  });

  it("refuses retired keys without a current one, and a malformed key", async () => {
    await expect(loadNodeDocumentKeys({ NODE_ENV: "production", DOCUMENT_SIGNING_KEYS_PREVIOUS: "a:b" })).rejects.toThrow(/without DOCUMENT_SIGNING_KEY/);
    await expect(loadNodeDocumentKeys({ NODE_ENV: "production", DOCUMENT_SIGNING_KEY: "no-id" })).rejects.toThrow(/no key id/);
  });
});
