import { describe, expect, it } from "vitest";
import { contentHash } from "../canonical/content-hash.ts";
import { loadSragen } from "../test/sragen.ts";
import { CONFIG_EXPORT_FORMAT, exportFileName, readExport, wrapExport } from "./config-export.ts";
import { configExportJsonSchema } from "./export-json-schema.ts";

const SCHEMA_URL = "https://api.example/schemas/regency-config-export.json";

async function sragenExport() {
  return wrapExport({ config: await loadSragen(), tenant: "sragen", version: 3, schemaUrl: SCHEMA_URL, exportedAt: new Date("2026-05-01T02:03:04Z") });
}

describe("configuration export documents", () => {
  it("wraps a configuration with its format, origin and content hash, and reads it back unchanged", async () => {
    const config = await loadSragen();
    const document = await sragenExport();
    expect(document).toMatchObject({
      $schema: SCHEMA_URL,
      format: "satu-atap.regency-config",
      formatVersion: 1,
      exportedAt: "2026-05-01T02:03:04.000Z",
      source: { tenant: "sragen", version: 3, contentHash: await contentHash(config) },
    });
    expect(document.config).toEqual(config);
    // Through a file and back: the same document.
    const read = readExport(JSON.parse(JSON.stringify(document)));
    expect(read).toEqual({ ok: true, document });
  });

  it("writes the configuration's keys in canonical order, so two exports of the same content are the same text", async () => {
    const one = await wrapExport({ config: { b: 1, a: { d: 1, c: 2 } }, tenant: "sragen", version: "draft", schemaUrl: SCHEMA_URL, exportedAt: new Date(0) });
    const two = await wrapExport({ config: { a: { c: 2, d: 1 }, b: 1 }, tenant: "sragen", version: "draft", schemaUrl: SCHEMA_URL, exportedAt: new Date(0) });
    expect(JSON.stringify(one)).toBe(JSON.stringify(two));
    expect(JSON.stringify(one.config)).toBe('{"a":{"c":2,"d":1},"b":1}');
  });

  it("names the file after the regency and the version", () => {
    expect(exportFileName({ tenant: "sragen", version: 3 })).toBe("sragen-v3.json");
    expect(exportFileName({ tenant: "wonogiri", version: "draft" })).toBe("wonogiri-draft.json");
  });

  it("answers a bare configuration with one problem at /format that says what it is", async () => {
    const read = readExport(await loadSragen());
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues).toHaveLength(1);
    expect(read.issues[0]?.path).toBe("/format");
    expect(read.issues[0]?.messages.en).toContain("bare configuration");
    expect(read.issues[0]?.messages.id).toContain("konfigurasi");
  });

  it("refuses another format, and anything that is not an object", () => {
    expect(readExport({ format: "something-else", formatVersion: 1 })).toMatchObject({ ok: false, issues: [{ path: "/format" }] });
    expect(readExport([1, 2])).toMatchObject({ ok: false, issues: [{ path: "" }] });
    expect(readExport(null)).toMatchObject({ ok: false, issues: [{ path: "" }] });
  });

  it("refuses a newer or an unknown format version with a message naming the versions it reads", async () => {
    const document = await sragenExport();
    const newer = readExport({ ...document, formatVersion: 2 });
    expect(newer).toMatchObject({ ok: false, issues: [{ path: "/formatVersion" }] });
    if (!newer.ok) expect(newer.issues[0]?.message).toMatch(/newer Satu Atap; this one reads 1/);
    const older = readExport({ ...document, formatVersion: 0 });
    if (!older.ok) expect(older.issues[0]?.message).toMatch(/Format version 0 is not one .* reads \(1\)/);
    expect(older.ok).toBe(false);
    const text = readExport({ ...document, formatVersion: "1" });
    expect(text).toMatchObject({ ok: false, issues: [{ path: "/formatVersion" }] });
    const missing = readExport({ format: CONFIG_EXPORT_FORMAT, config: {} });
    expect(missing).toMatchObject({ ok: false, issues: [{ path: "/formatVersion" }] });
  });

  it("lists every problem of a well-labelled but broken document by path", async () => {
    const { source: _source, ...document } = await sragenExport();
    const read = readExport({ ...document, exportedAt: "yesterday", config: [], colour: "blue" });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues.map((problem) => problem.path).sort()).toEqual(["/colour", "/config", "/exportedAt", "/source"]);
    expect(read.issues.every((problem) => problem.messages.id !== "" && problem.messages.en !== "")).toBe(true);
  });

  it("refuses a source that is not a slug, a version or a content hash", async () => {
    const document = await sragenExport();
    const read = readExport({ ...document, source: { tenant: "Not A Slug", version: 0, contentHash: "md5:abc" } });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issues.map((problem) => problem.path).sort()).toEqual(["/source/contentHash", "/source/tenant", "/source/version"]);
  });
});

describe("the export document's JSON Schema", () => {
  it("describes the envelope and refers to the configuration schema for `config`", () => {
    const schema = configExportJsonSchema("https://api.example/schemas/regency-config.json") as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, Record<string, unknown>>;
    };
    expect(schema.required).toEqual(["format", "formatVersion", "exportedAt", "source", "config"]);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.format?.const).toBe("satu-atap.regency-config");
    expect(schema.properties.formatVersion?.const).toBe(1);
    expect(schema.properties.config?.$ref).toBe("https://api.example/schemas/regency-config.json");
  });
});
