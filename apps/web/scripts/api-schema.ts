import { openApiDocument } from "@satu-atap/api/openapi-document";
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import { fileURLToPath } from "node:url";

/** Where the generated types live (checked in: the web app typechecks without the API running). */
export const API_SCHEMA_FILE = fileURLToPath(new URL("../src/lib/api/schema.d.ts", import.meta.url));

const HEADER = `// Generated from the API's OpenAPI document by \`npm run generate:api --workspace @satu-atap/web\`.
// Do not edit: change the API's routes and regenerate. test/api-schema.test.ts fails when this is stale.

`;

/**
 * TypeScript types of every API route, made from the OpenAPI document the API builds
 * in-process (no server, no database), so the result depends only on the API's source.
 */
export async function generateApiSchema(): Promise<string> {
  const document = await openApiDocument();
  // The API serves OpenAPI 3.1 (a superset openapi-typescript reads); it is JSON from the app, typed loosely.
  const ast = await openapiTS(document as unknown as OpenAPI3);
  return HEADER + astToString(ast);
}
