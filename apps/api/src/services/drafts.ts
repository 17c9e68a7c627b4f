import { contentHash, isShapeIssue, validateConfig, type ConfigIssue } from "@satu-atap/config";
import { appendAuditEvent, getDraft, getVersion, publishVersion, saveDraft, updateTenant, type ConfigDraft } from "@satu-atap/db";
import type { Actor } from "../http/actor.ts";
import { staleDraft } from "../http/etag.ts";
import { ApiError, type ErrorIssue } from "../http/errors.ts";
import { auditActorFields } from "./audit-actor.ts";
import { timeZoneOf, todayIn } from "./calendar.ts";
import type { TenantServiceContext } from "./context.ts";
import { applyJsonPatch, type JsonPatchOperation } from "./json-patch.ts";
import { testHouseholdGate, type PublishAcknowledgement, type PublishGate } from "./publish-gate.ts";

export type { PublishAcknowledgement, PublishGate } from "./publish-gate.ts";


/** A problem left in a well-formed draft: a broken reference or a rule error. */
export interface DraftProblem {
  path: string;
  code: string;
  message: string;
  messages: { id: string; en: string };
}

/**
 * The problems of a draft: `shape` when it is not shaped like a configuration (never
 * saved), else the cross-reference and rule problems that remain (saved, listed).
 */
export function draftProblems(content: unknown): { shape: ConfigIssue[]; problems: DraftProblem[] } {
  const result = validateConfig(content);
  if (result.ok) return { shape: [], problems: [] };
  const shape = result.issues.filter(isShapeIssue);
  if (shape.length > 0) return { shape, problems: [] };
  return { shape: [], problems: result.issues.map(({ path, code, message, messages }) => ({ path, code, message, messages })) };
}

function draftNotFound() {
  return new ApiError("NOT_FOUND", { id: "Kabupaten/kota ini belum memiliki draf konfigurasi.", en: "This regency has no configuration draft." });
}

function shapeError(issues: readonly ConfigIssue[], prefix: string): ApiError {
  return new ApiError(
    "VALIDATION_FAILED",
    { id: "Draf tidak berbentuk konfigurasi; tidak ada yang disimpan.", en: "The draft is not shaped like a configuration; nothing was saved." },
    issues.map((issue): ErrorIssue => ({ path: `${prefix}${issue.path}`, message: issue.message })),
  );
}

function view(draft: ConfigDraft) {
  return {
    revision: draft.revision,
    updatedAt: draft.updatedAt.toISOString(),
    updatedBy: draft.updatedBy,
    content: draft.content as Record<string, unknown>,
    problems: draftProblems(draft.content).problems,
  };
}

export type DraftView = ReturnType<typeof view>;

/** The regency's draft with the problems that still keep it from being published. */
export async function getDraftView({ ctx }: { ctx: TenantServiceContext }): Promise<DraftView> {
  const draft = await getDraft(ctx.db, ctx.tenant.id);
  if (!draft) throw draftNotFound();
  return view(draft);
}

/**
 * Saves `content` as the draft if it is shaped like a configuration (else 400, nothing
 * saved) and the caller's revision is still current (else 412). Audited with hashes.
 */
export async function storeDraft(
  ctx: TenantServiceContext,
  actor: Actor,
  previous: ConfigDraft,
  content: unknown,
  action: string,
  shapePrefix: string,
  details: Record<string, unknown> = {},
): Promise<DraftView> {
  const { shape } = draftProblems(content);
  if (shape.length > 0) throw shapeError(shape, shapePrefix);
  const saved = await saveDraft(ctx.db, { tenantId: ctx.tenant.id, content, updatedBy: actor.userId, expectedRevision: previous.revision });
  if (!saved.ok) throw staleDraft();
  await appendAuditEvent(ctx.db, {
    tenantId: ctx.tenant.id,
    action,
    target: "config_draft",
    before: { revision: previous.revision, contentHash: await contentHash(previous.content) },
    after: { revision: saved.draft.revision, contentHash: await contentHash(saved.draft.content) },
    ...auditActorFields(actor, details),
  });
  return view(saved.draft);
}

/** The draft, checked against the caller's If-Match revision (404 without a draft, 412 when stale). */
export async function currentDraft(ctx: TenantServiceContext, expected: number | "any"): Promise<ConfigDraft> {
  const draft = await getDraft(ctx.db, ctx.tenant.id);
  if (!draft) throw draftNotFound();
  if (expected !== "any" && draft.revision !== expected) throw staleDraft();
  return draft;
}

/** Replaces the draft (PUT). */
export async function replaceDraft({
  ctx,
  input,
}: {
  ctx: TenantServiceContext;
  input: { actor: Actor; expectedRevision: number | "any"; content: unknown };
}): Promise<DraftView> {
  const draft = await currentDraft(ctx, input.expectedRevision);
  return storeDraft(ctx, input.actor, draft, input.content, "config.draft_replace", "body");
}

/** Applies an RFC 6902 JSON Patch to the draft (PATCH); a failing operation saves nothing. */
export async function patchDraft({
  ctx,
  input,
}: {
  ctx: TenantServiceContext;
  input: { actor: Actor; expectedRevision: number | "any"; operations: JsonPatchOperation[] };
}): Promise<DraftView> {
  const draft = await currentDraft(ctx, input.expectedRevision);
  const patched = applyJsonPatch(draft.content, input.operations);
  if (!patched.ok) {
    throw new ApiError(
      "VALIDATION_FAILED",
      { id: "Patch tidak dapat diterapkan; tidak ada yang disimpan.", en: "The patch cannot be applied; nothing was saved." },
      [{ path: `body/${patched.index}`, message: patched.message }],
    );
  }
  // Shape problems of the result are located in the patched draft, not in the patch body.
  return storeDraft(ctx, input.actor, draft, patched.document, "config.draft_patch", "draft", {
    paths: input.operations.map((operation) => operation.path),
  });
}

/** The requested effective date (default today in the regency's time zone); never in the past. */
function effectiveDate(content: unknown, requested: string | undefined): string {
  const today = todayIn(timeZoneOf(content));
  if (requested !== undefined && requested < today) {
    throw new ApiError(
      "VALIDATION_FAILED",
      { id: "Tanggal berlaku tidak boleh di masa lalu.", en: "The effective date cannot be in the past." },
      [{ path: "body/effectiveFrom", message: `Must be ${today} or later.` }],
    );
  }
  return requested ?? today;
}

async function publish(
  ctx: TenantServiceContext,
  actor: Actor,
  content: unknown,
  input: { note: string; effectiveFrom?: string | undefined },
  audit: { action: string; details: Record<string, unknown> },
) {
  const effectiveFrom = effectiveDate(content, input.effectiveFrom);
  const hash = await contentHash(content);
  const version = await publishVersion(ctx.db, {
    tenantId: ctx.tenant.id,
    content,
    contentHash: hash,
    effectiveFrom,
    publishedBy: actor.userId,
    note: input.note,
  });
  // A regency goes live with its first published configuration.
  if (ctx.tenant.status === "onboarding") await updateTenant(ctx.db, ctx.tenant.id, { status: "active" });
  await appendAuditEvent(ctx.db, {
    tenantId: ctx.tenant.id,
    actorUserId: actor.userId,
    actorRole: actor.role,
    action: audit.action,
    target: `config_version:${version.version}`,
    requestId: actor.requestId,
    after: { version: version.version, contentHash: hash, effectiveFrom },
    details: { note: input.note, ...audit.details },
  });
  return {
    version: version.version,
    effectiveFrom: version.effectiveFrom,
    contentHash: version.contentHash,
    publishedAt: version.publishedAt.toISOString(),
    publishedBy: version.publishedBy,
    note: version.note,
  };
}

/**
 * Publishes the draft the caller read (If-Match) as the next immutable version, if it has
 * no problems left (else 422 with every problem) and the publish gate lets it through
 * (by default: test households pass, changed outcomes acknowledged).
 */
export async function publishDraft({
  ctx,
  input,
  gate = testHouseholdGate,
}: {
  ctx: TenantServiceContext;
  input: {
    actor: Actor;
    expectedRevision: number | "any";
    note: string;
    effectiveFrom?: string | undefined;
    acknowledgement?: PublishAcknowledgement | undefined;
  };
  gate?: PublishGate;
}) {
  const draft = await currentDraft(ctx, input.expectedRevision);
  effectiveDate(draft.content, input.effectiveFrom);
  const result = validateConfig(draft.content);
  if (!result.ok) {
    throw new ApiError(
      "INVALID_CONFIGURATION",
      { id: "Draf masih bermasalah; perbaiki dulu sebelum menerbitkan.", en: "The draft still has problems; fix them before publishing." },
      result.issues.map((issue) => ({ path: `draft${issue.path}`, message: issue.message })),
    );
  }
  const checked = await gate({ ctx, config: result.config, acknowledgement: input.acknowledgement ?? {} });
  return publish(ctx, input.actor, result.config, input, {
    action: "config.publish",
    details: { draftRevision: draft.revision, ...checked.details },
  });
}

/** Publishes an older version's content again as a new version (the draft is left as it is). */
export async function rollbackToVersion({
  ctx,
  input,
}: {
  ctx: TenantServiceContext;
  input: { actor: Actor; version: number; note: string; effectiveFrom?: string | undefined };
}) {
  const old = await getVersion(ctx.db, ctx.tenant.id, input.version);
  if (!old) {
    throw new ApiError("VERSION_NOT_FOUND", {
      id: `Versi konfigurasi ${input.version} tidak ada.`,
      en: `Configuration version ${input.version} does not exist.`,
    });
  }
  return publish(ctx, input.actor, old.content, input, { action: "config.rollback", details: { rolledBackTo: input.version } });
}
