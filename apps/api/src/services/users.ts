import { checkPasswordPolicy, hashPassword, isRoleId, ROLE_IDS, type RoleId } from "@satu-atap/auth";
import {
  addMembership,
  appendAuditEvent,
  createUser,
  deleteUserSessions,
  findTenantBySlug,
  findUserByEmail,
  listMembershipsForUser,
  removeMembership,
  setMembershipRole,
  setUserStatus,
  type Db,
  type Tenant,
} from "@satu-atap/db";
import { ApiError } from "../http/errors.ts";
import type { ServiceContext } from "./context.ts";

/** Where a membership reaches inside its regency; which field a role needs is checked here. */
export interface MembershipScopeInput {
  /** Sub-district code (subdistrict-officer) or comma-separated area codes (field-verifier). */
  area?: string | undefined;
  /** Agency id (agency-officer). */
  agency?: string | undefined;
}

const invalid = (en: string, id: string) => new ApiError("VALIDATION_FAILED", { id, en });

function scopeColumns(role: RoleId, scope: MembershipScopeInput) {
  const needs = role === "subdistrict-officer" || role === "field-verifier" ? "area" : role === "agency-officer" ? "agency" : undefined;
  if (needs === "area" && !scope.area) throw invalid(`Role ${role} needs --area.`, `Peran ${role} memerlukan --area.`);
  if (needs === "agency" && !scope.agency) throw invalid(`Role ${role} needs --agency.`, `Peran ${role} memerlukan --agency.`);
  if (needs !== "area" && scope.area) throw invalid(`Role ${role} takes no --area.`, `Peran ${role} tidak memakai --area.`);
  if (needs !== "agency" && scope.agency) throw invalid(`Role ${role} takes no --agency.`, `Peran ${role} tidak memakai --agency.`);
  return {
    subdistrictCode: role === "subdistrict-officer" ? (scope.area ?? null) : null,
    areaCodes: role === "field-verifier" ? (scope.area ?? "").split(",").map((code) => code.trim()).filter((code) => code !== "") : null,
    agencyId: role === "agency-officer" ? (scope.agency ?? null) : null,
  };
}

async function resolveRoleAndTenant(db: Db, roleInput: string, slug: string | undefined): Promise<{ role: RoleId; tenant: Tenant | null }> {
  if (!isRoleId(roleInput)) throw invalid(`Unknown role '${roleInput}'; one of ${ROLE_IDS.join(", ")}.`, `Peran '${roleInput}' tidak dikenal.`);
  if (roleInput === "province-admin") {
    if (slug) throw invalid("province-admin covers every regency: give no --tenant.", "province-admin mencakup semua kabupaten: tanpa --tenant.");
    return { role: roleInput, tenant: null };
  }
  if (!slug) throw invalid(`Role ${roleInput} needs --tenant.`, `Peran ${roleInput} memerlukan --tenant.`);
  const tenant = await findTenantBySlug(db, slug);
  if (!tenant) throw new ApiError("TENANT_NOT_FOUND", { id: `Kabupaten/kota '${slug}' tidak ada.`, en: `No regency '${slug}'.` });
  return { role: roleInput, tenant };
}

/**
 * Creates an account with one membership, in one transaction, and audits it (in the
 * regency's chain, or the platform chain for a province admin). The password must pass the
 * policy (length 12+, not among the 10,000 most common, not the email or name).
 */
export async function createUserWithRole({
  ctx,
  input,
}: {
  ctx: ServiceContext & { actor: string };
  input: { email: string; name: string; password: string; role: string; tenant?: string | undefined } & MembershipScopeInput;
}) {
  const problems = checkPasswordPolicy(input.password, { email: input.email, name: input.name });
  if (problems.length > 0) {
    throw new ApiError(
      "VALIDATION_FAILED",
      { id: "Kata sandi tidak memenuhi kebijakan.", en: "The password does not meet the policy." },
      problems.map((problem) => ({ path: "password", message: problem.message.en })),
    );
  }
  const { role, tenant } = await resolveRoleAndTenant(ctx.db, input.role, input.tenant);
  const scope = scopeColumns(role, input);
  if (await findUserByEmail(ctx.db, input.email)) {
    throw new ApiError("CONFLICT", { id: "Email sudah terdaftar.", en: "A user with this email exists." });
  }
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const user = await createUser(tx, { email: input.email, name: input.name, passwordHash });
    const membership = await addMembership(tx, { userId: user.id, tenantId: tenant?.id ?? null, role, ...scope });
    await appendAuditEvent(tx, {
      tenantId: tenant?.id ?? null,
      action: "user.create",
      target: `user:${user.id}`,
      after: { email: user.email, role, ...scope },
      details: { actor: ctx.actor },
    });
    return { user, membership, tenant };
  });
}

async function requireUser(db: Db, email: string) {
  const user = await findUserByEmail(db, email);
  if (!user) throw new ApiError("NOT_FOUND", { id: `Pengguna '${email}' tidak ada.`, en: `No user '${email}'.` });
  return user;
}

/** Disables an account and ends all its sessions at once; audited on the platform chain. */
export async function disableUser({ ctx, input }: { ctx: ServiceContext & { actor: string }; input: { email: string } }) {
  const user = await requireUser(ctx.db, input.email);
  return ctx.db.transaction(async (tx) => {
    await setUserStatus(tx, user.id, "disabled");
    const sessions = await deleteUserSessions(tx, user.id);
    await appendAuditEvent(tx, { tenantId: null, action: "user.disable", target: `user:${user.id}`, details: { actor: ctx.actor, sessionsEnded: sessions } });
    return { user, sessionsEnded: sessions };
  });
}

/**
 * Makes `role` the user's only role in a regency (or platform-wide for province-admin):
 * updates their membership there, or adds one, and removes any other role they held there.
 * Audited with the roles before and after.
 */
export async function setUserRole({
  ctx,
  input,
}: {
  ctx: ServiceContext & { actor: string };
  input: { email: string; role: string; tenant?: string | undefined } & MembershipScopeInput;
}) {
  const user = await requireUser(ctx.db, input.email);
  const { role, tenant } = await resolveRoleAndTenant(ctx.db, input.role, input.tenant);
  const scope = scopeColumns(role, input);
  const tenantId = tenant?.id ?? null;
  return ctx.db.transaction(async (tx) => {
    const here = (await listMembershipsForUser(tx, user.id)).filter((m) => m.tenantId === tenantId);
    const [first, ...others] = here;
    // Drop the others first: the (user, tenant, role) pair is unique.
    for (const other of others) await removeMembership(tx, tenantId, other.id);
    const membership = first
      ? await setMembershipRole(tx, tenantId, first.id, { role, ...scope })
      : await addMembership(tx, { userId: user.id, tenantId, role, ...scope });
    await appendAuditEvent(tx, {
      tenantId,
      action: "membership.set_role",
      target: `user:${user.id}`,
      before: { roles: here.map((m) => m.role) },
      after: { role, ...scope },
      details: { actor: ctx.actor },
    });
    return { user, membership, tenant };
  });
}
