import { listTenants as listTenantRows, listVersions } from "@satu-atap/db";
import type { ServiceContext } from "./context.ts";

/** Every regency on the platform with its lineage and latest published version. */
export async function listTenants({ ctx }: { ctx: ServiceContext }) {
  const rows = await listTenantRows(ctx.db);
  const bySlug = new Map(rows.map((row) => [row.id, row.slug]));
  return Promise.all(
    rows.map(async (row) => {
      const [latest] = await listVersions(ctx.db, row.id);
      return {
        slug: row.slug,
        name: row.name,
        regencyCode: row.regencyCode,
        status: row.status,
        isTemplate: row.isTemplate,
        latestVersion: latest?.version ?? null,
        clonedFrom:
          row.clonedFromTenantId !== null && row.clonedFromVersion !== null
            ? { tenant: bySlug.get(row.clonedFromTenantId) ?? null, version: row.clonedFromVersion }
            : null,
        createdAt: row.createdAt.toISOString(),
      };
    }),
  );
}
