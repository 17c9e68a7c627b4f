import { getVersion, listVersions, getEffectiveVersion } from "@satu-atap/db";
import { ApiError } from "../http/errors.ts";
import type { TenantServiceContext } from "./context.ts";

/** Today's date (UTC) as YYYY-MM-DD: versions become effective on a calendar day. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The configuration a regency runs on: the version in force today, or an exact
 * version when asked for one (to explain an old decision).
 */
export async function getPublishedConfig({
  ctx,
  input,
}: {
  ctx: TenantServiceContext;
  input: { version?: number | undefined; onDate?: string | undefined };
}) {
  const { db, tenant } = ctx;
  const row =
    input.version !== undefined
      ? await getVersion(db, tenant.id, input.version)
      : await getEffectiveVersion(db, tenant.id, input.onDate ?? today());
  if (!row) {
    throw input.version !== undefined
      ? new ApiError("VERSION_NOT_FOUND", {
          id: `Versi konfigurasi ${input.version} tidak ada.`,
          en: `Configuration version ${input.version} does not exist.`,
        })
      : new ApiError("CONFIG_NOT_PUBLISHED", {
          id: "Belum ada konfigurasi yang berlaku untuk kabupaten/kota ini.",
          en: "This regency has no configuration in force yet.",
        });
  }
  return {
    tenant: { slug: tenant.slug, name: tenant.name },
    version: row.version,
    effectiveFrom: row.effectiveFrom,
    contentHash: row.contentHash,
    publishedAt: row.publishedAt.toISOString(),
    publishedBy: row.publishedBy,
    note: row.note,
    config: row.content,
  };
}

/** Every published version of a regency's configuration, newest first. */
export async function listConfigVersions({ ctx }: { ctx: TenantServiceContext }) {
  const rows = await listVersions(ctx.db, ctx.tenant.id);
  return rows.map((row) => ({
    version: row.version,
    effectiveFrom: row.effectiveFrom,
    contentHash: row.contentHash,
    publishedAt: row.publishedAt.toISOString(),
    publishedBy: row.publishedBy,
    note: row.note,
  }));
}
