import { readFile } from "node:fs/promises";
import { validateConfig } from "@satu-atap/config";
import { readConfigSource } from "@satu-atap/config/node";
import { findTenantBySlug, withTenant, type Db, type Tenant } from "@satu-atap/db";
import type { NodeEnv } from "../env.ts";
import { CONFIG_EXPORT_SCHEMA_PATH } from "../http/schema-urls.ts";
import { openNodeDatabase } from "../node-database.ts";
import { fromUserCwd } from "../paths.ts";
import { exportConfig, importConfig, type ExportedSide } from "../services/config-transfer.ts";
import { cliActor } from "./cli-actor.ts";
import { CliError, cliErrorFrom } from "./cli-error.ts";

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

/** Parses `--version`: a positive whole number, `draft`, or nothing (the version in force). */
function exportedSide(version: string | undefined): ExportedSide {
  if (version === undefined || version === "draft") return version;
  const number = Number(version);
  if (!(Number.isInteger(number) && number > 0)) throw new CliError(`--version must be a positive whole number or 'draft', not '${version}'.`);
  return number;
}

async function requireTenant(db: Db, slug: string): Promise<Tenant> {
  const tenant = await findTenantBySlug(db, slug);
  if (!tenant) throw new CliError(`No regency '${slug}'.`, 1);
  return tenant;
}

/**
 * `config export <tenant> [--version N|draft] [--actor <email>]`: the export document (the
 * same format as GET /api/t/{tenant}/config/export) on stdout, pretty-printed with the
 * configuration's keys in canonical order, so exports diff cleanly. Audited like the API's.
 */
export async function runConfigExport(
  env: NodeEnv,
  slug: string | undefined,
  version: string | undefined,
  actorEmail: string | undefined,
): Promise<number> {
  if (!slug) throw new CliError("Usage: config export <tenant> [--version N|draft] [--actor <email>]");
  const side = exportedSide(version);
  const handle = await openNodeDatabase(env);
  try {
    const tenant = await requireTenant(handle.db, slug);
    const actor = await cliActor(handle.db, actorEmail, { permission: side === "draft" ? "config:edit" : "config:read", tenant });
    // The command line has no request to take an origin from: name the schema where `npm start` serves it.
    const schemaUrl = `http://localhost:${env.API_PORT}${CONFIG_EXPORT_SCHEMA_PATH}`;
    // Configuration rows are under row-level security: read them in the regency's scope.
    const { document } = await withTenant(handle.db, tenant.id, (tx) => exportConfig({ ctx: { db: tx, tenant }, input: { actor, version: side, schemaUrl } })).catch(
      (error: unknown) => {
        throw cliErrorFrom(error);
      },
    );
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    return 0;
  } finally {
    await handle.close();
  }
}

/** The export document in a file the user named, parsed (exit 1 when unreadable or not JSON). */
async function readDocument(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(fromUserCwd(file), "utf8");
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`, 1);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`, 1);
  }
}

/**
 * `config import <tenant> <file> [--actor <email>]`: replaces the regency's draft with the
 * configuration of an export file (whatever the draft's revision: the command line has no
 * ETag), keeping the regency's identity, as POST …/config/import does. Prints the problems
 * left; exit 1, saving nothing, when the file is not a readable export or its configuration
 * is not shaped like one (every problem listed by path).
 */
export async function runConfigImport(env: NodeEnv, slug: string | undefined, file: string | undefined, actorEmail: string | undefined): Promise<number> {
  if (!slug || !file) throw new CliError("Usage: config import <tenant> <file> [--actor <email>]");
  const document = await readDocument(file);
  const handle = await openNodeDatabase(env);
  try {
    const tenant = await requireTenant(handle.db, slug);
    const actor = await cliActor(handle.db, actorEmail, { permission: "config:edit", tenant });
    const draft = await withTenant(handle.db, tenant.id, (tx) =>
      importConfig({ ctx: { db: tx, tenant }, input: { actor, expectedRevision: "any", document, pathPrefix: "" } }),
    ).catch((error: unknown) => {
      throw cliErrorFrom(error);
    });
    const { source, identityKept, editedSinceExport } = draft.imported;
    const from = `${source.tenant} ${source.version === "draft" ? "draft" : `version ${source.version}`}`;
    console.log(`Imported ${file} (${from}) into ${tenant.slug}'s draft: revision ${draft.revision}.`);
    if (identityKept.length > 0) console.log(`Kept ${tenant.slug}'s own ${identityKept.join(", ")} (the file had others).`);
    if (editedSinceExport) console.log("The file was edited after it was exported (its content hash differs).");
    if (draft.problems.length === 0) {
      console.log("No problems left: the draft can be published.");
    } else {
      console.log(`${draft.problems.length} problem(s) left before it can be published:`);
      for (const problem of draft.problems) console.log(`  ${problem.path || "/"}  ${problem.message}`);
    }
    return 0;
  } finally {
    await handle.close();
  }
}
