import { describe, expect, it } from "vitest";
import type { Identity } from "$lib/api/types.ts";
import { can, homePath, isPlatformWide, memberRegencies, permissionsIn, rolesIn, safeReturnPath } from "./access.ts";

const user = { id: "u1", email: "ana@example.go.id", name: "Ana" };
const membership = { subdistrictCode: null, areaCodes: null, agencyId: null };

const provinceAdmin: Identity = {
  user,
  memberships: [{ tenant: null, tenantName: null, role: "province-admin", ...membership }],
  permissions: [{ tenant: null, permissions: ["tenant:list", "tenant:create", "config:read", "config:edit"] }],
};

const deskOfficerInTwo: Identity = {
  user,
  memberships: [
    { tenant: "wonogiri", tenantName: "Kabupaten Wonogiri", role: "desk-officer", ...membership },
    { tenant: "boyolali", tenantName: "Kabupaten Boyolali", role: "district-admin", ...membership },
  ],
  permissions: [
    { tenant: "wonogiri", permissions: ["config:read", "case:decide"] },
    { tenant: "boyolali", permissions: ["config:read", "config:edit", "config:publish"] },
  ],
};

describe("what the signed-in user may see", () => {
  it("gives a province admin the province console and platform permissions in every regency", () => {
    expect(isPlatformWide(provinceAdmin)).toBe(true);
    expect(homePath(provinceAdmin)).toBe("/province");
    expect(can(provinceAdmin, null, "tenant:list")).toBe(true);
    expect(can(provinceAdmin, "any-regency", "config:edit")).toBe(true);
    expect(rolesIn(provinceAdmin, "any-regency")).toEqual(["province-admin"]);
  });

  it("keeps a regency member's permissions to the regency that granted them", () => {
    expect(isPlatformWide(deskOfficerInTwo)).toBe(false);
    expect([...permissionsIn(deskOfficerInTwo, "wonogiri")].sort()).toEqual(["case:decide", "config:read"]);
    expect(can(deskOfficerInTwo, "wonogiri", "config:edit")).toBe(false);
    expect(can(deskOfficerInTwo, "boyolali", "config:edit")).toBe(true);
    expect(can(deskOfficerInTwo, null, "tenant:list")).toBe(false);
    expect(rolesIn(deskOfficerInTwo, "boyolali")).toEqual(["district-admin"]);
  });

  it("lists a member's regencies by name and sends them home to the first", () => {
    expect(memberRegencies(deskOfficerInTwo)).toEqual([
      { slug: "boyolali", name: "Kabupaten Boyolali" },
      { slug: "wonogiri", name: "Kabupaten Wonogiri" },
    ]);
    expect(homePath(deskOfficerInTwo)).toBe("/t/boyolali");
    expect(homePath({ user, memberships: [], permissions: [] })).toBeNull();
  });

  it("returns only to paths on this site", () => {
    expect(safeReturnPath("/t/boyolali/config/desks?x=1")).toBe("/t/boyolali/config/desks?x=1");
    expect(safeReturnPath("//evil.example/")).toBe("/");
    expect(safeReturnPath("https://evil.example/")).toBe("/");
    expect(safeReturnPath("/\\evil.example")).toBe("/");
    expect(safeReturnPath(null, "/login")).toBe("/login");
  });
});
