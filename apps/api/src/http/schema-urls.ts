/** Where the API serves the configuration's JSON Schema. */
export const CONFIG_SCHEMA_PATH = "/schemas/regency-config.json";

/** Where the API serves the JSON Schema of a configuration export (which refers to the one above). */
export const CONFIG_EXPORT_SCHEMA_PATH = "/schemas/regency-config-export.json";

/**
 * The absolute URL of a served schema, from the API's origin as the caller reached it
 * (the request URL's origin, as the Origin check also takes it).
 *
 * @example
 * schemaUrl("http://localhost:8787/api/t/sragen/config/export", CONFIG_EXPORT_SCHEMA_PATH)
 * // "http://localhost:8787/schemas/regency-config-export.json"
 */
export function schemaUrl(base: string, path: string): string {
  return new URL(path, base).href;
}
