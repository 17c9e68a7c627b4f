import { z } from "zod";
import { RegencyConfigSchema } from "../schema/regency-config.ts";

/** Public address of the schema, for editors (`$id`). */
export const SCHEMA_ID = "https://satu-atap.example/schema/regency-config.schema.json";

/**
 * JSON Schema (draft 2020-12) of the configuration as accepted on input.
 * Rules are typed as any JSON value (annotated `x-json-logic`): their
 * operators and variables are checked by `validateConfig`, not by the schema.
 */
export function regencyConfigJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(RegencyConfigSchema, { io: "input", unrepresentable: "any", target: "draft-2020-12" });
  return { $id: SCHEMA_ID, ...schema };
}

/** The JSON Schema file text as committed: 2-space indent, trailing newline. */
export function regencyConfigJsonSchemaText(): string {
  return `${JSON.stringify(regencyConfigJsonSchema(), null, 2)}\n`;
}
