import { and, desc, eq, gte, isNull, lt, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client.ts";
import { auditEvents, type AuditEvent } from "../schema/index.ts";
import { withPlatform, withTenant } from "../scope.ts";

/**
 * One audit event to record. `tenantId` null puts it on the platform chain
 * (failed sign-ins, requests denied before a tenant is known). `before` and
 * `after` are for configuration changes; `details` for anything else worth
 * keeping (e.g. the masked NIK revealed, an export's filter). The time, the
 * sequence number and the hashes are set by the database.
 */
export interface AuditEventInput {
  tenantId: string | null;
  actorUserId?: string | null;
  actorRole?: string | null;
  /** `resource.verb`-style name: lower-case letters, digits and `_.:-`, e.g. `auth.login_failed`, `nik.reveal`. */
  action: string;
  /** What was acted on, e.g. `config_draft`, `person:<id>`; never a full NIK. */
  target?: string | null;
  requestId?: string | null;
  before?: unknown;
  after?: unknown;
  details?: unknown;
}

/** Thrown when an audit event carries something that must never be logged. */
export class AuditSecretError extends Error {
  constructor(readonly path: string, readonly kind: "credential" | "nik") {
    super(
      kind === "credential"
        ? `audit event refused: ${path} looks like a credential (passwords and tokens are never logged)`
        : `audit event refused: ${path} contains a full 16-digit NIK (log it masked)`,
    );
    this.name = "AuditSecretError";
  }
}

/**
 * Appends an event to its chain and returns the stored row (with `seq`,
 * `prevHash`, `rowHash`). It scopes itself to the event's chain (the tenant,
 * or the platform for `tenantId` null), so it works from any scope: inside a
 * caller's transaction it runs in a savepoint and commits or rolls back with
 * the change it records. Appends to one chain are serialised by the database.
 * Refuses (AuditSecretError) an event whose fields hold a password or token
 * (by key name) or a full NIK (16 digits in a row).
 *
 * @example
 * await appendAuditEvent(tx, {
 *   tenantId: ctx.tenant.id, actorUserId: actor.id, actorRole: "district-admin",
 *   action: "config.publish", target: "config_version:3", requestId, before: null, after: { version: 3 },
 * });
 */
export async function appendAuditEvent(db: Db, event: AuditEventInput): Promise<AuditEvent> {
  assertNoSecrets(event);
  const values = {
    tenantId: event.tenantId,
    actorUserId: event.actorUserId ?? null,
    actorRole: event.actorRole ?? null,
    action: event.action,
    target: event.target ?? null,
    requestId: event.requestId ?? null,
    before: event.before ?? null,
    after: event.after ?? null,
    details: event.details ?? null,
  };
  return inChainScope(db, event.tenantId, async (tx) => {
    const [row] = await tx.insert(auditEvents).values(values).returning();
    if (row === undefined) throw new Error("insert into audit_events returned no row");
    return row;
  });
}

/** Filters of {@link listAuditEvents}. */
export interface AuditEventFilters {
  action?: string;
  actorUserId?: string;
  /** Inclusive lower bound on `at`. */
  from?: Date;
  /** Exclusive upper bound on `at`. */
  to?: Date;
  /** Page size, 1–500 (default 50). */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: number;
}

/** A page of audit events, newest first. */
export interface AuditEventPage {
  events: AuditEvent[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: number | null;
}

/**
 * One chain's events (a tenant's, or the platform's with `tenantId` null),
 * newest first, filtered, a page at a time. Scopes itself to that chain, like
 * {@link appendAuditEvent}.
 *
 * @example
 * const page = await listAuditEvents(db, ctx.tenant.id, { action: "nik.reveal", limit: 100 });
 * const next = await listAuditEvents(db, ctx.tenant.id, { action: "nik.reveal", cursor: page.nextCursor ?? undefined });
 */
export async function listAuditEvents(db: Db, tenantId: string | null, filters: AuditEventFilters = {}): Promise<AuditEventPage> {
  const limit = Math.min(Math.max(Math.trunc(filters.limit ?? 50), 1), 500);
  const conditions: SQL[] = [chainCondition(tenantId)];
  if (filters.action !== undefined) conditions.push(eq(auditEvents.action, filters.action));
  if (filters.actorUserId !== undefined) conditions.push(eq(auditEvents.actorUserId, filters.actorUserId));
  if (filters.from !== undefined) conditions.push(gte(auditEvents.at, filters.from));
  if (filters.to !== undefined) conditions.push(lt(auditEvents.at, filters.to));
  if (filters.cursor !== undefined) conditions.push(lt(auditEvents.id, filters.cursor));
  const rows = await inChainScope(db, tenantId, (tx) =>
    tx
      .select()
      .from(auditEvents)
      .where(and(...conditions))
      .orderBy(desc(auditEvents.id))
      .limit(limit + 1),
  );
  const events = rows.slice(0, limit);
  const last = events.at(-1);
  return { events, nextCursor: rows.length > limit && last !== undefined ? last.id : null };
}

/** Result of {@link verifyAuditChain}. */
export type AuditChainVerification =
  | { ok: true; count: number }
  | {
      ok: false;
      /**
       * The first row that does not link up. `id` is null when the break is
       * past the last stored row (rows cut from the end of the chain).
       */
      brokenAt: { id: number | null; seq: number };
      reason: string;
    };

/**
 * Walks one chain (a tenant's, or the platform's with `tenantId` null) in
 * `seq` order and reports the first broken link: a `seq` gap (rows deleted),
 * a `prev_hash` that is not the previous row's `row_hash`, or a `row_hash`
 * that does not match the row's content (row changed). The hash is recomputed
 * by the same SQL function the chain trigger uses. The chain's head (kept
 * apart, out of the application's reach) reveals rows cut from the end.
 * Rows appended while it runs are checked too.
 *
 * A chain only proves that nobody changed it without recomputing it: someone
 * with the owner's rights can rewrite a whole chain. Keep copies of the head
 * hashes elsewhere to detect that (ADR 0005).
 *
 * @example
 * const result = await verifyAuditChain(db, tenant.id);
 * if (!result.ok) console.error(`broken at seq ${result.brokenAt.seq}: ${result.reason}`);
 */
export async function verifyAuditChain(
  db: Db,
  tenantId: string | null,
  options: { batchSize?: number } = {},
): Promise<AuditChainVerification> {
  const batchSize = Math.max(1, Math.trunc(options.batchSize ?? 1000));
  return inChainScope(db, tenantId, async (tx) => {
    // Read first: every row up to the head's seq had committed when it was written.
    const [head] = await tx
      .select({ seq: sql<string>`h.seq`, rowHash: sql<string | null>`h.row_hash` })
      .from(sql`audit_chain_head(${tenantId}::uuid) as h`);
    const headSeq = head === undefined ? 0 : Number(head.seq);

    let lastSeq = 0;
    let lastHash: string | null = null;
    for (;;) {
      const rows = await tx
        .select({
          id: auditEvents.id,
          seq: auditEvents.seq,
          prevHash: auditEvents.prevHash,
          rowHash: auditEvents.rowHash,
          expected: sql<string>`audit_event_row_hash(${auditEvents})`,
        })
        .from(auditEvents)
        .where(and(chainCondition(tenantId), sql`${auditEvents.seq} > ${lastSeq}`))
        .orderBy(auditEvents.seq)
        .limit(batchSize);
      for (const row of rows) {
        const brokenAt = { id: row.id, seq: row.seq };
        if (row.seq !== lastSeq + 1) {
          const missing = row.seq - lastSeq - 1;
          return { ok: false, brokenAt, reason: `seq ${lastSeq + 1}${missing > 1 ? `–${row.seq - 1}` : ""} missing (rows deleted)` };
        }
        if (row.prevHash !== lastHash) {
          return { ok: false, brokenAt, reason: "prev_hash is not the previous row's row_hash" };
        }
        if (row.rowHash !== row.expected) {
          return { ok: false, brokenAt, reason: "row_hash does not match the row's content (row changed)" };
        }
        if (head !== undefined && row.seq === headSeq && row.rowHash !== head.rowHash) {
          return { ok: false, brokenAt, reason: "row differs from the chain head recorded when it was appended" };
        }
        lastSeq = row.seq;
        lastHash = row.rowHash;
      }
      if (rows.length < batchSize) break;
    }
    if (lastSeq < headSeq) {
      return {
        ok: false,
        brokenAt: { id: null, seq: lastSeq + 1 },
        reason: `chain ends at seq ${lastSeq} but its head is at seq ${headSeq} (rows deleted from the end)`,
      };
    }
    return { ok: true, count: lastSeq };
  });
}

function chainCondition(tenantId: string | null): SQL {
  return tenantId === null ? isNull(auditEvents.tenantId) : eq(auditEvents.tenantId, tenantId);
}

function inChainScope<T>(db: Db, tenantId: string | null, fn: (tx: Db) => Promise<T>): Promise<T> {
  return tenantId === null ? withPlatform(db, fn) : withTenant(db, tenantId, fn);
}

// Keys naming credentials, anywhere in the event's JSON (case-insensitive).
const CREDENTIAL_KEY = /pass(word|phrase)|token|secret|authorization|cookie|api[_-]?key/i;
// A full NIK: exactly 16 digits not inside a longer run of digits or hex letters. Hex
// neighbours are excluded because content hashes (`sha256:<64 hex>`) hold 16-digit runs
// by chance (about 1 in 250) and would otherwise refuse an ordinary draft save.
const FULL_NIK = /(?<![0-9a-fA-F])\d{16}(?![0-9a-fA-F])/;

function assertNoSecrets(event: AuditEventInput): void {
  const fields: [string, unknown][] = [
    ["target", event.target],
    ["before", event.before],
    ["after", event.after],
    ["details", event.details],
  ];
  for (const [path, value] of fields) scan(path, value, 0);
}

function scan(path: string, value: unknown, depth: number): void {
  if (depth > 32) return; // deeper than any real event; not worth a stack overflow
  if (typeof value === "string") {
    if (FULL_NIK.test(value)) throw new AuditSecretError(path, "nik");
  } else if (typeof value === "number" || typeof value === "bigint") {
    if (FULL_NIK.test(String(value))) throw new AuditSecretError(path, "nik");
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => scan(`${path}[${index}]`, item, depth + 1));
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const itemPath = `${path}.${key}`;
      if (CREDENTIAL_KEY.test(key)) throw new AuditSecretError(itemPath, "credential");
      scan(itemPath, item, depth + 1);
    }
  }
}
