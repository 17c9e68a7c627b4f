import { entityKind, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import type { ReferenceRow } from "./reference.ts";

/**
 * The staging table of an import batch: temporary (this connection only, no WAL), without
 * indexes, constraints or row-level security, dropped at commit. The batch's rows are
 * loaded into it in one go, and the target tables are filled from it with set-based
 * statements (see storeReferenceBatch).
 */
const CREATE_STAGE = sql`
  create temp table if not exists reference_stage (
    nik_hmac bytea not null, nik_ciphertext bytea not null, nik_masked text not null, kk_hmac bytea,
    name text not null, address text not null, village_code text not null, category text,
    household_size smallint not null, line int not null
  ) on commit drop`;

/** The PGlite transaction or instance under a drizzle database, if it is one (it can read `/dev/blob`). */
interface PgliteClient {
  query(query: string, params?: unknown[], options?: { blob?: Blob }): Promise<{ rows: Array<Record<string, unknown>> }>;
}

function pgliteClientOf(db: Db): PgliteClient | undefined {
  const session = (db as unknown as { session?: { client?: unknown; constructor: { [entityKind]?: string } } }).session;
  return session?.constructor[entityKind] === "PgliteSession" ? (session.client as PgliteClient) : undefined;
}

/** Fills the (empty) staging table with `rows`, in the caller's transaction. */
export async function stageReferenceRows(db: Db, rows: readonly ReferenceRow[]): Promise<void> {
  await db.execute(CREATE_STAGE);
  await db.execute(sql`truncate reference_stage`);
  const pglite = pgliteClientOf(db);
  if (pglite !== undefined) {
    await copyIntoStage(pglite, rows);
    return;
  }
  // pg and Neon: one insert of parallel arrays (bytes as hex text: array parameters of bytea are not portable across drivers).
  const col = <T>(pick: (row: ReferenceRow) => T) => sql.param(rows.map(pick));
  await db.execute(sql`
    insert into reference_stage
    select decode(u.h, 'hex'), decode(u.c, 'hex'), u.m, decode(u.k, 'hex'), u.name, u.address, u.village, u.category, u.size, u.line
    from unnest(
      ${col((r) => hexOf(r.nikHmac))}::text[], ${col((r) => hexOf(r.nikCiphertext))}::text[], ${col((r) => r.nikMasked)}::text[],
      ${col((r) => (r.kkHmac === null ? null : hexOf(r.kkHmac)))}::text[], ${col((r) => r.name)}::text[], ${col((r) => r.address)}::text[],
      ${col((r) => r.villageCode)}::text[], ${col((r) => r.category)}::text[], ${col((r) => r.householdSize)}::smallint[], ${col((r) => r.line)}::int[]
    ) as u(h, c, m, k, name, address, village, category, size, line)`);
}

/**
 * PGlite reads `COPY … FROM '/dev/blob'` from a Blob handed to the query: the cheapest way
 * in (no parameter parsing). Reading a "server file" needs `pg_read_server_files`, which
 * the application role must not hold on a real server; on PGlite the session user is the
 * embedding process's own superuser, so the copy alone runs as it (`SET LOCAL ROLE NONE`,
 * then back), into a temporary table of this transaction and nothing else. SET LOCAL ends
 * with the transaction (or its savepoint's rollback) even if restoring fails.
 */
async function copyIntoStage(pglite: PgliteClient, rows: readonly ReferenceRow[]): Promise<void> {
  const role = String((await pglite.query("select current_user as role")).rows[0]?.role ?? "");
  await pglite.query("set local role none");
  try {
    await pglite.query("copy reference_stage from '/dev/blob'", [], { blob: new Blob([copyText(rows)]) });
  } finally {
    await pglite.query(`set local role "${role.replaceAll('"', '""')}"`);
  }
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
// Node's Buffer encodes hex natively (several times faster); Workers may lack it.
const NodeBuffer = (globalThis as { Buffer?: { from(b: ArrayBufferLike, offset: number, length: number): { toString(encoding: "hex"): string } } }).Buffer;
function hexOf(bytes: Uint8Array): string {
  if (NodeBuffer !== undefined) return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i] ?? 0];
  return out;
}

// COPY text format: a backslash, tab, newline or carriage return inside a value is escaped; NULL is \N.
const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
function copyValue(value: string | null): string {
  if (value === null) return "\\N";
  return COPY_SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c] ?? c) : value;
}
// A bytea in text format is `\x<hex>`, its backslash escaped for COPY.
const copyBytes = (bytes: Uint8Array | null) => (bytes === null ? "\\N" : `\\\\x${hexOf(bytes)}`);

function copyText(rows: readonly ReferenceRow[]): string {
  const lines: string[] = [];
  for (const r of rows) {
    lines.push(
      `${copyBytes(r.nikHmac)}\t${copyBytes(r.nikCiphertext)}\t${copyValue(r.nikMasked)}\t${copyBytes(r.kkHmac)}\t${copyValue(r.name)}\t${copyValue(r.address)}\t${copyValue(r.villageCode)}\t${copyValue(r.category)}\t${r.householdSize}\t${r.line}\n`,
    );
  }
  return lines.join("");
}
