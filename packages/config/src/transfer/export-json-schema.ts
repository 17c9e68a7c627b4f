import { z } from "zod";
import { ConfigExportSchema } from "./config-export.ts";

/**
 * JSON Schema (draft 2020-12) of an export document, whose `config` refers to the
 * configuration's own JSON Schema at `configSchemaUrl`. An export's `$schema` names this
 * schema (not the configuration's), so an editor checks the whole file, envelope included.
 *
 * @example
 * configExportJsonSchema("https://api.example/schemas/regency-config.json")
 */
export function configExportJsonSchema(configSchemaUrl: string): Record<string, unknown> {
  const schema = z.toJSONSchema(ConfigExportSchema, { io: "input", target: "draft-2020-12" }) as Record<string, unknown> & {
    properties: Record<string, Record<string, unknown>>;
  };
  const config = schema.properties.config ?? {};
  return {
    ...schema,
    properties: {
      ...schema.properties,
      // The configuration schema is strict and large: refer to it rather than inline a copy.
      config: { $ref: configSchemaUrl, ...(config.description === undefined ? {} : { description: config.description }) },
    },
  };
}
