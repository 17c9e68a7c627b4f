import { contentHash, type RegencyConfig } from "@satu-atap/config";
import { createTenant, publishVersion, replaceAreas, saveDraft, withTenant } from "@satu-atap/db";
import { areaRowsFromConfig } from "./areas.ts";
import { todayIn } from "./calendar.ts";
import type { ServiceContext } from "./context.ts";

/**
 * Creates a regency running on a valid configuration: the tenant, its draft,
 * published version 1 and its areas, in one transaction (all or nothing).
 * The caller validates `config` first.
 */
export async function createRegency({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { slug: string; config: RegencyConfig; isTemplate: boolean; actor: string; note: string };
}) {
  const { slug, config, isTemplate, actor, note } = input;
  const hash = await contentHash(config);
  return ctx.db.transaction(async (tx) => {
    const tenant = await createTenant(tx, {
      slug,
      name: config.meta.name.id,
      regencyCode: config.meta.regencyCode,
      status: "active",
      isTemplate,
    });
    // The regency's own rows are under row-level security: write them in its scope.
    const version = await withTenant(tx, tenant.id, async (scoped) => {
      await saveDraft(scoped, { tenantId: tenant.id, content: config, updatedBy: actor });
      const published = await publishVersion(scoped, {
        tenantId: tenant.id,
        content: config,
        contentHash: hash,
        effectiveFrom: todayIn(config.meta.timezone),
        publishedBy: actor,
        note,
      });
      await replaceAreas(scoped, tenant.id, areaRowsFromConfig(config));
      return published;
    });
    return { tenant, version };
  });
}
