import type { RegencyConfig, Service } from "@satu-atap/config";
import { getVersion } from "@satu-atap/db";
import { ApiError } from "../../http/errors.ts";
import type { CaseServiceContext } from "../../procedure/transition-case.ts";
import type { TenantServiceContext } from "../context.ts";
import { timeZoneOf, todayIn } from "../calendar.ts";
import { versionInForce } from "../configuration.ts";

/** A published configuration, its version number and the request's day in the regency. */
export interface ConfigInForce {
  version: number;
  config: RegencyConfig;
  /** The regency's time zone (`meta.timezone`). */
  timeZone: string;
  /** The day of `now` in that time zone (`YYYY-MM-DD`): "today" for rules and validity. */
  today: string;
}

/**
 * The configuration in force at `now` (the API clock, so a test that moves the clock past a
 * version's `effectiveFrom` sees it). 404 `CONFIG_NOT_PUBLISHED` without one.
 */
export async function configInForce(ctx: TenantServiceContext, now: Date): Promise<ConfigInForce> {
  const row = await versionInForce(ctx, undefined, now);
  if (row === undefined) {
    throw new ApiError("CONFIG_NOT_PUBLISHED", {
      id: "Belum ada konfigurasi yang berlaku untuk kabupaten/kota ini.",
      en: "This regency has no configuration in force yet.",
    });
  }
  // Published content was validated before it was stored and versions are immutable.
  const config = row.content as RegencyConfig;
  const timeZone = timeZoneOf(config);
  return { version: row.version, config, timeZone, today: todayIn(timeZone, now) };
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
