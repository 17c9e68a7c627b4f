import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  APP_ROLE,
  appendAuditEvent,
  assertSafeAppRole,
  createDb,
  createTenant,
  findTenantBySlug,
  verifyAuditChain,
} from "../src/index.ts";
import { createMigratedDb, migrate } from "../src/migrate.ts";
import { tenantInput } from "../src/testing/index.ts";

describe("pglite with a data directory", () => {
  let root: string | undefined;
  afterAll(async () => {
    if (root !== undefined) await rm(root, { recursive: true, force: true });
  });

  it("creates the directory on first run and keeps data across close/reopen", async () => {
    root = await mkdtemp(join(tmpdir(), "satu-atap-pglite-"));
    const dataDir = join(root, "nested", "pgdata"); // parents do not exist yet

    // The role does not exist before the first migration: taking it up front fails clearly.
    await expect(createDb({ driver: "pglite", dataDir, role: APP_ROLE })).rejects.toThrow(/migrate first/);

    const first = await createMigratedDb({ driver: "pglite", dataDir, role: APP_ROLE });
    await assertSafeAppRole(first.db);
    const tenant = await createTenant(first.db, tenantInput());
    await appendAuditEvent(first.db, { tenantId: tenant.id, action: "tenant.create" });
    await first.close();

    // Reopened: the role exists now, so createDb can take it directly; migrate still runs as the owner.
    const second = await createDb({ driver: "pglite", dataDir, role: APP_ROLE });
    try {
      await migrate(second); // already applied: a no-op
      await assertSafeAppRole(second.db); // and back to the application role afterwards
      expect(await findTenantBySlug(second.db, tenant.slug)).toEqual(tenant);
      expect(await verifyAuditChain(second.db, tenant.id)).toEqual({ ok: true, count: 1 });
    } finally {
      await second.close();
    }
  });
});
