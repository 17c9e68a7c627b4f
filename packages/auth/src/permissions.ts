// Roles, named permissions and who holds which, kept as data. Each API route declares the one
// permission it needs. A request passes when one of the user's memberships has a role that
// holds the permission and a scope that covers the record. A record outside the scope answers
// 404, never 403 (ADR 0003 / design.md). Roles follow the roles table in design.md.
import type { BilingualText } from "./password-policy.ts";

/** Role ids, as stored in memberships. */
export const ROLE_IDS = [
  "province-admin",
  "district-admin",
  "desk-officer",
  "subdistrict-officer",
  "field-verifier",
  "agency-officer",
] as const;

/** One of {@link ROLE_IDS}. */
export type RoleId = (typeof ROLE_IDS)[number];

/**
 * What part of the data a role's membership reaches:
 * - `all-tenants`: every regency (province level).
 * - `tenant`: one regency.
 * - `tenant-subdistrict`: one regency, one kecamatan (sub-district) within it.
 * - `tenant-areas`: one regency, the villages or sub-districts the verifier is assigned to.
 * - `tenant-agency`: one regency, one agency (SKPD) within it.
 */
export type ScopeKind = "all-tenants" | "tenant" | "tenant-subdistrict" | "tenant-areas" | "tenant-agency";

/**
 * A membership's concrete scope. Area codes are the official codes in the `areas` table.
 *
 * @example
 * ```ts
 * const scope: RoleScope = { kind: "tenant-subdistrict", tenantId, subdistrictCode: "33.14.01" };
 * ```
 */
export type RoleScope =
  | { kind: "all-tenants" }
  | { kind: "tenant"; tenantId: string }
  | { kind: "tenant-subdistrict"; tenantId: string; subdistrictCode: string }
  | { kind: "tenant-areas"; tenantId: string; areaCodes: readonly string[] }
  | { kind: "tenant-agency"; tenantId: string; agencyId: string };

/** A role's scope kind and bilingual label. */
export interface RoleDefinition {
  scope: ScopeKind;
  label: BilingualText;
}

/**
 * The six roles and the scope each membership carries.
 *
 * @example
 * ```ts
 * ROLES["subdistrict-officer"].scope; // "tenant-subdistrict"
 * ```
 */
export const ROLES: Readonly<Record<RoleId, RoleDefinition>> = Object.freeze({
  "province-admin": { scope: "all-tenants", label: { id: "Admin provinsi", en: "Province admin" } },
  "district-admin": { scope: "tenant", label: { id: "Admin kabupaten/kota", en: "District admin" } },
  "desk-officer": { scope: "tenant", label: { id: "Petugas meja layanan", en: "Desk officer" } },
  "subdistrict-officer": {
    scope: "tenant-subdistrict",
    label: { id: "Petugas kecamatan", en: "Sub-district officer" },
  },
  "field-verifier": { scope: "tenant-areas", label: { id: "Verifikator lapangan (TKSK)", en: "Field verifier (TKSK)" } },
  "agency-officer": { scope: "tenant-agency", label: { id: "Petugas perangkat daerah (SKPD)", en: "Agency (SKPD) officer" } },
});

/** Permission names, `resource:action`. `public` marks a route that needs no session at all. */
export const PERMISSION_NAMES = [
  "public",
  "tenant:create",
  "tenant:read",
  "tenant:list",
  "config:read",
  "config:edit",
  "config:publish",
  "config:evaluate",
  "areas:edit",
  "user:manage",
  "audit:read",
  "report:read",
  "reference:import",
  "reference:read",
  "case:register",
  "case:read",
  "case:decide",
  "complaint:handle",
  "survey:submit",
  "recommendation:read",
  "recommendation:deliver",
  "nik:reveal",
] as const;

/** One of {@link PERMISSION_NAMES}. */
export type Permission = (typeof PERMISSION_NAMES)[number];

/**
 * What each permission allows, for admin screens and the API docs.
 *
 * @example
 * ```ts
 * PERMISSIONS["nik:reveal"].en; // "See a person's full NIK …"
 * ```
 */
export const PERMISSIONS: Readonly<Record<Permission, BilingualText>> = Object.freeze({
  public: { id: "Terbuka untuk umum, tanpa masuk.", en: "Open to everyone, no sign-in needed." },
  "tenant:create": {
    id: "Membuat kabupaten/kota baru dengan mengkloning templat.",
    en: "Create a new regency by cloning a template.",
  },
  "tenant:read": { id: "Melihat profil kabupaten/kota.", en: "See a regency's profile." },
  "tenant:list": { id: "Melihat daftar semua kabupaten/kota.", en: "List all regencies." },
  "config:read": {
    id: "Melihat konfigurasi (meja, layanan, kartu, kriteria, kuota).",
    en: "See the configuration (desks, services, cards, criteria, quotas).",
  },
  "config:edit": { id: "Mengubah draf konfigurasi.", en: "Edit the configuration draft." },
  "config:publish": {
    id: "Menerbitkan versi konfigurasi yang berlaku.",
    en: "Publish a configuration version that takes effect.",
  },
  "config:evaluate": {
    id: "Menguji aturan kelayakan pada data contoh atau pemohon.",
    en: "Evaluate eligibility rules against sample or applicant data.",
  },
  "areas:edit": { id: "Mengubah wilayah (kecamatan, desa).", en: "Edit administrative areas (sub-districts, villages)." },
  "user:manage": {
    id: "Mengelola pengguna dan perannya.",
    en: "Manage users and their roles.",
  },
  "audit:read": { id: "Melihat log audit.", en: "Read the audit log." },
  "report:read": {
    id: "Melihat laporan dan dasbor agregat (jumlah, kuota, keputusan) tanpa data perorangan.",
    en: "See aggregate reports and dashboards (counts, quotas, decisions) without individual records.",
  },
  "reference:import": {
    id: "Mengimpor data rujukan (mis. basis data kesejahteraan sosial).",
    en: "Import reference data (e.g. the social welfare database).",
  },
  "reference:read": {
    id: "Mencari orang dalam daftar rujukan kemiskinan (NIK tersamar, riwayat kecocokan).",
    en: "Look people up in the reference poverty lists (masked NIK, match history).",
  },
  "case:register": { id: "Mendaftarkan pemohon dan membuka kasus.", en: "Register applicants and open cases." },
  "case:read": { id: "Melihat kasus.", en: "See cases." },
  "case:decide": {
    id: "Memutuskan kasus: kelayakan, tingkat kartu, surat, rekomendasi.",
    en: "Decide cases: eligibility, card tier, letters, recommendations.",
  },
  "complaint:handle": { id: "Menerima dan menangani pengaduan.", en: "Receive and handle complaints." },
  "survey:submit": { id: "Mengisi dan mengirim survei rumah tangga.", en: "Fill in and submit household surveys." },
  "recommendation:read": { id: "Melihat rekomendasi.", en: "See recommendations." },
  "recommendation:deliver": {
    id: "Menandai rekomendasi sebagai sudah dilayani.",
    en: "Mark recommendations as delivered.",
  },
  "nik:reveal": {
    id: "Melihat NIK lengkap seseorang (selain itu ditampilkan tersamar). Setiap pembukaan dicatat.",
    en: "See a person's full NIK (otherwise shown masked). Every reveal is audited.",
  },
});

/**
 * Which role holds which permission. `public` is not listed because it needs no role. Every
 * role acts only within its membership's scope (see {@link ROLES}); the API enforces the scope.
 *
 * Rationale (design.md's roles table):
 * - **province-admin** onboards regencies by cloning a template and watches all of them. It
 *   therefore creates and lists tenants, works on template configuration, imports reference
 *   data, creates each new regency's first users and reads the audit log and aggregate
 *   reports. It does not read individual cases, decide them or reveal NIKs: it watches through
 *   aggregates (`report:read`), not through records about individual people.
 * - **district-admin** runs one regency's configuration: desks, services, tiers, criteria,
 *   agencies, quotas, areas and users. It also publishes versions. It may read cases to
 *   supervise them, but it does not decide them: whoever writes the rules does not also apply
 *   them to individuals (separation of duties). No NIK reveal.
 * - **desk-officer** serves applicants at the regency counter. It registers them, matches them
 *   against the database (which needs the full NIK), decides, issues cards and letters, and
 *   handles complaints.
 * - **subdistrict-officer** has the same work, limited to one kecamatan. What a kecamatan may
 *   issue is a configuration rule checked when deciding, not a missing permission.
 * - **field-verifier** (TKSK) fills in the household survey in its assigned areas. It reads the
 *   cases it must visit and the survey criteria. It gets no NIK reveal: it meets the household
 *   and its documents in person, and phones in the field are the devices most likely to be
 *   lost.
 * - **agency-officer** (SKPD) sees recommendations addressed to its agency, marks them
 *   delivered and watches its quota (configuration and aggregate reports). It may reveal NIKs, because
 *   acting on a recommendation (for example enrolling someone in health insurance) needs the
 *   full NIK. Its scope limits this to its own agency's recommendations.
 *
 * Reference poverty lists: importing them (`reference:import`) is an administrator's job,
 * province or regency; the import's status and error report name lines, never people.
 * Looking people up (`reference:read`, masked NIKs and match history) is for the district
 * admin (to check what an import brought) and the desks that match applicants; not for the
 * province (aggregates only) nor the field (lost phones).
 *
 * @example
 * ```ts
 * ROLE_PERMISSIONS["desk-officer"].includes("case:decide"); // true
 * ```
 */
export const ROLE_PERMISSIONS: Readonly<Record<RoleId, readonly Exclude<Permission, "public">[]>> = Object.freeze({
  "province-admin": [
    "tenant:create",
    "tenant:read",
    "tenant:list",
    "config:read",
    "config:edit",
    "config:publish",
    "config:evaluate",
    "areas:edit",
    "user:manage",
    "audit:read",
    "report:read",
    "reference:import",
  ],
  "district-admin": [
    "tenant:read",
    "config:read",
    "config:edit",
    "config:publish",
    "config:evaluate",
    "areas:edit",
    "user:manage",
    "audit:read",
    "report:read",
    "reference:import",
    "reference:read",
    "case:read",
    "recommendation:read",
  ],
  "desk-officer": [
    "tenant:read",
    "config:read",
    "config:evaluate",
    "reference:read",
    "case:register",
    "case:read",
    "case:decide",
    "complaint:handle",
    "recommendation:read",
    "nik:reveal",
  ],
  "subdistrict-officer": [
    "tenant:read",
    "config:read",
    "config:evaluate",
    "reference:read",
    "case:register",
    "case:read",
    "case:decide",
    "complaint:handle",
    "recommendation:read",
    "nik:reveal",
  ],
  "field-verifier": ["tenant:read", "config:read", "case:read", "survey:submit"],
  "agency-officer": [
    "tenant:read",
    "config:read",
    "report:read",
    "recommendation:read",
    "recommendation:deliver",
    "nik:reveal",
  ],
});

/**
 * Type guard for role ids read from the database or a request.
 *
 * @example
 * ```ts
 * if (!isRoleId(row.role)) throw new Error(`unknown role ${row.role}`);
 * ```
 */
export function isRoleId(value: unknown): value is RoleId {
  return typeof value === "string" && (ROLE_IDS as readonly string[]).includes(value);
}

/**
 * Type guard for permission names.
 *
 * @example
 * ```ts
 * isPermission("case:decide"); // true
 * ```
 */
export function isPermission(value: unknown): value is Permission {
  return typeof value === "string" && (PERMISSION_NAMES as readonly string[]).includes(value);
}

/**
 * Whether any of `roles` holds `permission`. `public` is always granted, even with no roles.
 * This checks the permission only. The route must still check that the membership's scope
 * covers the record (see {@link scopeCoversTenant}).
 *
 * @example
 * ```ts
 * hasPermission(["field-verifier"], "survey:submit"); // true
 * hasPermission("district-admin", "case:decide"); // false
 * ```
 */
export function hasPermission(roles: RoleId | readonly RoleId[], permission: Permission): boolean {
  if (permission === "public") return true;
  const list: readonly RoleId[] = typeof roles === "string" ? [roles] : roles;
  return list.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}

/**
 * The roles that holders of `roles` may grant to someone else inside one regency: none without
 * `user:manage`; with it, every role whose membership stays inside a regency. A platform-wide
 * role (`province-admin`, scope `all-tenants`) is never granted through a regency, so a district
 * admin cannot raise anyone (itself included, through a second account) to province level.
 * Granting oneself a role is a separate refusal, made where the grantee is known.
 *
 * @example
 * ```ts
 * grantableRoles(["district-admin"]); // ["district-admin", "desk-officer", …, "agency-officer"]
 * grantableRoles(["desk-officer"]); // []
 * ```
 */
export function grantableRoles(roles: readonly RoleId[]): RoleId[] {
  if (!hasPermission(roles, "user:manage")) return [];
  return ROLE_IDS.filter((role) => ROLES[role].scope !== "all-tenants");
}

/**
 * Whether a scope reaches a tenant at all. This is the first, coarse check of the tenant-scope
 * middleware. Narrower limits (sub-district, areas, agency) are applied by the route's query.
 *
 * @example
 * ```ts
 * scopeCoversTenant({ kind: "all-tenants" }, tenantId); // true
 * scopeCoversTenant({ kind: "tenant", tenantId: "a" }, "b"); // false → answer 404
 * ```
 */
export function scopeCoversTenant(scope: RoleScope, tenantId: string): boolean {
  return scope.kind === "all-tenants" || scope.tenantId === tenantId;
}

/**
 * Whether a scope has the kind its role requires. Check it when creating a membership, so that,
 * for example, a field verifier can never be saved with a whole-tenant scope.
 *
 * @example
 * ```ts
 * scopeFitsRole("desk-officer", { kind: "tenant", tenantId }); // true
 * scopeFitsRole("desk-officer", { kind: "all-tenants" }); // false
 * ```
 */
export function scopeFitsRole(role: RoleId, scope: RoleScope): boolean {
  if (scope.kind !== ROLES[role].scope) return false;
  if (scope.kind === "tenant-areas") return scope.areaCodes.length > 0;
  return true;
}
