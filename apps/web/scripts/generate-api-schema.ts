import { writeFile } from "node:fs/promises";
import { API_SCHEMA_FILE, generateApiSchema } from "./api-schema.ts";

// `npm run generate:api --workspace @satu-atap/web`: rewrite src/lib/api/schema.d.ts.
await writeFile(API_SCHEMA_FILE, await generateApiSchema());
console.log(`Wrote ${API_SCHEMA_FILE}`);
