import { sql } from "drizzle-orm";
import type { Db } from "./client.ts";

/**
 * The non-owner role the application runs as, created by the migrations. It
 * has no LOGIN: production logs in as a role that is a member of it (e.g.
 * `satu_atap_app_login`); development and PGlite switch to it with `SET ROLE`
 * (`createDb({ …, role: APP_ROLE })`).
 *
 * @example
 * const handle = await createDb({ driver: "pg", url: ownerUrl, role: APP_ROLE });
 */
export const APP_ROLE = "satu_atap_app";

// A role name is spliced into `SET ROLE` (no bind parameters there): only plain
// lower-case identifiers are accepted, so quoting cannot be escaped.
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The `SET ROLE` statement for a configured role, refusing odd names.
 *
 * @example
 * setRoleStatement("satu_atap_app"); // 'SET ROLE "satu_atap_app"'
 */
export function setRoleStatement(role: string): string {
  if (!ROLE_NAME.test(role)) throw new Error(`invalid role name: ${JSON.stringify(role)}`);
  return `SET ROLE "${role}"`;
}

/**
 * Tables under row-level security (ENABLE + FORCE, policies on `tenant_id`).
 * Every new table holding a tenant's data must join this list and get the same
 * policies in its migration; the test suite checks the catalog against it.
 */
export const TENANT_TABLES = [
  "config_drafts",
  "config_versions",
  "areas",
  "audit_events",
  "reference_imports",
  "reference_import_errors",
  "reference_persons",
  "reference_appearances",
  "counters",
  "cases",
  "case_events",
  "verification_tasks",
  "complaints",
  "complaint_events",
  "cards",
  "letters",
  "recommendations",
  "quota_consumptions",
  "household_records",
  "surveys",
  "decisions",
] as const;

/** Thrown by {@link assertSafeAppRole}; `problems` lists every reason, one per entry. */
export class UnsafeAppRoleError extends Error {
  readonly problems: readonly string[];
  constructor(role: string, problems: readonly string[]) {
    super(
      `refusing to run as database role "${role}": ${problems.join("; ")}. ` +
        `Connect as a member of ${APP_ROLE} (DATABASE_URL with a LOGIN role, or createDb({ role: "${APP_ROLE}" })); see ADR 0005.`,
    );
    this.name = "UnsafeAppRoleError";
    this.problems = problems;
  }
}

/**
 * Refuses to go on unless the connection's current role is one that row-level
 * security applies to: not a superuser, no BYPASSRLS, owner of no table in the
 * schema (an owner could turn the policies off), and not a member of any role
 * that is one of those (it could `SET ROLE` to it). Also checks that every
 * table in {@link TENANT_TABLES} has RLS enabled and forced. Call it once at
 * start-up, after migrating, on the handle the API serves requests with.
 *
 * It judges `current_user`: with the SET ROLE style the session user is still
 * the owner, which a plain `RESET ROLE` would bring back; production should
 * log in as a member of {@link APP_ROLE} instead (ADR 0005).
 *
 * @example
 * const handle = await createMigratedDb({ driver: "pglite", dataDir, role: APP_ROLE });
 * await assertSafeAppRole(handle.db); // throws UnsafeAppRoleError for postgres/owner
 */
export async function assertSafeAppRole(db: Db): Promise<void> {
  const [me] = await db
    .select({
      role: sql<string>`r.rolname`,
      superuser: sql<boolean>`r.rolsuper`,
      bypassRls: sql<boolean>`r.rolbypassrls`,
    })
    .from(sql`pg_roles r`)
    .where(sql`r.rolname = current_user`);
  if (me === undefined) throw new Error("assertSafeAppRole: current_user not found in pg_roles");

  const problems: string[] = [];
  if (me.superuser) problems.push("it is a superuser");
  if (me.bypassRls) problems.push("it has BYPASSRLS");

  const powerful = await db
    .select({ role: sql<string>`r.rolname` })
    .from(sql`pg_roles r`)
    .where(
      sql`(r.rolsuper or r.rolbypassrls) and r.rolname <> current_user and pg_has_role(current_user, r.oid, 'MEMBER')`,
    );
  for (const { role } of powerful) problems.push(`it is a member of the privileged role "${role}"`);

  const owned = await db
    .select({ table: sql<string>`c.relname` })
    .from(sql`pg_class c join pg_namespace n on n.oid = c.relnamespace`)
    .where(
      sql`n.nspname = current_schema() and c.relkind in ('r', 'p') and pg_has_role(current_user, c.relowner, 'MEMBER')`,
    )
    .orderBy(sql`c.relname`);
  if (owned.length > 0) problems.push(`it owns (or is a member of the owner of) ${owned.map((r) => r.table).join(", ")}`);

  const protectedTables = await db
    .select({ table: sql<string>`c.relname` })
    .from(sql`pg_class c join pg_namespace n on n.oid = c.relnamespace`)
    .where(
      sql`n.nspname = current_schema() and c.relkind in ('r', 'p') and c.relrowsecurity and c.relforcerowsecurity`,
    );
  const protectedNames = new Set(protectedTables.map((r) => r.table));
  const unprotected = TENANT_TABLES.filter((table) => !protectedNames.has(table));
  if (unprotected.length > 0) problems.push(`row-level security is not enabled and forced on ${unprotected.join(", ")}`);

  if (problems.length > 0) throw new UnsafeAppRoleError(me.role, problems);
}
