import { listUsers } from "@satu-atap/db";
import { generatePassword } from "./auth/generate-password.ts";
import type { ServiceContext } from "./context.ts";
import { createUserWithRole } from "./users.ts";

/** The demo province admin's email: `.local` is reserved for local use and never routes mail. */
export const DEMO_ADMIN_EMAIL = "admin@satu-atap.local";

/**
 * First start of a development database: when no account exists at all, creates a province
 * admin with a generated password and returns the credentials so the caller can print them
 * once. Returns null when any user exists. The caller decides it is not production.
 */
export async function createDemoAdminIfNoUsers({ ctx }: { ctx: ServiceContext }): Promise<{ email: string; password: string } | null> {
  if ((await listUsers(ctx.db)).length > 0) return null;
  const password = generatePassword();
  await createUserWithRole({
    ctx: { ...ctx, actor: "system:demo" },
    input: { email: DEMO_ADMIN_EMAIL, name: "Demo province admin", password, role: "province-admin" },
  });
  return { email: DEMO_ADMIN_EMAIL, password };
}
