import { getEffectiveVersion, getVersion, listVersions, type ConfigVersionSummary } from "@satu-atap/db";
import { ApiError } from "../http/errors.ts";
import { timeZoneOf, todayIn } from "./calendar.ts";
import type { TenantServiceContext } from "./context.ts";

const notPublished = () =>
  new ApiError("CONFIG_NOT_PUBLISHED", {
    id: "Belum ada konfigurasi yang berlaku untuk kabupaten/kota ini.",
    en: "This regency has no configuration in force yet.",
  });

/**
 * The version in force on a date (default: the day of `now` in the regency's time zone,
 * which the latest version declares). Usually the latest version itself: one query.
 */
export async function versionInForce(ctx: TenantServiceContext, onDate?: string, now?: Date) {
  const latest = await getVersion(ctx.db, ctx.tenant.id);
  if (!latest) return undefined;
  const date = onDate ?? todayIn(timeZoneOf(latest.content), now);
  return latest.effectiveFrom <= date ? latest : getEffectiveVersion(ctx.db, ctx.tenant.id, date);
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
  const { tenant } = ctx;
  const row =
    input.version !== undefined
      ? await getVersion(ctx.db, tenant.id, input.version)
      : await versionInForce(ctx, input.onDate);
  if (!row) {
    throw input.version !== undefined
      ? new ApiError("VERSION_NOT_FOUND", {
          id: `Versi konfigurasi ${input.version} tidak ada.`,
          en: `Configuration version ${input.version} does not exist.`,
        })
      : notPublished();
  }
  return { tenant: { slug: tenant.slug, name: tenant.name }, ...versionSummary(row), config: row.content };
}

/** The public description of a published version, without its content. */
function versionSummary(row: ConfigVersionSummary) {
  return {
    version: row.version,
    effectiveFrom: row.effectiveFrom,
    contentHash: row.contentHash,
    publishedAt: row.publishedAt.toISOString(),
    publishedBy: row.publishedBy,
    note: row.note,
  };
}

/** Every published version of a regency's configuration, newest first. */
export async function listConfigVersions({ ctx }: { ctx: TenantServiceContext }) {
  const rows = await listVersions(ctx.db, ctx.tenant.id);
  return rows.map(versionSummary);
}
