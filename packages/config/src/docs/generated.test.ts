import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { DOC_FILE, SCHEMA_FILE, configurationDocText } from "../generate-json-schema.ts";
import { readConfigSource } from "../node.ts";
import { SRAGEN_DIR } from "../test/sragen.ts";
import { collectFields, fieldsWithoutExample } from "./configuration-doc.ts";
import { regencyConfigJsonSchema, regencyConfigJsonSchemaText } from "./json-schema.ts";

const REGENERATE = "run `npm run generate:schema -w @satu-atap/config` and commit the result";

describe("generated artefacts", () => {
  it(`schema/regency-config.schema.json is current (else ${REGENERATE})`, async () => {
    expect(await readFile(SCHEMA_FILE, "utf8")).toBe(regencyConfigJsonSchemaText());
  });

  it(`docs/configuration.md is current (else ${REGENERATE})`, async () => {
    expect(await readFile(DOC_FILE, "utf8")).toBe(await configurationDocText());
  });

  it("documents every field with a description and an example", async () => {
    const read = await readConfigSource(SRAGEN_DIR);
    if (!read.ok) throw new Error("Sragen must read");
    const schema = regencyConfigJsonSchema();
    expect(fieldsWithoutExample(schema, read.value)).toEqual([]);
    expect(collectFields(schema, read.value).filter((f) => f.description === "").map((f) => f.path)).toEqual([]);
    const doc = await readFile(DOC_FILE, "utf8");
    for (const field of collectFields(schema, read.value)) expect(doc).toContain(`\`${field.path}\``);
  });
});
