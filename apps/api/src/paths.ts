import { fileURLToPath } from "node:url";
import { resolve } from "node:path";

/** The repository root, found from this file so commands work from any directory. */
export const repoRoot = resolve(fileURLToPath(new URL("../../../", import.meta.url)));

/** Folder of template tenants, one sub-folder per tenant (its slug). */
export const tenantsDir = resolve(repoRoot, "tenants");

/** Default home of the embedded database. */
export const defaultDataDir = resolve(repoRoot, ".data");
