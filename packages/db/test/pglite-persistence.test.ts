import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDb, createTenant, findTenantBySlug } from "../src/index.ts";
import { migrate } from "../src/migrate.ts";
import { tenantInput } from "../src/testing/index.ts";

describe("pglite with a data directory", () => {
  let root: string | undefined;
  afterAll(async () => {
    if (root !== undefined) await rm(root, { recursive: true, force: true });
  });

  it("creates the directory on first run and keeps data across close/reopen", async () => {
    root = await mkdtemp(join(tmpdir(), "satu-atap-pglite-"));
    const dataDir = join(root, "nested", "pgdata"); // parents do not exist yet

    const first = await createDb({ driver: "pglite", dataDir });
    await migrate(first);
    const tenant = await createTenant(first.db, tenantInput());
    await first.close();

    const second = await createDb({ driver: "pglite", dataDir });
    try {
      await migrate(second); // already applied: a no-op
      expect(await findTenantBySlug(second.db, tenant.slug)).toEqual(tenant);
    } finally {
      await second.close();
    }
  });
});
