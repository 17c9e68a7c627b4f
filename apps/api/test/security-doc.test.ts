import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../src/paths.ts";
import { renderPermissionsTable } from "./support/permissions-table.ts";

const START = "<!-- permissions-table:start (generated from ROLE_PERMISSIONS; apps/api/test/security-doc.test.ts) -->";
const END = "<!-- permissions-table:end -->";

describe("docs/security.md", () => {
  it("shows the permissions table the code enforces", async () => {
    const doc = await readFile(join(repoRoot, "docs", "security.md"), "utf8");
    const start = doc.indexOf(START);
    const end = doc.indexOf(END);
    expect(start, "table markers missing").toBeGreaterThanOrEqual(0);
    const table = doc.slice(start + START.length, end).trim();
    expect(table, "regenerate the table: ROLE_PERMISSIONS changed").toBe(renderPermissionsTable());
  });
});
