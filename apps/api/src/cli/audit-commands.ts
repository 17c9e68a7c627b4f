import { findTenantBySlug, verifyAuditChain } from "@satu-atap/db";
import type { NodeEnv } from "../env.ts";
import { openNodeDatabase } from "../node-database.ts";
import { CliError } from "./cli-error.ts";

/**
 * `audit verify <tenant>` or `audit verify --platform`: walks the hash chain; exit 0
 * "ok (N events)", or exit 1 naming the first broken link.
 */
export async function runAuditVerify(env: NodeEnv, slug: string | undefined, platform: boolean): Promise<number> {
  if (!slug === !platform) throw new CliError("Usage: audit verify <tenant> | audit verify --platform");
  const handle = await openNodeDatabase(env);
  try {
    let tenantId: string | null = null;
    if (slug) {
      const tenant = await findTenantBySlug(handle.db, slug);
      if (!tenant) throw new CliError(`No regency '${slug}'.`, 1);
      tenantId = tenant.id;
    }
    const chain = slug ? `regency '${slug}'` : "platform";
    const result = await verifyAuditChain(handle.db, tenantId);
    if (result.ok) {
      console.log(`${chain} audit chain: ok (${result.count} events)`);
      return 0;
    }
    console.error(
      `${chain} audit chain: BROKEN at seq ${result.brokenAt.seq}${result.brokenAt.id === null ? "" : ` (event id ${result.brokenAt.id})`}: ${result.reason}`,
    );
    return 1;
  } finally {
    await handle.close();
  }
}
