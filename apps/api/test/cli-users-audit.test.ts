import { findTenantBySlug } from "@satu-atap/db";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantsDir } from "../src/paths.ts";
import { seedMissingTemplates } from "../src/services/seed.ts";
import { cliDatabase, type CliDatabase } from "./support/cli-database.ts";
import { testDrivers } from "./support/databases.ts";
import { runScript } from "./support/processes.ts";
import { startTestServer } from "./support/test-server.ts";

describe.each(testDrivers)("satu-atap CLI: users and the audit chain on %s", (driver) => {
  let database: CliDatabase;
  const cli = (args: string[], input?: string) => runScript("src/cli/main.ts", args, database.env, input);

  beforeAll(async () => {
    database = await cliDatabase(driver);
    await database.withApp((db) => seedMissingTemplates({ ctx: { db }, input: { tenantsDir } }));
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("creates users with a piped or generated password, refuses weak ones, disables and re-roles them", async () => {
    const piped = await cli(["user", "create", "--email", "Ana@Sragen.go.id", "--name", "Ana", "--role", "district-admin", "--tenant", "sragen"], "tiwul-gatot-2026-sragen\n");
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout).toContain("ana@sragen.go.id as district-admin in sragen");
    expect(piped.stdout).not.toContain("Password");

    const generated = await cli(["user", "create", "--email", "budi@sragen.go.id", "--name", "Budi", "--role", "subdistrict-officer", "--tenant", "sragen", "--area", "33.14.01"]);
    expect(generated.code, generated.stderr).toBe(0);
    const password = /Password \(shown once\): (\S+)/.exec(generated.stdout)?.[1] ?? "";
    expect(password.length).toBeGreaterThanOrEqual(20);

    const weak = await cli(["user", "create", "--email", "cici@sragen.go.id", "--name", "Cici", "--role", "desk-officer", "--tenant", "sragen"], "password123\n");
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/at least 12|most commonly used/);
    const noArea = await cli(["user", "create", "--email", "dedi@sragen.go.id", "--name", "Dedi", "--role", "field-verifier", "--tenant", "sragen"]);
    expect(noArea.code).toBe(1);
    expect(noArea.stderr).toContain("--area");

    // Both can sign in over HTTP with what the CLI was given or printed.
    const tokens = await database.withApp(async (db) => {
      const server = await startTestServer(db);
      try {
        const login = (email: string, pw: string) =>
          fetch(`${server.baseUrl}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password: pw }) });
        const ana = await login("ana@sragen.go.id", "tiwul-gatot-2026-sragen");
        const budi = await login("budi@sragen.go.id", password);
        return [ana.status, budi.status];
      } finally {
        await server.close();
      }
    });
    expect(tokens).toEqual([200, 200]);

    const setRole = await cli(["user", "set-role", "--email", "budi@sragen.go.id", "--tenant", "sragen", "--role", "desk-officer"]);
    expect(setRole.code, setRole.stderr).toBe(0);
    const disable = await cli(["user", "disable", "--email", "ana@sragen.go.id"]);
    expect(disable.code, disable.stderr).toBe(0);
    expect(disable.stdout).toContain("1 session(s) ended");
    const roles = await database.withApp(async (db) => {
      const rows = await db.execute(sql`select u.email, u.status, m.role from users u join memberships m on m.user_id = u.id order by u.email`);
      return (rows as unknown as { rows: unknown[] }).rows;
    });
    expect(roles).toEqual([
      { email: "ana@sragen.go.id", status: "disabled", role: "district-admin" },
      { email: "budi@sragen.go.id", status: "active", role: "desk-officer" },
    ]);
  });

  it("verifies the audit chains, and names the first broken link after tampering by the owner", async () => {
    const ok = await cli(["audit", "verify", "sragen"]);
    expect(ok.code, ok.stderr).toBe(0);
    // user.create ×2 and membership.set_role were recorded in Sragen's chain.
    expect(ok.stdout).toMatch(/ok \(3 events\)/);
    const platform = await cli(["audit", "verify", "--platform"]);
    expect(platform.code, platform.stderr).toBe(0);
    expect(platform.stdout).toMatch(/platform audit chain: ok \(\d+ events\)/);

    // Someone with the owner's rights edits a row behind the triggers' back.
    await database.withOwner(async (db) => {
      const sragen = await findTenantBySlug(db, "sragen");
      await db.transaction(async (tx) => {
        await tx.execute(sql`set local session_replication_role = replica`);
        await tx.execute(sql`update audit_events set action = 'user.tampered' where tenant_id = ${sragen?.id ?? ""} and seq = 2`);
      });
    });
    const broken = await cli(["audit", "verify", "sragen"]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/BROKEN at seq 2 .*row changed/);

    const missing = await cli(["audit", "verify", "atlantis"]);
    expect(missing.code).toBe(1);
  });
});
