import { canonicalJson, contentHash, exportFileName, readExport, wrapExport, type ConfigExport } from "@satu-atap/config";
import { appendAuditEvent, getDraft } from "@satu-atap/db";
import type { Actor } from "../http/actor.ts";
import { ApiError } from "../http/errors.ts";
import { auditActorFields } from "./audit-actor.ts";
import { getPublishedConfig } from "./configuration.ts";
import type { TenantServiceContext } from "./context.ts";
import { currentDraft, storeDraft, type DraftView } from "./drafts.ts";

/** Which configuration to export: a published version, the draft, or (undefined) the version in force. */
export type ExportedSide = number | "draft" | undefined;

/**
 * The regency's configuration as an export document (see `wrapExport`), with the file name
 * to offer it under. Changes nothing, but is audited as `config.export` (docs/security.md:
 * every export is recorded), with the version and content hash that left.
 */
export async function exportConfig({
  ctx,
  input,
}: {
  ctx: TenantServiceContext;
  input: { actor: Actor; version: ExportedSide; schemaUrl: string };
}): Promise<{ document: ConfigExport & { $schema: string }; fileName: string }> {
  const { tenant } = ctx;
  let content: unknown;
  let version: number | "draft";
  if (input.version === "draft") {
    const draft = await getDraft(ctx.db, tenant.id);
    if (!draft) throw new ApiError("NOT_FOUND", { id: "Kabupaten/kota ini belum memiliki draf konfigurasi.", en: "This regency has no configuration draft." });
    content = draft.content;
    version = "draft";
  } else {
    const published = await getPublishedConfig({ ctx, input: { version: input.version } });
    content = published.config;
    version = published.version;
  }
  const document = await wrapExport({ config: content, tenant: tenant.slug, version, schemaUrl: input.schemaUrl });
  await appendAuditEvent(ctx.db, {
    tenantId: tenant.id,
    action: "config.export",
    target: version === "draft" ? "config_draft" : `config_version:${version}`,
    ...auditActorFields(input.actor, { version, contentHash: document.source.contentHash }),
  });
  return { document, fileName: exportFileName(document.source) };
}

/**
 * What says which regency a configuration is for. An import never takes these from the file:
 * the target keeps its own name, codes, province, time zone and areas (sub-districts and
 * villages, which have their own upload), so that a configuration copied from another
 * regency cannot turn this one into that one.
 */
const IDENTITY_PATHS = [["meta", "name"], ["meta", "regencyCode"], ["meta", "province"], ["meta", "timezone"], ["areas"]] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The imported configuration with the target's identity fields put back, and the JSON
 * Pointers of those the file had set differently.
 */
function keepIdentity(imported: Record<string, unknown>, target: unknown): { content: Record<string, unknown>; kept: string[] } {
  const content = structuredClone(imported);
  const kept: string[] = [];
  for (const path of IDENTITY_PATHS) {
    const keys = [...path];
    const last = keys.pop() as string;
    let into: unknown = content;
    let from: unknown = target;
    for (const key of keys) {
      into = isObject(into) ? into[key] : undefined;
      from = isObject(from) ? from[key] : undefined;
    }
    // Where the file is not even shaped like a configuration, the shape check reports it.
    if (!isObject(into) || !isObject(from) || !(last in from)) continue;
    const ours = from[last];
    if (last in into && canonicalJson(into[last]) === canonicalJson(ours)) continue;
    kept.push(`/${path.join("/")}`);
    into[last] = structuredClone(ours);
  }
  return { content, kept };
}

/** The draft after an import, with what the import did. */
export type ImportedDraft = DraftView & {
  imported: { source: ConfigExport["source"]; exportedAt: string; editedSinceExport: boolean; identityKept: string[] };
};

/**
 * Imports an export document into the regency's draft (the caller's revision must still be
 * current, or `"any"`): the envelope is checked first (wrong format or version → 400, nothing
 * saved), then the configuration with the target's identity kept is stored like a PUT of the
 * draft (not shaped like a configuration → 400, nothing saved; other problems saved and
 * listed). Audited as `config.import` with before/after hashes and the file's origin.
 * `pathPrefix` says where issue paths point: `body` over HTTP, nothing for a file.
 */
export async function importConfig({
  ctx,
  input,
}: {
  ctx: TenantServiceContext;
  input: { actor: Actor; expectedRevision: number | "any"; document: unknown; pathPrefix: string };
}): Promise<ImportedDraft> {
  const draft = await currentDraft(ctx, input.expectedRevision);
  const read = readExport(input.document);
  if (!read.ok) {
    throw new ApiError(
      "VALIDATION_FAILED",
      {
        id: "Ini bukan ekspor konfigurasi Satu Atap yang dapat dibaca; tidak ada yang diimpor.",
        en: "This is not a readable Satu Atap configuration export; nothing was imported.",
      },
      read.issues.map((issue) => ({ path: `${input.pathPrefix}${issue.path}`, message: issue.message })),
    );
  }
  const { source, exportedAt, config } = read.document;
  // An export edited by hand no longer matches its hash: allowed, but worth recording.
  const editedSinceExport = (await contentHash(config)) !== source.contentHash;
  const { content, kept } = keepIdentity(config, draft.content);
  const view = await storeDraft(ctx, input.actor, draft, content, "config.import", `${input.pathPrefix}/config`, {
    source,
    exportedAt,
    formatVersion: read.document.formatVersion,
    editedSinceExport,
    identityKept: kept,
  });
  return { ...view, imported: { source, exportedAt, editedSinceExport, identityKept: kept } };
}
