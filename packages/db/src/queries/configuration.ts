import { and, desc, eq, lte, max, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { configDrafts, configVersions, tenants, type ConfigDraft, type ConfigVersion } from "../schema/index.ts";

/** Result of {@link saveDraft}: the saved draft, or the newer draft that won. */
export type SaveDraftResult = { ok: true; draft: ConfigDraft } | { ok: false; reason: "stale"; current: ConfigDraft };

/** A published version without its (large) content, for listings. */
export type ConfigVersionSummary = Omit<ConfigVersion, "content">;

/** The columns of a published version but its content: select them for a `ConfigVersionSummary`. */
export const versionSummaryColumns = {
  id: configVersions.id,
  tenantId: configVersions.tenantId,
  version: configVersions.version,
  contentHash: configVersions.contentHash,
  effectiveFrom: configVersions.effectiveFrom,
  publishedBy: configVersions.publishedBy,
  note: configVersions.note,
  publishedAt: configVersions.publishedAt,
};

/**
 * The tenant's editable draft, if one was ever saved.
 *
 * @example
 * const draft = await getDraft(db, ctx.tenant.id); // draft?.revision backs the ETag
 */
export async function getDraft(db: Db, tenantId: string): Promise<ConfigDraft | undefined> {
  const [draft] = await db.select().from(configDrafts).where(eq(configDrafts.tenantId, tenantId)).limit(1);
  return draft;
}

/**
 * Saves the tenant's draft with optimistic concurrency. With `expectedRevision`
 * (the client's If-Match) the update happens only if the stored revision still
 * matches, in one atomic `UPDATE … WHERE revision = $expected`; otherwise the
 * answer is `stale` with the current draft. Without it, the draft is
 * overwritten. Either way the revision grows by one; the first save (nothing to
 * overwrite, so `expectedRevision` is not checked) creates revision 1.
 *
 * @example
 * const result = await saveDraft(db, { tenantId, content, updatedBy: actor.id, expectedRevision: 3 });
 * if (!result.ok) throw new PreconditionFailed(result.current.revision);
 */
export async function saveDraft(
  db: Db,
  input: { tenantId: string; content: unknown; updatedBy: string; expectedRevision?: number },
): Promise<SaveDraftResult> {
  const { tenantId, content, updatedBy, expectedRevision } = input;
  const changes = {
    content,
    updatedBy,
    revision: sql`${configDrafts.revision} + 1`,
    updatedAt: sql`now()`,
  };

  if (expectedRevision === undefined) {
    const [draft] = await db
      .insert(configDrafts)
      .values({ tenantId, content, updatedBy, revision: 1 })
      .onConflictDoUpdate({ target: configDrafts.tenantId, set: changes })
      .returning();
    return { ok: true, draft: required(draft, "upsert into config_drafts") };
  }

  const [updated] = await db
    .update(configDrafts)
    .set(changes)
    .where(and(eq(configDrafts.tenantId, tenantId), eq(configDrafts.revision, expectedRevision)))
    .returning();
  if (updated !== undefined) return { ok: true, draft: updated };

  const current = await getDraft(db, tenantId);
  if (current !== undefined) return { ok: false, reason: "stale", current };

  // No draft yet: create it, unless a concurrent first save got there first.
  const [created] = await db
    .insert(configDrafts)
    .values({ tenantId, content, updatedBy, revision: 1 })
    .onConflictDoNothing({ target: configDrafts.tenantId })
    .returning();
  if (created !== undefined) return { ok: true, draft: created };
  return { ok: false, reason: "stale", current: required(await getDraft(db, tenantId), "config_drafts row") };
}

/**
 * Publishes an immutable version numbered max + 1 for the tenant. The tenant
 * row is locked (`FOR NO KEY UPDATE`: serialises publishes of one tenant, yet
 * lets other transactions keep inserting rows that reference the tenant) so
 * concurrent publishes get distinct, gap-free numbers. Runs in a transaction,
 * or in a savepoint when `db` already is one.
 *
 * @example
 * const v = await publishVersion(db, { tenantId, content, contentHash, effectiveFrom: "2025-01-01", publishedBy: actor.id, note: "Tier quotas 2025" });
 */
export async function publishVersion(
  db: Db,
  input: {
    tenantId: string;
    content: unknown;
    contentHash: string;
    effectiveFrom: string;
    publishedBy: string;
    note: string;
  },
): Promise<ConfigVersion> {
  return db.transaction(async (tx) => {
    const locked = await tx
      .select({ id: tenants.id })
      .from(tenants)
      .where(eq(tenants.id, input.tenantId))
      .for("no key update");
    if (locked.length === 0) throw new Error(`tenant ${input.tenantId} does not exist`);

    const [latest] = await tx
      .select({ version: max(configVersions.version) })
      .from(configVersions)
      .where(eq(configVersions.tenantId, input.tenantId));
    const version = (latest?.version ?? 0) + 1;

    const [published] = await tx
      .insert(configVersions)
      .values({
        tenantId: input.tenantId,
        version,
        content: input.content,
        contentHash: input.contentHash,
        effectiveFrom: input.effectiveFrom,
        publishedBy: input.publishedBy,
        note: input.note,
      })
      .returning();
    return required(published, "insert into config_versions");
  });
}

/**
 * A published version of the tenant: the given number, or (without one) the
 * highest number, whatever its effective date. See {@link getEffectiveVersion}
 * for "the version in force on a date".
 *
 * @example
 * const latest = await getVersion(db, tenantId);
 * const v2 = await getVersion(db, tenantId, 2);
 */
export async function getVersion(db: Db, tenantId: string, version?: number): Promise<ConfigVersion | undefined> {
  const query = db.select().from(configVersions);
  const [found] =
    version === undefined
      ? await query
          .where(eq(configVersions.tenantId, tenantId))
          .orderBy(desc(configVersions.version))
          .limit(1)
      : await query
          .where(and(eq(configVersions.tenantId, tenantId), eq(configVersions.version, version)))
          .limit(1);
  return found;
}

/**
 * The version in force on `onDate` (`YYYY-MM-DD`): the highest-numbered version
 * whose `effectiveFrom` is on or before that date. A later-numbered version with
 * a future date does not hide an earlier one until its date arrives.
 *
 * @example
 * const inForce = await getEffectiveVersion(db, tenantId, "2025-03-01");
 */
export async function getEffectiveVersion(
  db: Db,
  tenantId: string,
  onDate: string,
): Promise<ConfigVersion | undefined> {
  const [found] = await db
    .select()
    .from(configVersions)
    .where(and(eq(configVersions.tenantId, tenantId), lte(configVersions.effectiveFrom, onDate)))
    .orderBy(desc(configVersions.version))
    .limit(1);
  return found;
}

/**
 * The tenant's published versions, newest first, without their content.
 *
 * @example
 * const history = await listVersions(db, tenantId); // [{ version: 3, … }, { version: 2, … }, …]
 */
export async function listVersions(db: Db, tenantId: string): Promise<ConfigVersionSummary[]> {
  return db
    .select(versionSummaryColumns)
    .from(configVersions)
    .where(eq(configVersions.tenantId, tenantId))
    .orderBy(desc(configVersions.version));
}

// `returning()` yields exactly one row for a one-row insert/update; this makes
// that assumption explicit instead of hiding it behind a non-null assertion.
function required<T>(row: T | undefined, what: string): T {
  if (row === undefined) throw new Error(`${what}: expected a row, got none`);
  return row;
}
