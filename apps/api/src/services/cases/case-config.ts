import type { RegencyConfig, Service } from "@satu-atap/config";
import { getVersion } from "@satu-atap/db";
import { ApiError } from "../../http/errors.ts";
import type { CaseServiceContext } from "../../procedure/transition-case.ts";
import { timeZoneOf, todayIn } from "../calendar.ts";
import { versionInForce } from "../configuration.ts";

/** A published configuration and its version number. */
export interface ConfigInForce {
  version: number;
  config: RegencyConfig;
  /** The regency's time zone (`meta.timezone`). */
  timeZone: string;
}

/**
 * The configuration in force at the request's "now" (the API clock, so a test that moves the
 * clock past a version's `effectiveFrom` sees it). 404 `CONFIG_NOT_PUBLISHED` without one.
 */
export async function configInForce(ctx: CaseServiceContext): Promise<ConfigInForce> {
  const latest = await getVersion(ctx.db, ctx.tenant.id);
  const row = latest === undefined ? undefined : await versionInForce(ctx, todayIn(timeZoneOf(latest.content), ctx.now));
  if (row === undefined) {
    throw new ApiError("CONFIG_NOT_PUBLISHED", {
      id: "Belum ada konfigurasi yang berlaku untuk kabupaten/kota ini.",
      en: "This regency has no configuration in force yet.",
    });
  }
  // Published content was validated before it was stored and versions are immutable.
  const config = row.content as RegencyConfig;
  return { version: row.version, config, timeZone: timeZoneOf(config) };
}

/** An exact published version (the one a case was registered under), or null if gone. */
export async function configVersion(ctx: CaseServiceContext, version: number): Promise<RegencyConfig | null> {
  const row = await getVersion(ctx.db, ctx.tenant.id, version);
  return row === undefined ? null : (row.content as RegencyConfig);
}

/** A service of the configuration by id, or undefined. */
export function serviceOf(config: RegencyConfig, serviceId: string): Service | undefined {
  return config.services.find((s) => s.id === serviceId);
}
