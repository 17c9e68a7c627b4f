import { randomUUID } from "node:crypto";
import { readConfigSource } from "@satu-atap/config/node";
import { validateConfig, type RegencyConfig } from "@satu-atap/config";
import type { Db } from "@satu-atap/db";
import { tenantsDir } from "../../src/paths.ts";
import { createRegency } from "../../src/services/regencies.ts";
import { join } from "node:path";

/** A unique slug per call, so tests never share fixed ids. */
export function uniqueSlug(prefix = "kab"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** The template configuration shipped in tenants/<slug>, validated. */
export async function templateConfig(slug = "sragen"): Promise<RegencyConfig> {
  const source = await readConfigSource(join(tenantsDir, slug));
  if (!source.ok) throw new Error(`tenants/${slug} unreadable: ${JSON.stringify(source.issues)}`);
  const result = validateConfig(source.value);
  if (!result.ok) throw new Error(`tenants/${slug} invalid: ${JSON.stringify(result.issues)}`);
  return result.config;
}

/**
 * A second regency for isolation tests: the template's configuration with a
 * different name and one service fewer, so its answers are distinguishable.
 */
export async function createOtherRegency(db: Db, overrides: { name?: string } = {}) {
  const base = await templateConfig();
  const config: RegencyConfig = structuredClone(base);
  config.meta.name = { id: overrides.name ?? "Kabupaten Uji", en: overrides.name ?? "Test Regency" };
  config.services = config.services.slice(1);
  const slug = uniqueSlug();
  const { tenant } = await createRegency({ ctx: { db }, input: { slug, config, isTemplate: false, actor: "test", note: "test regency" } });
  return { tenant, config };
}
