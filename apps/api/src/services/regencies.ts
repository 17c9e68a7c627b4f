import { contentHash, type RegencyConfig } from "@satu-atap/config";
import { createTenant, publishVersion, replaceAreas, saveDraft, type Db } from "@satu-atap/db";
import { areaRowsFromConfig } from "./areas.ts";
import { today } from "./configuration.ts";

/**
 * Creates a regency running on a valid configuration: the tenant, its draft,
 * published version 1 and its areas, in one transaction (all or nothing).
 * The caller validates `config` first.
 */
export async function createRegency({
  db,
  slug,
  config,
  isTemplate,
  actor,
  note,
}: {
  db: Db;
  slug: string;
  config: RegencyConfig;
  isTemplate: boolean;
  actor: string;
  note: string;
}) {
  const hash = await contentHash(config);
  return db.transaction(async (tx) => {
    const tenant = await createTenant(tx, {
      slug,
      name: config.meta.name.id,
      regencyCode: config.meta.regencyCode,
      status: "active",
      isTemplate,
    });
    await saveDraft(tx, { tenantId: tenant.id, content: config, updatedBy: actor });
    const version = await publishVersion(tx, {
      tenantId: tenant.id,
      content: config,
      contentHash: hash,
      effectiveFrom: today(),
      publishedBy: actor,
      note,
    });
    await replaceAreas(tx, tenant.id, areaRowsFromConfig(config));
    return { tenant, version };
  });
}
