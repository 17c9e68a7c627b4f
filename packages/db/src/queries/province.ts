import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { auditEvents, configDrafts, configVersions, tenants, type AuditEvent, type ConfigDraft } from "../schema/index.ts";
import { withPlatform } from "../scope.ts";
import { versionSummaryColumns, type ConfigVersionSummary } from "./configuration.ts";

// Reads across every regency for the province console. Province level by nature, so each
// runs in the platform scope itself (row-level security would otherwise hide every tenant's
// rows from the application role): read-only, a savepoint inside a caller's transaction,
// and the caller's scope is restored. Callers gate them by role. Each is one query
// whatever the number of regencies (set-based, no query per row).

/** A draft without its (large) content. */
export type ConfigDraftSummary = Omit<ConfigDraft, "content">;

/**
 * Every tenant's highest-numbered published version, with its content (one row per tenant
 * that has published anything).
 *
 * @example
 * const latest = new Map((await listLatestVersions(db)).map((v) => [v.tenantId, v]));
 */
export async function listLatestVersions(db: Db) {
  return withPlatform(db, (tx) =>
    tx
      .selectDistinctOn([configVersions.tenantId])
      .from(configVersions)
      .orderBy(configVersions.tenantId, desc(configVersions.version)),
  );
}

/**
 * The published versions of the given tenants, without content, newest first within each
 * tenant (e.g. to find the version in force when the latest one takes effect later).
 *
 * @example
 * const history = await listVersionSummariesOf(db, [tenantA.id, tenantB.id]);
 */
export async function listVersionSummariesOf(db: Db, tenantIds: readonly string[]): Promise<ConfigVersionSummary[]> {
  if (tenantIds.length === 0) return [];
  return withPlatform(db, (tx) =>
    tx
      .select(versionSummaryColumns)
      .from(configVersions)
      .where(inArray(configVersions.tenantId, [...tenantIds]))
      .orderBy(configVersions.tenantId, desc(configVersions.version)),
  );
}

/**
 * Every tenant's draft without its content: revision, author and time of the last save.
 *
 * @example
 * const lastEdit = new Map((await listDraftSummaries(db)).map((d) => [d.tenantId, d.updatedAt]));
 */
export async function listDraftSummaries(db: Db): Promise<ConfigDraftSummary[]> {
  return withPlatform(db, (tx) =>
    tx
      .select({
        tenantId: configDrafts.tenantId,
        revision: configDrafts.revision,
        updatedBy: configDrafts.updatedBy,
        updatedAt: configDrafts.updatedAt,
      })
      .from(configDrafts),
  );
}

/**
 * The drafts of the given tenants, with their content.
 *
 * @example
 * const drafts = await listDraftsOf(db, neverPublished.map((t) => t.id));
 */
export async function listDraftsOf(db: Db, tenantIds: readonly string[]): Promise<ConfigDraft[]> {
  if (tenantIds.length === 0) return [];
  return withPlatform(db, (tx) => tx.select().from(configDrafts).where(inArray(configDrafts.tenantId, [...tenantIds])));
}

/**
 * For each of the given tenants, the first event of `action` in its audit chain (if any),
 * e.g. the `tenant.clone` event that records the template version a regency started from
 * (its lineage column moves on when it syncs with later template versions). One lateral
 * lookup per tenant on the chain's (tenant, time) index: it stops at the first match, which
 * for a clone is the chain's very first event.
 *
 * @example
 * const clones = await listFirstAuditEvents(db, clonedTenantIds, "tenant.clone");
 */
export async function listFirstAuditEvents(db: Db, tenantIds: readonly string[], action: string): Promise<AuditEvent[]> {
  if (tenantIds.length === 0) return [];
  return withPlatform(db, async (tx) => {
    const first = tx
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, tenants.id), eq(auditEvents.action, action)))
      .orderBy(asc(auditEvents.at))
      .limit(1)
      .as("first_event");
    const rows = await tx
      .select()
      .from(tenants)
      .innerJoinLateral(first, sql`true`)
      .where(inArray(tenants.id, [...tenantIds]));
    return rows.map((row) => row.first_event);
  });
}
