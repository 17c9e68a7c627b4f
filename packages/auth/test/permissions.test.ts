import { describe, expect, it } from "vitest";
import {
  PERMISSIONS,
  PERMISSION_NAMES,
  ROLES,
  ROLE_IDS,
  ROLE_PERMISSIONS,
  grantableRoles,
  hasPermission,
  isPermission,
  isRoleId,
  scopeCoversTenant,
  scopeFitsRole,
  type Permission,
  type RoleId,
} from "../src/permissions.ts";

describe("catalogue", () => {
  it("has the six roles of design.md with their scope kinds", () => {
    expect([...ROLE_IDS]).toEqual([
      "province-admin",
      "district-admin",
      "desk-officer",
      "subdistrict-officer",
      "field-verifier",
      "agency-officer",
    ]);
    expect(Object.fromEntries(ROLE_IDS.map((r) => [r, ROLES[r].scope]))).toEqual({
      "province-admin": "all-tenants",
      "district-admin": "tenant",
      "desk-officer": "tenant",
      "subdistrict-officer": "tenant-subdistrict",
      "field-verifier": "tenant-areas",
      "agency-officer": "tenant-agency",
    });
  });

  it("includes every permission the issue names, each with both languages", () => {
    const required: Permission[] = [
      "tenant:create", "tenant:read", "tenant:list", "config:read", "config:edit", "config:publish",
      "config:evaluate", "areas:edit", "user:manage", "audit:read", "case:register", "case:read",
      "case:decide", "survey:submit", "recommendation:deliver", "reference:import", "nik:reveal", "public",
    ];
    for (const p of required) expect(PERMISSION_NAMES).toContain(p);
    for (const p of PERMISSION_NAMES) {
      expect(p).toMatch(/^(public|[a-z]+:[a-z]+)$/);
      expect(PERMISSIONS[p].id).not.toBe("");
      expect(PERMISSIONS[p].en).not.toBe("");
    }
  });

  it("the matrix names only known permissions, never `public`, without duplicates", () => {
    for (const role of ROLE_IDS) {
      const list = ROLE_PERMISSIONS[role];
      expect(new Set(list).size).toBe(list.length);
      // Widened to string: the type already excludes `public`, and this checks the data.
      for (const p of list as readonly string[]) expect(isPermission(p) && p !== "public").toBe(true);
    }
    // Every permission except `public` is held by some role: nothing is unreachable.
    const held = new Set(ROLE_IDS.flatMap((r) => ROLE_PERMISSIONS[r]));
    expect(PERMISSION_NAMES.filter((p) => p !== "public" && !held.has(p))).toEqual([]);
  });
});

describe("matrix decisions", () => {
  const holders = (p: Permission): RoleId[] => ROLE_IDS.filter((r) => hasPermission(r, p));

  it("only the province admin creates and lists tenants", () => {
    expect(holders("tenant:create")).toEqual(["province-admin"]);
    expect(holders("tenant:list")).toEqual(["province-admin"]);
  });

  it("configuration is edited and published by admins only", () => {
    expect(holders("config:edit")).toEqual(["province-admin", "district-admin"]);
    expect(holders("config:publish")).toEqual(["province-admin", "district-admin"]);
    expect(holders("areas:edit")).toEqual(["province-admin", "district-admin"]);
    expect(holders("user:manage")).toEqual(["province-admin", "district-admin"]);
  });

  it("cases are decided by officers at the desk, not by those who write the rules", () => {
    expect(holders("case:decide")).toEqual(["desk-officer", "subdistrict-officer"]);
    expect(holders("case:register")).toEqual(["desk-officer", "subdistrict-officer"]);
  });

  it("surveys by field verifiers, deliveries by agencies", () => {
    expect(holders("survey:submit")).toEqual(["field-verifier"]);
    expect(holders("recommendation:deliver")).toEqual(["agency-officer"]);
  });

  it("NIK reveal is limited to roles that serve a person directly", () => {
    expect(holders("nik:reveal")).toEqual(["desk-officer", "subdistrict-officer", "agency-officer"]);
  });

  it("public needs no role at all", () => {
    expect(hasPermission([], "public")).toBe(true);
    expect(hasPermission([], "tenant:read")).toBe(false);
    expect(holders("tenant:read")).toEqual([...ROLE_IDS]);
  });

  it("any of several roles suffices", () => {
    expect(hasPermission(["field-verifier", "agency-officer"], "recommendation:deliver")).toBe(true);
    expect(hasPermission(["field-verifier"], "case:decide")).toBe(false);
  });
});

describe("granting roles inside a regency", () => {
  it("user managers grant every regency role, never the platform-wide one", () => {
    const regencyRoles = ROLE_IDS.filter((role) => role !== "province-admin");
    expect(grantableRoles(["district-admin"])).toEqual(regencyRoles);
    expect(grantableRoles(["province-admin"])).toEqual(regencyRoles);
    expect(grantableRoles(["desk-officer", "district-admin"])).toEqual(regencyRoles);
  });

  it("roles without user:manage grant nothing", () => {
    for (const role of ROLE_IDS.filter((r) => !hasPermission(r, "user:manage"))) expect(grantableRoles([role]), role).toEqual([]);
    expect(grantableRoles([])).toEqual([]);
  });
});

describe("guards and scopes", () => {
  it("recognise ids", () => {
    expect(isRoleId("desk-officer")).toBe(true);
    expect(isRoleId("admin")).toBe(false);
    expect(isRoleId(42)).toBe(false);
    expect(isPermission("nik:reveal")).toBe(true);
    expect(isPermission("nik:*")).toBe(false);
  });

  it("scopeCoversTenant: province everywhere, others only in their own tenant", () => {
    expect(scopeCoversTenant({ kind: "all-tenants" }, "t1")).toBe(true);
    expect(scopeCoversTenant({ kind: "tenant", tenantId: "t1" }, "t1")).toBe(true);
    expect(scopeCoversTenant({ kind: "tenant", tenantId: "t1" }, "t2")).toBe(false);
    expect(scopeCoversTenant({ kind: "tenant-agency", tenantId: "t1", agencyId: "dinsos" }, "t2")).toBe(false);
  });

  it("scopeFitsRole: each role only with its own scope kind", () => {
    expect(scopeFitsRole("province-admin", { kind: "all-tenants" })).toBe(true);
    expect(scopeFitsRole("desk-officer", { kind: "all-tenants" })).toBe(false);
    expect(scopeFitsRole("subdistrict-officer", { kind: "tenant-subdistrict", tenantId: "t1", subdistrictCode: "33.14.01" })).toBe(true);
    expect(scopeFitsRole("subdistrict-officer", { kind: "tenant", tenantId: "t1" })).toBe(false);
    expect(scopeFitsRole("field-verifier", { kind: "tenant-areas", tenantId: "t1", areaCodes: ["33.14.01.2001"] })).toBe(true);
    expect(scopeFitsRole("field-verifier", { kind: "tenant-areas", tenantId: "t1", areaCodes: [] })).toBe(false);
    expect(scopeFitsRole("agency-officer", { kind: "tenant-agency", tenantId: "t1", agencyId: "dinkes" })).toBe(true);
  });
});
