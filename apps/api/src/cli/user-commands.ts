import type { NodeEnv } from "../env.ts";
import { ApiError } from "../http/errors.ts";
import { openNodeDatabase } from "../node-database.ts";
import { generatePassword } from "../services/auth/generate-password.ts";
import { createUserWithRole, disableUser, setUserRole, type MembershipScopeInput } from "../services/users.ts";
import { CLI_PRINCIPAL } from "./cli-actor.ts";
import { CliError } from "./cli-error.ts";

// Who the CLI acts as in the audit trail: whoever can reach the database.
const CLI_ACTOR = CLI_PRINCIPAL;

function asCliError(error: unknown): never {
  if (error instanceof ApiError) {
    const lines = [error.messages.en, ...(error.issues ?? []).map((issue) => `  ${issue.message}`)];
    throw new CliError(lines.join("\n"), 1);
  }
  throw error;
}

async function withDatabase<T>(env: NodeEnv, run: (db: Awaited<ReturnType<typeof openNodeDatabase>>["db"]) => Promise<T>): Promise<T> {
  const handle = await openNodeDatabase(env);
  try {
    return await run(handle.db).catch(asCliError);
  } finally {
    await handle.close();
  }
}

export interface UserOptions extends MembershipScopeInput {
  email?: string | undefined;
  name?: string | undefined;
  role?: string | undefined;
  tenant?: string | undefined;
}

/**
 * `user create --email --name --role [--tenant] [--area] [--agency]`. The password comes from
 * stdin when it is piped (first line), else a strong one is generated and printed once.
 */
export async function runUserCreate(env: NodeEnv, options: UserOptions, readStdin: () => Promise<string | null>): Promise<number> {
  const { email, name, role } = options;
  if (!email || !name || !role) throw new CliError("Usage: user create --email <email> --name <name> --role <role> [--tenant <slug>] [--area <code[,code]>] [--agency <id>]");
  const piped = await readStdin();
  const password = piped === null ? generatePassword() : (piped.split(/\r?\n/)[0] ?? "");
  const result = await withDatabase(env, (db) =>
    createUserWithRole({ ctx: { db, actor: CLI_ACTOR }, input: { email, name, password, role, tenant: options.tenant, area: options.area, agency: options.agency } }),
  );
  console.log(`Created ${result.user.email} as ${role}${result.tenant ? ` in ${result.tenant.slug}` : " (all regencies)"}.`);
  if (piped === null) console.log(`Password (shown once): ${password}`);
  return 0;
}

/** `user disable --email`: the account can no longer sign in; its sessions end now. */
export async function runUserDisable(env: NodeEnv, options: UserOptions): Promise<number> {
  const { email } = options;
  if (!email) throw new CliError("Usage: user disable --email <email>");
  const result = await withDatabase(env, (db) => disableUser({ ctx: { db, actor: CLI_ACTOR }, input: { email } }));
  console.log(`Disabled ${result.user.email}; ${result.sessionsEnded} session(s) ended.`);
  return 0;
}

/** `user set-role --email --role [--tenant] [--area] [--agency]`: the user's one role in that regency. */
export async function runUserSetRole(env: NodeEnv, options: UserOptions): Promise<number> {
  const { email, role } = options;
  if (!email || !role) throw new CliError("Usage: user set-role --email <email> --role <role> [--tenant <slug>] [--area …] [--agency …]");
  const result = await withDatabase(env, (db) =>
    setUserRole({ ctx: { db, actor: CLI_ACTOR }, input: { email, role, tenant: options.tenant, area: options.area, agency: options.agency } }),
  );
  console.log(`${result.user.email} is now ${role}${result.tenant ? ` in ${result.tenant.slug}` : " (all regencies)"}.`);
  return 0;
}
