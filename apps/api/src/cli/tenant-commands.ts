import { TENANT_SLUG_PATTERN } from "@satu-atap/db";
import type { NodeEnv } from "../env.ts";
import { openNodeDatabase } from "../node-database.ts";
import { cloneRegency } from "../services/cloning.ts";
import { cliActor } from "./cli-actor.ts";
import { CliError, cliErrorFrom } from "./cli-error.ts";

const USAGE = 'Usage: tenant clone <template> <slug> --name "<name>" --code <regency code> [--version N] [--actor <email>]';

export interface TenantCloneOptions {
  name?: string | undefined;
  code?: string | undefined;
  version?: string | undefined;
  actor?: string | undefined;
}

/** The request's checks of POST /api/tenants, for arguments typed on the command line. */
function checkArguments(slug: string, options: TenantCloneOptions): { name: string; regencyCode: string; version: number | undefined } {
  const name = options.name?.trim() ?? "";
  const regencyCode = options.code ?? "";
  const problems: string[] = [];
  if (!TENANT_SLUG_PATTERN.test(slug)) problems.push(`<slug> '${slug}': lower-case letters, digits and dashes, starting with a letter.`);
  if (name === "" || name.length > 200) problems.push("--name: the regency's name, 1 to 200 characters.");
  if (!/^\d{4}$/.test(regencyCode)) problems.push(`--code '${regencyCode}': the 4-digit regency code, e.g. 3312.`);
  const version = options.version === undefined ? undefined : Number(options.version);
  if (version !== undefined && !(Number.isInteger(version) && version > 0)) problems.push(`--version '${options.version}': a positive whole number.`);
  if (problems.length > 0) throw new CliError([USAGE, ...problems.map((problem) => `  ${problem}`)].join("\n"));
  return { name, regencyCode, version };
}

/** "area_code_mismatch ×208, unknown_reference ×12": the problems of a new draft by code. */
function byCode(problems: ReadonlyArray<{ code: string }>): string {
  const counts = new Map<string, number>();
  for (const problem of problems) counts.set(problem.code, (counts.get(problem.code) ?? 0) + 1);
  return [...counts].map(([code, count]) => `${code} ×${count}`).join(", ");
}

/**
 * `tenant clone <template> <slug> --name --code [--version] [--actor]`: what POST /api/tenants
 * does (the same service): a new regency, status onboarding, whose draft is the template's
 * published configuration adapted to its name and code. Audited in the new regency's chain.
 */
export async function runTenantClone(env: NodeEnv, template: string | undefined, slug: string | undefined, options: TenantCloneOptions): Promise<number> {
  if (!template || !slug) throw new CliError(USAGE);
  const { name, regencyCode, version } = checkArguments(slug, options);
  const handle = await openNodeDatabase(env);
  try {
    const actor = await cliActor(handle.db, options.actor, { permission: "tenant:create", tenant: null });
    const created = await cloneRegency({
      ctx: { db: handle.db },
      input: { actor, slug, name, regencyCode, cloneFrom: { tenant: template, version } },
    }).catch((error: unknown) => {
      throw cliErrorFrom(error);
    });
    const { tenant, draft } = created;
    console.log(
      `Created ${tenant.slug} (${tenant.name}, ${tenant.regencyCode}), cloned from ${template} version ${tenant.clonedFrom?.version ?? "?"}; status ${tenant.status}.`,
    );
    console.log(
      draft.problems.length === 0
        ? `Draft revision ${draft.revision}: no problems.`
        : `Draft revision ${draft.revision}: ${draft.problems.length} problem(s) to fix before publishing (${byCode(draft.problems)}).`,
    );
    console.log(`Next: upload its areas (PUT /api/t/${tenant.slug}/areas), give it a district admin (user create … --tenant ${tenant.slug}), adapt and publish its draft.`);
    return 0;
  } finally {
    await handle.close();
  }
}
