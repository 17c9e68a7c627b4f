/**
 * Writes the committed artefacts generated from the schema:
 * `packages/config/schema/regency-config.schema.json` and `docs/configuration.md`.
 * Run: `npm run generate:schema -w @satu-atap/config` (both files).
 * Tests fail when either is stale.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { dirname } from "node:path";
import { renderConfigurationDoc } from "./docs/configuration-doc.ts";
import { regencyConfigJsonSchema, regencyConfigJsonSchemaText } from "./docs/json-schema.ts";
import { readConfigSource } from "./node.ts";

/** Where the generated files live, relative to this file. */
export const SCHEMA_FILE = fileURLToPath(new URL("../schema/regency-config.schema.json", import.meta.url));
export const DOC_FILE = fileURLToPath(new URL("../../../docs/configuration.md", import.meta.url));
export const EXAMPLE_CONFIG_DIR = fileURLToPath(new URL("../../../tenants/sragen", import.meta.url));

/** The documentation text, with examples from the reference configuration. */
export async function configurationDocText(): Promise<string> {
  const example = await readConfigSource(EXAMPLE_CONFIG_DIR);
  if (!example.ok) throw new Error(`Cannot read ${EXAMPLE_CONFIG_DIR}: ${example.issues.map((i) => i.message).join("; ")}`);
  return renderConfigurationDoc(regencyConfigJsonSchema(), example.value);
}

async function main(): Promise<void> {
  await mkdir(dirname(SCHEMA_FILE), { recursive: true });
  await writeFile(SCHEMA_FILE, regencyConfigJsonSchemaText());
  await writeFile(DOC_FILE, await configurationDocText());
  console.log(`wrote ${SCHEMA_FILE}\nwrote ${DOC_FILE}`);
}

// Only write when run as a script, not when a test imports the helpers.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
