import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fileForPointer, readConfigSource } from "./node.ts";
import { SRAGEN_DIR } from "./test/sragen.ts";
import { validateConfig } from "./index.ts";

let dir = "";
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "config-source-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readConfigSource", () => {
  it("reads a folder: one top-level key per *.json file, other files ignored", async () => {
    await writeFile(join(dir, "desks.json"), '[{"id": "a"}]');
    await writeFile(join(dir, "locales.json"), '["id", "en"]');
    await writeFile(join(dir, "README.md"), "# not config");
    expect(await readConfigSource(dir)).toEqual({ ok: true, value: { desks: [{ id: "a" }], locales: ["id", "en"] } });
  });

  it("reads a single file holding the whole configuration", async () => {
    const file = join(dir, "config.json");
    await writeFile(file, '{"locales": ["id", "en"]}');
    expect(await readConfigSource(file)).toEqual({ ok: true, value: { locales: ["id", "en"] } });
  });

  it("reports every malformed file in a folder with file name, line and column", async () => {
    await writeFile(join(dir, "desks.json"), '[\n  {"id": "a",}\n]');
    await writeFile(join(dir, "agencies.json"), "[\n");
    await writeFile(join(dir, "locales.json"), '["id", "en"]');
    const result = await readConfigSource(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.path, i.code, i.source?.file])).toEqual([
      ["/agencies", "malformed_json", "agencies.json"],
      ["/desks", "malformed_json", "desks.json"],
    ]);
    const desks = result.issues[1];
    expect(desks?.source).toMatchObject({ file: "desks.json", line: 2 });
    expect(desks?.message).toMatch(/^desks\.json:2:\d+: malformed JSON/);
    expect(desks?.messages.id).toContain("JSON tidak sah");
  });

  it("reports a missing path", async () => {
    const result = await readConfigSource(join(dir, "nope"));
    expect(result).toMatchObject({ ok: false, issues: [{ path: "", code: "unreadable_source" }] });
  });

  it("reads tenants/sragen, which validates", async () => {
    const read = await readConfigSource(SRAGEN_DIR);
    expect(read.ok && validateConfig(read.value).ok).toBe(true);
  });
});

describe("fileForPointer", () => {
  it("names the folder file holding a pointer", () => {
    expect(fileForPointer("/services/3/desk")).toBe("services.json");
    expect(fileForPointer("")).toBeUndefined();
  });
});
