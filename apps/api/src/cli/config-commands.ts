import { canonicalJson, validateConfig } from "@satu-atap/config";
import { readConfigSource } from "@satu-atap/config/node";
import { findTenantBySlug, withTenant } from "@satu-atap/db";
import type { NodeEnv } from "../env.ts";
import { ApiError } from "../http/errors.ts";
import { openNodeDatabase } from "../node-database.ts";
import { fromUserCwd } from "../paths.ts";
import { getPublishedConfig } from "../services/configuration.ts";
import { CliError } from "./cli-error.ts";

/** `config validate <file|folder>`: exit 0 when valid, 1 with every problem listed. */
export async function runConfigValidate(path: string | undefined): Promise<number> {
  if (!path) throw new CliError("Usage: config validate <file|folder>");
  const source = await readConfigSource(fromUserCwd(path));
  const result = source.ok ? validateConfig(source.value) : source;
  if (result.ok) {
    console.log(`${path}: valid configuration.`);
    return 0;
  }
  console.error(`${path}: ${result.issues.length} problem(s)`);
  for (const issue of result.issues) console.error(`  ${issue.path || "/"}  ${issue.message}`);
  return 1;
}

/** `config export <tenant> [--version N]`: the configuration as JSON on stdout. */
export async function runConfigExport(env: NodeEnv, slug: string | undefined, version: string | undefined): Promise<number> {
  if (!slug) throw new CliError("Usage: config export <tenant> [--version N]");
  const versionNumber = version === undefined ? undefined : Number(version);
  if (versionNumber !== undefined && !(Number.isInteger(versionNumber) && versionNumber > 0)) {
    throw new CliError(`--version must be a positive whole number, not '${version}'.`);
  }
  const handle = await openNodeDatabase(env);
  try {
    const tenant = await findTenantBySlug(handle.db, slug);
    if (!tenant) throw new CliError(`No regency '${slug}'.`, 1);
    // Configuration rows are under row-level security: read them in the regency's scope.
    const published = await withTenant(handle.db, tenant.id, (tx) =>
      getPublishedConfig({ ctx: { db: tx, tenant }, input: { version: versionNumber } }),
    ).catch(
      (error: unknown) => {
        if (error instanceof ApiError) throw new CliError(error.messages.en, 1);
        throw error;
      },
    );
    // Pretty but key-stable output, so exports diff cleanly.
    process.stdout.write(JSON.stringify(JSON.parse(canonicalJson(published.config)), null, 2) + "\n");
    return 0;
  } finally {
    await handle.close();
  }
}
