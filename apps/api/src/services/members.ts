import { grantableRoles, hashPassword, type RoleId } from "@satu-atap/auth";
import {
  addMembership,
  appendAuditEvent,
  createUser,
  findUserByEmail,
  getDraft,
  getVersion,
  listAreas,
  listMembershipsForUser,
  listTenantMembers,
  type Membership,
  type User,
} from "@satu-atap/db";
import type { Actor } from "../http/actor.ts";
import { ApiError, type ErrorIssue } from "../http/errors.ts";
import { generatePassword } from "./auth/generate-password.ts";
import type { TenantServiceContext } from "./context.ts";

/** Where a membership reaches inside the regency: the one field its role needs, if any. */
export interface MemberScopeInput {
  /** `subdistrict-officer`: a sub-district of the regency's areas. */
  subdistrictCode?: string | undefined;
  /** `field-verifier`: sub-districts or villages of the regency's areas. */
  areaCodes?: string[] | undefined;
  /** `agency-officer`: an agency of the regency's configuration (published or draft). */
  agencyId?: string | undefined;
}

type ScopeField = keyof MemberScopeInput;

/** The scope field each role needs; roles absent here take none. */
const SCOPE_FIELD: Partial<Record<RoleId, ScopeField>> = {
  "subdistrict-officer": "subdistrictCode",
  "field-verifier": "areaCodes",
  "agency-officer": "agencyId",
};

const SCOPE_FIELDS: readonly ScopeField[] = ["subdistrictCode", "areaCodes", "agencyId"];

function membershipView(m: Membership) {
  return {
    id: m.id,
    role: m.role,
    subdistrictCode: m.subdistrictCode,
    areaCodes: m.areaCodes,
    agencyId: m.agencyId,
    createdAt: m.createdAt.toISOString(),
  };
}

function userView(user: Pick<User, "id" | "email" | "name" | "status">) {
  return { id: user.id, email: user.email, name: user.name, status: user.status };
}

function notGrantable(en: string, id: string): ApiError {
  return new ApiError("ROLE_NOT_GRANTABLE", { id, en });
}

/** The agency ids of a stored configuration (any JSON; a malformed one has none). */
function agencyIdsOf(content: unknown): string[] {
  if (typeof content !== "object" || content === null || !("agencies" in content) || !Array.isArray(content.agencies)) return [];
  return content.agencies.flatMap((agency: unknown) =>
    typeof agency === "object" && agency !== null && "id" in agency && typeof agency.id === "string" ? [agency.id] : [],
  );
}

/**
 * The scope columns of the new membership, checked against the regency: exactly the field
 * the role needs, naming areas and agencies that exist here. Every problem is listed.
 */
async function scopeColumns(ctx: TenantServiceContext, role: RoleId, scope: MemberScopeInput) {
  const needed = SCOPE_FIELD[role];
  const issues: ErrorIssue[] = [];
  for (const field of SCOPE_FIELDS) {
    const given = scope[field] !== undefined;
    if (field === needed && !given) issues.push({ path: `body/${field}`, message: `Role ${role} needs ${field}.` });
    if (field !== needed && given) issues.push({ path: `body/${field}`, message: `Role ${role} takes no ${field}.` });
  }
  if (issues.length === 0 && needed !== undefined) {
    if (needed === "agencyId") {
      const [draft, published] = [await getDraft(ctx.db, ctx.tenant.id), await getVersion(ctx.db, ctx.tenant.id)];
      const known = new Set([...agencyIdsOf(draft?.content), ...agencyIdsOf(published?.content)]);
      if (!known.has(scope.agencyId ?? "")) issues.push({ path: "body/agencyId", message: `No agency '${scope.agencyId}' in this regency's configuration.` });
    } else {
      const areas = await listAreas(ctx.db, ctx.tenant.id);
      if (needed === "subdistrictCode") {
        const subdistricts = new Set(areas.filter((a) => a.level === "subdistrict").map((a) => a.code));
        if (!subdistricts.has(scope.subdistrictCode ?? "")) {
          issues.push({ path: "body/subdistrictCode", message: `No sub-district '${scope.subdistrictCode}' in this regency's areas.` });
        }
      } else {
        const codes = new Set(areas.filter((a) => a.level !== "regency").map((a) => a.code));
        (scope.areaCodes ?? []).forEach((code, index) => {
          if (!codes.has(code)) issues.push({ path: `body/areaCodes/${index}`, message: `No sub-district or village '${code}' in this regency's areas.` });
        });
      }
    }
  }
  if (issues.length > 0) {
    throw new ApiError("VALIDATION_FAILED", { id: "Cakupan peran tidak sesuai.", en: "The role's scope does not fit." }, issues);
  }
  return {
    subdistrictCode: role === "subdistrict-officer" ? (scope.subdistrictCode ?? null) : null,
    areaCodes: role === "field-verifier" ? [...new Set(scope.areaCodes ?? [])] : null,
    agencyId: role === "agency-officer" ? (scope.agencyId ?? null) : null,
  };
}

/**
 * Invites someone into the regency with one role. A new email gets an account with a
 * generated password, returned here once (it is stored only as a hash and never logged); an
 * existing account just gets the membership (its name and password stay as they are, and no
 * password is returned). Refused: a role the caller may not grant, or any role for the
 * caller's own account (403 ROLE_NOT_GRANTABLE); a role the person already holds here (409
 * ALREADY_MEMBER); a scope that does not fit the role (400). Audited in the regency's chain.
 *
 * There is no "must change password" flag in the account model yet: the temporary password
 * stays valid until changed by other means (see docs/security.md).
 */
export async function inviteMember({
  ctx,
  input,
}: {
  ctx: TenantServiceContext;
  input: { actor: Actor; granterRoles: readonly RoleId[]; email: string; name: string; role: RoleId } & MemberScopeInput;
}) {
  const { actor, role } = input;
  if (!grantableRoles(input.granterRoles).includes(role)) {
    throw notGrantable(
      `The role ${role} cannot be granted in a regency${role === "province-admin" ? ": it covers every regency (made with the CLI)" : ""}.`,
      `Peran ${role} tidak dapat diberikan di kabupaten/kota ini${role === "province-admin" ? ": peran itu mencakup semua kabupaten/kota (dibuat lewat CLI)" : ""}.`,
    );
  }
  const scope = await scopeColumns(ctx, role, input);

  const existing = await findUserByEmail(ctx.db, input.email);
  if (existing?.id === actor.userId) {
    throw notGrantable("You cannot grant yourself a role.", "Anda tidak dapat memberi diri sendiri peran.");
  }
  const heldHere = existing === undefined ? [] : (await listMembershipsForUser(ctx.db, existing.id)).filter((m) => m.tenantId === ctx.tenant.id);
  if (heldHere.some((m) => m.role === role)) {
    throw new ApiError("ALREADY_MEMBER", {
      id: `Pengguna ini sudah memegang peran ${role} di kabupaten/kota ini.`,
      en: `This user already holds the role ${role} in this regency.`,
    });
  }

  let user = existing;
  let temporaryPassword: string | undefined;
  if (user === undefined) {
    temporaryPassword = generatePassword();
    user = await createUser(ctx.db, { email: input.email, name: input.name, passwordHash: await hashPassword(temporaryPassword) });
  }
  const membership = await addMembership(ctx.db, { userId: user.id, tenantId: ctx.tenant.id, role, ...scope });
  await appendAuditEvent(ctx.db, {
    tenantId: ctx.tenant.id,
    actorUserId: actor.userId,
    actorRole: actor.role,
    action: "member.invite",
    target: `user:${user.id}`,
    requestId: actor.requestId,
    // Before: the roles the person held here (none for a new account). Never the password.
    before: { roles: heldHere.map((m) => m.role) },
    after: { email: user.email, name: user.name, roles: [...heldHere.map((m) => m.role), role], membership: { role, ...scope } },
    details: { accountCreated: existing === undefined },
  });
  return {
    user: userView(user),
    role,
    membership: membershipView(membership),
    accountCreated: existing === undefined,
    ...(temporaryPassword === undefined ? {} : { temporaryPassword }),
  };
}

/** The regency's members, one entry per user with every role they hold here; no secrets. */
export async function listMembers({ ctx }: { ctx: TenantServiceContext }) {
  const rows = await listTenantMembers(ctx.db, ctx.tenant.id);
  const members = new Map<string, { user: ReturnType<typeof userView>; memberships: Array<ReturnType<typeof membershipView>> }>();
  for (const { user, membership } of rows) {
    const entry = members.get(user.id) ?? { user: userView(user), memberships: [] };
    entry.memberships.push(membershipView(membership));
    members.set(user.id, entry);
  }
  return [...members.values()];
}
