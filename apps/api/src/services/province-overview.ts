import {
  listDraftSummaries,
  listDraftsOf,
  listFirstAuditEvents,
  listLatestVersions,
  listTenants,
  listVersionSummariesOf,
  withPlatform,
  type ConfigVersionSummary,
  type Tenant,
  type TenantStatus,
} from "@satu-atap/db";
import { timeZoneOf, todayIn } from "./calendar.ts";
import type { ServiceContext } from "./context.ts";
import { countDrift } from "./drift.ts";

/** A regency's lifecycle as the province console shows it: `live` once it has gone active. */
export type OverviewStatus = "onboarding" | "live" | "archived";

/** What a regency's drift measured: its latest published version, or its draft before any. */
export type DriftBasis = "published" | "draft";

const STATUS: Record<TenantStatus, OverviewStatus> = { onboarding: "onboarding", active: "live", archived: "archived" };

function versionView(version: ConfigVersionSummary) {
  return { version: version.version, effectiveFrom: version.effectiveFrom, publishedAt: version.publishedAt.toISOString() };
}

function byTenant<T extends { tenantId: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.tenantId, row]));
}

/** The template version a clone started from, as its `tenant.clone` audit event records it. */
function clonedFromVersionOf(after: unknown): number | null {
  if (typeof after !== "object" || after === null || !("clonedFrom" in after)) return null;
  const { clonedFrom } = after;
  if (typeof clonedFrom !== "object" || clonedFrom === null || !("version" in clonedFrom)) return null;
  return typeof clonedFrom.version === "number" ? clonedFrom.version : null;
}

/**
 * Every regency at a glance for the province: status, the version in force (and a later one
 * waiting for its date), lineage, drift from its template and when it last changed.
 *
 * Drift compares the regency's latest published version (its draft while it has published
 * nothing) with its template's latest published version, outside the sections that are the
 * regency's own (see `countDrift`). It is computed per request: one diff per regency, fine
 * for a province's few dozen regencies (docs/api.md). All reads are set-based (a fixed number
 * of queries, whatever the number of regencies) in the platform scope.
 */
export async function getProvinceOverview({ ctx, input = {} }: { ctx: ServiceContext; input?: { now?: Date } }) {
  const now = input.now ?? new Date();
  return withPlatform(ctx.db, async (db) => {
    const tenants = await listTenants(db);
    const latest = byTenant(await listLatestVersions(db));
    const drafts = byTenant(await listDraftSummaries(db));
    const draftContents = byTenant(await listDraftsOf(db, tenants.filter((t) => !latest.has(t.id)).map((t) => t.id)));

    // Usually the latest version is in force; only a regency whose latest waits for a later
    // date needs its history, to find the one in force today in its own time zone.
    const todayOf = (tenant: Tenant) => todayIn(timeZoneOf(latest.get(tenant.id)?.content ?? draftContents.get(tenant.id)?.content), now);
    const waiting = tenants.filter((t) => {
      const version = latest.get(t.id);
      return version !== undefined && version.effectiveFrom > todayOf(t);
    });
    const histories = await listVersionSummariesOf(db, waiting.map((t) => t.id));

    const clones = tenants.filter((t) => t.clonedFromTenantId !== null);
    const cloneEvents = byTenant(
      (await listFirstAuditEvents(db, clones.map((t) => t.id), "tenant.clone")).flatMap((event) =>
        event.tenantId === null ? [] : [{ tenantId: event.tenantId, after: event.after }],
      ),
    );
    const tenantById = new Map(tenants.map((t) => [t.id, t]));

    const regencies = tenants.map((tenant) => {
      const newest = latest.get(tenant.id);
      const today = todayOf(tenant);
      const inForce =
        newest === undefined || newest.effectiveFrom <= today
          ? newest
          : histories.find((v) => v.tenantId === tenant.id && v.effectiveFrom <= today);
      const draft = drafts.get(tenant.id);

      const syncedVersion = tenant.clonedFromVersion;
      const template = tenant.clonedFromTenantId === null || syncedVersion === null ? undefined : tenantById.get(tenant.clonedFromTenantId);
      const templateVersion = template === undefined ? undefined : latest.get(template.id);
      const basis: DriftBasis | null = newest !== undefined ? "published" : draftContents.has(tenant.id) ? "draft" : null;
      const content = newest?.content ?? draftContents.get(tenant.id)?.content;
      const drift =
        templateVersion === undefined || template === undefined || basis === null
          ? null
          : { paths: countDrift(content, templateVersion.content), comparedWith: { template: template.slug, version: templateVersion.version } };

      const changes = [tenant.createdAt, draft?.updatedAt, newest?.publishedAt].filter((d): d is Date => d !== undefined);
      const lastChangeAt = new Date(Math.max(...changes.map((d) => d.getTime())));

      return {
        slug: tenant.slug,
        name: tenant.name,
        regencyCode: tenant.regencyCode,
        status: STATUS[tenant.status],
        isTemplate: tenant.isTemplate,
        publishedVersion: inForce === undefined ? null : versionView(inForce),
        scheduledVersion: newest !== undefined && newest !== inForce ? versionView(newest) : null,
        template:
          template === undefined || syncedVersion === null
            ? null
            : {
                slug: template.slug,
                name: template.name,
                clonedFromVersion: clonedFromVersionOf(cloneEvents.get(tenant.id)?.after),
                syncedVersion,
              },
        drift,
        driftBasis: drift === null ? null : basis,
        lastChangeAt: lastChangeAt.toISOString(),
      };
    });
    return { regencies, generatedAt: now.toISOString() };
  });
}
