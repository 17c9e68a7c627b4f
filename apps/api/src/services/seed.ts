import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { validateConfig } from "@satu-atap/config";
import { readConfigSource } from "@satu-atap/config/node";
import { findTenantBySlug, listTenants, TENANT_SLUG_PATTERN } from "@satu-atap/db";
import type { ServiceContext } from "./context.ts";
import { createRegency } from "./regencies.ts";

/** Who the seed acts as, in authorship columns. */
const SEED_ACTOR = "system:seed";

export class SeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SeedError";
  }
}

/** The template folders under `tenantsDir`: each sub-folder is one regency, named by its slug. */
export async function listTemplateFolders(tenantsDir: string): Promise<string[]> {
  const entries = await readdir(tenantsDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && TENANT_SLUG_PATTERN.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/**
 * Creates one template regency from its folder: the tenant, its draft, published
 * version 1 and its areas, in one transaction (all or nothing).
 * An invalid folder is refused with every problem listed.
 */
export async function seedTemplate({ ctx, input }: { ctx: ServiceContext; input: { tenantsDir: string; slug: string } }) {
  const { tenantsDir, slug } = input;
  const source = await readConfigSource(join(tenantsDir, slug));
  const result = source.ok ? validateConfig(source.value) : source;
  if (!result.ok) {
    const lines = result.issues.map((issue) => `  ${issue.path || "/"}: ${issue.message}`);
    throw new SeedError(`tenants/${slug} is not a valid configuration:\n${lines.join("\n")}`);
  }
  return createRegency({
    ctx,
    input: { slug, config: result.config, isTemplate: true, actor: SEED_ACTOR, note: `Template seeded from tenants/${slug}` },
  });
}

/** Seeds every template folder whose regency does not exist yet. Returns the slugs seeded. */
export async function seedMissingTemplates({ ctx, input }: { ctx: ServiceContext; input: { tenantsDir: string } }): Promise<string[]> {
  const seeded: string[] = [];
  for (const slug of await listTemplateFolders(input.tenantsDir)) {
    if (await findTenantBySlug(ctx.db, slug)) continue;
    await seedTemplate({ ctx, input: { tenantsDir: input.tenantsDir, slug } });
    seeded.push(slug);
  }
  return seeded;
}

/** First start: seeds the templates only when the database has no regency at all. */
export async function seedTemplatesIfEmpty({ ctx, input }: { ctx: ServiceContext; input: { tenantsDir: string } }): Promise<string[]> {
  const existing = await listTenants(ctx.db);
  if (existing.length > 0) return [];
  return seedMissingTemplates({ ctx, input });
}
