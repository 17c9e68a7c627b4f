import { and, asc, desc, eq, gt, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { stageReferenceRows } from "./reference-stage.ts";
import {
  referenceAppearances,
  referenceImportErrors,
  referenceImports,
  referencePersons,
  type ReferenceAppearance,
  type ReferenceImport,
  type ReferenceImportError,
  type ReferencePerson,
} from "../schema/index.ts";

/** A valid line of a reference list, ready to store (NIK and KK already keyed and encrypted). */
export interface ReferenceRow {
  nikHmac: Uint8Array;
  nikCiphertext: Uint8Array;
  nikMasked: string;
  kkHmac: Uint8Array | null;
  name: string;
  address: string;
  villageCode: string;
  category: string | null;
  householdSize: number;
  line: number;
}

/** A refused line. */
export interface ReferenceRowError {
  line: number;
  code: string;
  message: string;
}

/** Starts an import record (status `running`). */
export async function createReferenceImport(
  db: Db,
  input: { tenantId: string; source: string; year: number; fileName: string | null; createdBy: string | null; actorLabel: string },
): Promise<ReferenceImport> {
  const [row] = await db.insert(referenceImports).values(input).returning();
  if (row === undefined) throw new Error("insert into reference_imports returned no row");
  return row;
}

/** What one committed batch added. */
export interface ReferenceBatchResult {
  accepted: number;
  duplicate: number;
}

// Bytes travel as hex text (decoded in SQL): array parameters of bytea are not portable across drivers.
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
function hex(bytes: Uint8Array): string;
function hex(bytes: Uint8Array | null): string | null;
function hex(bytes: Uint8Array | null): string | null {
  if (bytes === null) return null;
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i] ?? 0];
  return out;
}

/**
 * Stores one batch of an import, in the caller's transaction (a tenant scope): new persons
 * (one per NIK and regency), one appearance per person, source and year (a NIK already in
 * this source and year is a duplicate and adds nothing), the refused lines, and the
 * import's counters up to `lastLine`.
 *
 * The rows are first loaded into a temporary staging table without indexes, constraints or
 * row-level security (`COPY` on PGlite, one `unnest` insert elsewhere), then each target
 * table gets one set-based `INSERT … SELECT … ON CONFLICT DO NOTHING`: the per-row cost is
 * the target's own indexes and keys, not parameter parsing (docs/performance.md).
 *
 * @example
 * await withTenant(db, tenantId, (tx) => storeReferenceBatch(tx, { tenantId, importId, source, year, keyId, rows, errors, lines: 5000, lastLine: 5001 }));
 */
export async function storeReferenceBatch(
  db: Db,
  batch: {
    tenantId: string;
    importId: string;
    source: string;
    year: number;
    keyId: string;
    rows: readonly ReferenceRow[];
    errors: readonly ReferenceRowError[];
    /** Data lines this batch covers (valid and refused). */
    lines: number;
    lastLine: number;
  },
): Promise<ReferenceBatchResult> {
  const { tenantId, importId, source, year, rows, errors } = batch;
  let accepted = 0;
  if (rows.length > 0) {
    await stageReferenceRows(db, rows);
    // Persons first (a NIK seen before in any source keeps its row), then the appearances,
    // joined back by the HMAC. ON CONFLICT keeps both idempotent.
    await db.execute(sql`
      insert into reference_persons (tenant_id, nik_hmac, nik_ciphertext, nik_key_id, nik_masked)
      select ${tenantId}::uuid, s.nik_hmac, s.nik_ciphertext, ${batch.keyId}, s.nik_masked from reference_stage s
      on conflict (tenant_id, nik_hmac) do nothing`);
    const inserted = await db.execute(sql`
      with stored as (
        insert into reference_appearances (tenant_id, person_id, import_id, source, year, kk_hmac, name, address, village_code, category, household_size, line)
        select ${tenantId}::uuid, p.id, ${importId}::uuid, ${source}, ${year}::int, s.kk_hmac, s.name, s.address, s.village_code, s.category, s.household_size, s.line
        from reference_stage s
        join reference_persons p on p.tenant_id = ${tenantId}::uuid and p.nik_hmac = s.nik_hmac
        on conflict (tenant_id, person_id, source, year) do nothing
        returning 1
      )
      select count(*)::int as n from stored`);
    accepted = Number(rowsOf<{ n: number }>(inserted)[0]?.n ?? 0);
  }
  if (errors.length > 0) {
    await db.execute(sql`
      insert into reference_import_errors (tenant_id, import_id, line, code, message)
      select ${tenantId}::uuid, ${importId}::uuid, u.line, u.code, u.message
      from unnest(${sql.param(errors.map((e) => e.line))}::int[], ${sql.param(errors.map((e) => e.code))}::text[], ${sql.param(errors.map((e) => e.message))}::text[]) as u(line, code, message)`);
  }
  const duplicate = rows.length - accepted;
  await db
    .update(referenceImports)
    .set({
      totalRows: sql`${referenceImports.totalRows} + ${batch.lines}`,
      acceptedRows: sql`${referenceImports.acceptedRows} + ${accepted}`,
      duplicateRows: sql`${referenceImports.duplicateRows} + ${duplicate}`,
      rejectedRows: sql`${referenceImports.rejectedRows} + ${errors.length}`,
      committedLine: batch.lastLine,
      updatedAt: sql`now()`,
    })
    .where(and(eq(referenceImports.tenantId, tenantId), eq(referenceImports.id, importId)));
  return { accepted, duplicate };
}

// pg and Neon answer `{ rows }`, PGlite too; keep the one place that knows.
function rowsOf<T>(result: unknown): T[] {
  const rows = (result as { rows?: T[] }).rows;
  return Array.isArray(rows) ? rows : [];
}

/** Ends an import: `done` with the file's hash, or `failed` with the reason. */
export async function finishReferenceImport(
  db: Db,
  input: { tenantId: string; importId: string; status: "done" | "failed"; fileHash?: string | null; failure?: string | null },
): Promise<ReferenceImport> {
  const [row] = await db
    .update(referenceImports)
    .set({ status: input.status, fileHash: input.fileHash ?? null, failure: input.failure ?? null, finishedAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(referenceImports.tenantId, input.tenantId), eq(referenceImports.id, input.importId)))
    .returning();
  if (row === undefined) throw new Error(`reference import ${input.importId} not found`);
  return row;
}

/** One import of the tenant, or undefined. */
export async function getReferenceImport(db: Db, tenantId: string, importId: string): Promise<ReferenceImport | undefined> {
  const [row] = await db
    .select()
    .from(referenceImports)
    .where(and(eq(referenceImports.tenantId, tenantId), eq(referenceImports.id, importId)));
  return row;
}

/** The tenant's imports, newest first. */
export async function listReferenceImports(db: Db, tenantId: string, limit = 100): Promise<ReferenceImport[]> {
  return db
    .select()
    .from(referenceImports)
    .where(eq(referenceImports.tenantId, tenantId))
    .orderBy(desc(referenceImports.startedAt), desc(referenceImports.id))
    .limit(limit);
}

/** An import's refused lines in line order, a page at a time (`afterLine`: the last line of the previous page). */
export async function listReferenceImportErrors(
  db: Db,
  tenantId: string,
  importId: string,
  page: { afterLine?: number; limit?: number } = {},
): Promise<ReferenceImportError[]> {
  const limit = Math.min(Math.max(Math.trunc(page.limit ?? 500), 1), 5000);
  return db
    .select()
    .from(referenceImportErrors)
    .where(
      and(
        eq(referenceImportErrors.tenantId, tenantId),
        eq(referenceImportErrors.importId, importId),
        page.afterLine === undefined ? undefined : gt(referenceImportErrors.line, page.afterLine),
      ),
    )
    .orderBy(asc(referenceImportErrors.line), asc(referenceImportErrors.id))
    .limit(limit);
}

/** A person with the history of lists they appeared in, oldest year first. */
export interface ReferencePersonWithHistory {
  person: ReferencePerson;
  appearances: ReferenceAppearance[];
}

/**
 * The person with this NIK lookup value (HMAC) in the tenant, with their appearances, or
 * undefined, in one query (index lookups for the person and its appearances).
 */
export async function findReferencePerson(
  db: Db,
  tenantId: string,
  by: { nikHmac: Uint8Array } | { id: number },
): Promise<ReferencePersonWithHistory | undefined> {
  // One round trip (a lookup is on the desk's hot path): the person joined with every appearance.
  const rows = await db
    .select({ person: referencePersons, appearance: referenceAppearances })
    .from(referencePersons)
    .leftJoin(
      referenceAppearances,
      and(eq(referenceAppearances.tenantId, referencePersons.tenantId), eq(referenceAppearances.personId, referencePersons.id)),
    )
    .where(
      and(
        eq(referencePersons.tenantId, tenantId),
        "id" in by ? eq(referencePersons.id, by.id) : sql`${referencePersons.nikHmac} = decode(${hex(by.nikHmac)}, 'hex')`,
      ),
    )
    .orderBy(asc(referenceAppearances.year), asc(referenceAppearances.source));
  const person = rows[0]?.person;
  if (person === undefined) return undefined;
  const appearances = rows.flatMap((row) => (row.appearance === null ? [] : [row.appearance]));
  return { person, appearances };
}

/** How many persons and appearances the tenant's reference lists hold. */
export async function countReferenceData(db: Db, tenantId: string): Promise<{ persons: number; appearances: number }> {
  const [persons] = await db.select({ n: sql<number>`count(*)::int` }).from(referencePersons).where(eq(referencePersons.tenantId, tenantId));
  const [appearances] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(referenceAppearances)
    .where(eq(referenceAppearances.tenantId, tenantId));
  return { persons: Number(persons?.n ?? 0), appearances: Number(appearances?.n ?? 0) };
}

