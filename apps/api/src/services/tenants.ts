import { listTenantsWithLatestVersion } from "@satu-atap/db";
import type { ServiceContext } from "./context.ts";

/** Every regency on the platform with its lineage and latest published version. */
export async function listTenants({ ctx }: { ctx: ServiceContext }) {
  const rows = await listTenantsWithLatestVersion(ctx.db);
  const slugById = new Map(rows.map((row) => [row.id, row.slug]));
  return rows.map((row) => ({
    slug: row.slug,
    name: row.name,
    regencyCode: row.regencyCode,
    status: row.status,
    isTemplate: row.isTemplate,
    latestVersion: row.latestVersion,
    clonedFrom:
      row.clonedFromTenantId !== null && row.clonedFromVersion !== null
        ? { tenant: slugById.get(row.clonedFromTenantId) ?? null, version: row.clonedFromVersion }
        : null,
    createdAt: row.createdAt.toISOString(),
  }));
}
