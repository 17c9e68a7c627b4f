import { fileURLToPath } from "node:url";
import { resolve } from "node:path";

/** The repository root, found from this file so commands work from any directory. */
export const repoRoot = resolve(fileURLToPath(new URL("../../../", import.meta.url)));

/** Folder of template tenants, one sub-folder per tenant (its slug). */
export const tenantsDir = resolve(repoRoot, "tenants");

/** Default home of the embedded database. */
export const defaultDataDir = resolve(repoRoot, ".data");

/**
 * Resolves a path the user typed against the directory they typed it in.
 * `npm run` changes into the workspace folder but keeps the caller's
 * directory in INIT_CWD, so `npm run satu-atap -- config validate tenants/sragen`
 * works from the repository root.
 */
export function fromUserCwd(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}
