import { isRegencyOwnPath } from "./drift.ts";
import { applyUpstream, threeWayMerge } from "@satu-atap/config";
import { appendAuditEvent, getTenant, getVersion, updateTenant, withTenant, type ConfigVersion, type Tenant } from "@satu-atap/db";
import type { Actor } from "../http/actor.ts";
import { ApiError } from "../http/errors.ts";
import type { TenantServiceContext } from "./context.ts";
import { currentDraft, storeDraft, type DraftView } from "./drafts.ts";

/** The three sides of a template update: base (the sync point), upstream (template now), local (the draft). */
interface UpstreamSides {
  template: Tenant;
  base: ConfigVersion;
  upstream: ConfigVersion;
}

function noTemplate(): ApiError {
  return new ApiError("NO_TEMPLATE", {
    id: "Kabupaten/kota ini tidak diklon dari templat, jadi tidak ada pembaruan templat.",
    en: "This regency was not cloned from a template, so there are no template updates.",
  });
}

/**
 * The template this regency was cloned from, its version at the sync point (the version
 * cloned from or last synced with) and its latest published version. The template's
 * versions are read in the template's own scope, nested in the request's transaction.
 */
async function upstreamSides(ctx: TenantServiceContext): Promise<UpstreamSides> {
  const { clonedFromTenantId, clonedFromVersion } = ctx.tenant;
  if (clonedFromTenantId === null || clonedFromVersion === null) throw noTemplate();
  const template = await getTenant(ctx.db, clonedFromTenantId);
  if (!template) throw noTemplate();
  const [base, upstream] = await withTenant(ctx.db, template.id, async (tx) => [
    await getVersion(tx, template.id, clonedFromVersion),
    await getVersion(tx, template.id),
  ]);
  if (!base || !upstream) {
    throw new ApiError("VERSION_NOT_FOUND", {
      id: `Templat ${template.slug} tidak memiliki versi ${clonedFromVersion}.`,
      en: `Template ${template.slug} has no version ${clonedFromVersion}.`,
    });
  }
  return { template, base, upstream };
}

function templateSummary(sides: UpstreamSides) {
  return { slug: sides.template.slug, baseVersion: sides.base.version, upstreamVersion: sides.upstream.version };
}

/**
 * What the template changed since the sync point, as a three-way comparison with the
 * regency's draft: every path applies-cleanly, conflict, same-change or local-only.
 */
export async function getUpstreamComparison({ ctx }: { ctx: TenantServiceContext }) {
  const sides = await upstreamSides(ctx);
  const draft = await currentDraft(ctx, "any");
  const { entries } = threeWayMerge(sides.base.content, sides.upstream.content, draft.content);
  // A clone's own name, codes, areas and test-household villages differ from the template by
  // nature; listing them as local changes buries the template's real updates (dozens of
  // entries on every clone). Template changes in those sections are still listed.
  const shown = entries.filter((entry) => entry.status !== "local-only" || !isRegencyOwnPath(entry.idPath));
  return {
    template: templateSummary(sides),
    draftRevision: draft.revision,
    entries: shown.map((entry) => ({ ...entry, label: { id: entry.label.id, en: entry.label.en } })),
    ownLocalChangesOmitted: entries.length - shown.length,
  };
}

/**
 * Merges the chosen upstream paths into the draft (If-Match), saves it, and records the
 * template's latest version as the new sync point: upstream changes not chosen are thereby
 * declined (they show as local differences afterwards). Refused paths are listed; when no
 * path applies, nothing is saved and nothing synced (400, every refused path listed).
 */
export async function applyTemplateUpdates({
  ctx,
  input,
}: {
  ctx: TenantServiceContext;
  input: { actor: Actor; expectedRevision: number | "any"; paths: string[] };
}): Promise<{ applied: string[]; refused: Array<{ idPath: string; reason: string }>; template: ReturnType<typeof templateSummary>; draft: DraftView }> {
  const sides = await upstreamSides(ctx);
  const draft = await currentDraft(ctx, input.expectedRevision);
  const merged = applyUpstream(sides.base.content, sides.upstream.content, draft.content, input.paths);
  if (merged.applied.length === 0) {
    throw new ApiError(
      "VALIDATION_FAILED",
      { id: "Tidak ada jalur yang dapat diterapkan; tidak ada yang disimpan.", en: "None of the paths can be applied; nothing was saved." },
      merged.refused.map((refusal) => ({ path: `body/paths/${input.paths.indexOf(refusal.idPath)}`, message: `${refusal.idPath}: ${refusal.reason}` })),
    );
  }
  const saved = await storeDraft(ctx, input.actor, draft, merged.result, "config.upstream_apply", "draft", {
    template: sides.template.slug,
    fromVersion: sides.base.version,
    toVersion: sides.upstream.version,
    applied: merged.applied,
    refused: merged.refused,
  });
  await updateTenant(ctx.db, ctx.tenant.id, { clonedFromVersion: sides.upstream.version });
  return {
    applied: merged.applied,
    refused: merged.refused.map(({ idPath, reason }) => ({ idPath, reason })),
    template: { ...templateSummary(sides), baseVersion: sides.upstream.version },
    draft: saved,
  };
}
