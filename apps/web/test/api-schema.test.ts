import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { API_SCHEMA_FILE, generateApiSchema } from "../scripts/api-schema.ts";

describe("the typed API client", () => {
  it("is generated from the API as it is now (after changing routes: npm run generate:api --workspace @satu-atap/web)", async () => {
    const checkedIn = await readFile(API_SCHEMA_FILE, "utf8");
    // toBe on long strings prints a useless diff; say what to do instead.
    expect(checkedIn === (await generateApiSchema()), "src/lib/api/schema.d.ts is stale: run `npm run generate:api --workspace @satu-atap/web`").toBe(true);
  });
});
