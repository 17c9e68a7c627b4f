import { RegencyConfigSchema } from "@satu-atap/config";
import { appendAuditEvent, getDraft, replaceAreas, saveDraft } from "@satu-atap/db";
import type { Actor } from "../http/actor.ts";
import { staleDraft } from "../http/etag.ts";
import { ApiError, type ErrorIssue } from "../http/errors.ts";
import { areaRowsFromConfig, areaUploadProblems, subdistrictsFromCsv, type UploadedSubdistrict } from "./areas.ts";
import type { TenantServiceContext } from "./context.ts";

/** An area upload: the JSON tree, or CSV text with `code,name,parent`. */
export type AreaUpload = { kind: "json"; subdistricts: UploadedSubdistrict[] } | { kind: "csv"; text: string };

const invalidAreas = (issues: ErrorIssue[]) =>
  new ApiError("VALIDATION_FAILED", { id: "Wilayah tidak valid; tidak ada yang diubah.", en: "The areas are not valid; nothing was changed." }, issues);

function counts(subdistricts: ReadonlyArray<{ villages?: readonly unknown[] | undefined }>) {
  return { subdistricts: subdistricts.length, villages: subdistricts.reduce((n, s) => n + (s.villages?.length ?? 0), 0) };
}

/**
 * Replaces the regency's sub-districts and villages, all or nothing: in the draft's
 * configuration and in the areas table, in the request's transaction. Every problem of
 * the upload is reported at once (400) and nothing changes. Audited with counts.
 */
export async function replaceRegencyAreas({ ctx, input }: { ctx: TenantServiceContext; input: { actor: Actor; upload: AreaUpload } }) {
  const draft = await getDraft(ctx.db, ctx.tenant.id);
  // Drafts are only ever saved shaped like a configuration; the parse narrows the type.
  const parsed = RegencyConfigSchema.safeParse(draft?.content);
  if (!draft || !parsed.success) {
    throw new ApiError("NOT_FOUND", { id: "Kabupaten/kota ini belum memiliki draf konfigurasi.", en: "This regency has no configuration draft." });
  }
  const config = parsed.data;
  const regencyCode = config.areas.regency.code;
  let subdistricts: UploadedSubdistrict[];
  if (input.upload.kind === "csv") {
    const read = subdistrictsFromCsv(input.upload.text, regencyCode);
    if (!read.ok) throw invalidAreas(read.problems);
    subdistricts = read.subdistricts;
  } else subdistricts = input.upload.subdistricts;
  const problems = areaUploadProblems(regencyCode, subdistricts);
  if (problems.length > 0) throw invalidAreas(problems);

  const before = counts(config.areas.subdistricts);
  const next = { ...config, areas: { ...config.areas, subdistricts } };
  const saved = await saveDraft(ctx.db, { tenantId: ctx.tenant.id, content: next, updatedBy: input.actor.userId, expectedRevision: draft.revision });
  if (!saved.ok) throw staleDraft();
  await replaceAreas(ctx.db, ctx.tenant.id, areaRowsFromConfig(next));
  const after = counts(subdistricts);
  await appendAuditEvent(ctx.db, {
    tenantId: ctx.tenant.id,
    actorUserId: input.actor.userId,
    actorRole: input.actor.role,
    action: "areas.replace",
    target: "areas",
    requestId: input.actor.requestId,
    before,
    after,
    details: { format: input.upload.kind, draftRevision: saved.draft.revision },
  });
  return { ...after, revision: saved.draft.revision };
}
