import type { RegencyConfig } from "@satu-atap/config";
import {
  appendAuditEvent,
  createTenant,
  findTenantBySlug,
  getTenant,
  getVersion,
  saveDraft,
  updateTenant,
  violatedUniqueConstraint,
  withPlatform,
  withTenant,
  type Tenant,
} from "@satu-atap/db";
import type { Actor } from "../http/actor.ts";
import { ApiError } from "../http/errors.ts";
import { auditActorFields } from "./audit-actor.ts";
import type { ServiceContext, TenantServiceContext } from "./context.ts";
import { draftProblems } from "./drafts.ts";

const slugTaken = (slug: string) =>
  new ApiError("CONFLICT", { id: `Slug ${slug} sudah dipakai.`, en: `The slug ${slug} is already taken.` }, [
    { path: "body/slug", message: "Already taken." },
  ]);

const templateNotFound = (slug: string) =>
  new ApiError("TENANT_NOT_FOUND", { id: `Templat ${slug} tidak ditemukan.`, en: `Template ${slug} not found.` });

/** The template's configuration adapted to the new regency: its name and code. */
function adapt(template: unknown, input: { name: string; regencyCode: string }): unknown {
  const content = structuredClone(template) as RegencyConfig;
  content.meta.name = { id: input.name, en: input.name };
  content.meta.regencyCode = input.regencyCode;
  // The template's sub-districts stay (flagged as problems) until the new regency uploads its own.
  content.areas.regency = { code: `${input.regencyCode.slice(0, 2)}.${input.regencyCode.slice(2)}`, name: input.name };
  return content;
}

/**
 * Creates a regency (status onboarding) whose draft is a copy of a template's published
 * configuration (the given version, default the latest), recording the lineage. It has no
 * published version until its admins publish one. Audited in the new regency's chain.
 */
export async function cloneRegency({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { actor: Actor; slug: string; name: string; regencyCode: string; cloneFrom: { tenant: string; version?: number | undefined } };
}) {
  const { actor, slug, name, regencyCode, cloneFrom } = input;
  const template = await findTenantBySlug(ctx.db, cloneFrom.tenant);
  if (!template) throw templateNotFound(cloneFrom.tenant);
  if (!template.isTemplate) {
    throw new ApiError(
      "VALIDATION_FAILED",
      { id: "Kabupaten/kota itu bukan templat.", en: "That regency is not a template." },
      [{ path: "body/cloneFrom/tenant", message: `${cloneFrom.tenant} is not marked as a template.` }],
    );
  }
  // Province level: read the template's versions in the platform scope.
  const version = await withPlatform(ctx.db, (tx) => getVersion(tx, template.id, cloneFrom.version));
  if (!version) {
    throw new ApiError("VERSION_NOT_FOUND", {
      id: `Templat ${template.slug} tidak memiliki versi ${cloneFrom.version ?? "terbit"}.`,
      en: `Template ${template.slug} has no ${cloneFrom.version === undefined ? "published version" : `version ${cloneFrom.version}`}.`,
    });
  }
  if (await findTenantBySlug(ctx.db, slug)) throw slugTaken(slug);
  const content = adapt(version.content, { name, regencyCode });
  // Two clones with the same slug can both pass the check above; the database's unique
  // constraint then refuses the second insert, which gets the same answer as a sequential duplicate.
  return ctx.db.transaction(async (tx) => {
    const tenant = await createTenant(tx, {
      slug,
      name,
      regencyCode,
      status: "onboarding",
      isTemplate: false,
      clonedFromTenantId: template.id,
      clonedFromVersion: version.version,
    }).catch((error: unknown) => {
      throw violatedUniqueConstraint(error) === "tenants_slug_unique" ? slugTaken(slug) : error;
    });
    const draft = await withTenant(tx, tenant.id, async (scoped) => {
      const saved = await saveDraft(scoped, { tenantId: tenant.id, content, updatedBy: actor.userId });
      if (!saved.ok) throw new Error("a new regency's first draft cannot be stale");
      await appendAuditEvent(scoped, {
        tenantId: tenant.id,
        action: "tenant.clone",
        target: `tenant:${tenant.slug}`,
        // `clonedFrom.version` is the only lasting record of the version cloned from (the tenant's
        // lineage column moves with template updates): the province overview reads it here.
        after: { slug, name, regencyCode, clonedFrom: { tenant: template.slug, version: version.version }, contentHash: version.contentHash },
        ...auditActorFields(actor),
      });
      return saved.draft;
    });
    return {
      tenant: summary(tenant, template.slug),
      draft: { revision: draft.revision, problems: draftProblems(draft.content).problems },
    };
  });
}

function summary(tenant: Tenant, templateSlug: string | null) {
  return {
    slug: tenant.slug,
    name: tenant.name,
    regencyCode: tenant.regencyCode,
    status: tenant.status,
    isTemplate: tenant.isTemplate,
    clonedFrom: tenant.clonedFromVersion !== null ? { tenant: templateSlug, version: tenant.clonedFromVersion } : null,
  };
}

/** Marks a regency as a template (or no longer one). Only a regency with a published version can be one. */
export async function setTemplateFlag({ ctx, input }: { ctx: TenantServiceContext; input: { actor: Actor; isTemplate: boolean } }) {
  if (input.isTemplate && !(await getVersion(ctx.db, ctx.tenant.id))) {
    throw new ApiError("CONFLICT", {
      id: "Hanya kabupaten/kota dengan konfigurasi terbit yang dapat menjadi templat.",
      en: "Only a regency with a published configuration can be a template.",
    });
  }
  const before = ctx.tenant.isTemplate;
  const tenant = await updateTenant(ctx.db, ctx.tenant.id, { isTemplate: input.isTemplate });
  await appendAuditEvent(ctx.db, {
    tenantId: tenant.id,
    actorUserId: input.actor.userId,
    actorRole: input.actor.role,
    action: "tenant.update",
    target: `tenant:${tenant.slug}`,
    requestId: input.actor.requestId,
    before: { isTemplate: before },
    after: { isTemplate: tenant.isTemplate },
  });
  const template = tenant.clonedFromTenantId === null ? undefined : await getTenant(ctx.db, tenant.clonedFromTenantId);
  return summary(tenant, template?.slug ?? null);
}

