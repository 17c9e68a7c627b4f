import { createHash } from "node:crypto";
import {
  appendAuditEvent,
  createReferenceImport,
  finishReferenceImport,
  getReferenceImport,
  listAreas,
  storeReferenceBatch,
  withTenant,
  type Db,
  type ReferenceImport,
  type ReferenceRow,
  type ReferenceRowError,
  type Tenant,
} from "@satu-atap/db";
import { maskNik, parseNik, type NikCrypto } from "@satu-atap/nik";
import type { Actor } from "../http/actor.ts";
import { ApiError } from "../http/errors.ts";
import { auditActorFields } from "./audit-actor.ts";
import { csvRecords, type CsvRecord } from "./csv-stream.ts";

/**
 * The columns of a reference list file, in any order (names case-insensitive). `kk` and
 * `category` may be empty; the rest are needed on every line.
 */
export const REFERENCE_COLUMNS = ["nik", "kk", "name", "address", "village_code", "category", "household_size"] as const;
type Column = (typeof REFERENCE_COLUMNS)[number];

/** Stable codes of refused lines, as the error report lists them. */
export const REFERENCE_ROW_PROBLEMS = {
  NIK_FORMAT: "A NIK is exactly 16 digits.",
  NIK_REGION: "The NIK's region code (digits 1–6) is not a province, regency and sub-district code.",
  NIK_BIRTH_DATE: "The NIK's digits 7–12 are not a date of birth DDMMYY (women's day + 40).",
  NIK_SERIAL: "The NIK's serial number (digits 13–16) cannot be 0000.",
  KK_FORMAT: "A KK number is exactly 16 digits (or empty).",
  NAME_MISSING: "The name is empty.",
  VILLAGE_UNKNOWN: "The village code is not a village of this regency's areas.",
  HOUSEHOLD_SIZE: "The household size must be a whole number from 1 to 99.",
  COLUMN_COUNT: "The line does not have as many fields as the header.",
  DUPLICATE_NIK: "The same NIK is on an earlier line of this file.",
} as const;
export type ReferenceRowProblem = keyof typeof REFERENCE_ROW_PROBLEMS;

/**
 * A `running` import whose counters have not moved for this long has died without failing
 * cleanly (its process was killed, or the machine stopped): it is shown as `interrupted`
 * and may be resumed. A live import commits a batch every few seconds.
 */
export const REFERENCE_IMPORT_STALE_AFTER_MS = 10 * 60 * 1000;

/** What an import's status means now: the stored one, or `interrupted` for a stale `running` one. */
export function referenceImportStatus(row: Pick<ReferenceImport, "status" | "updatedAt">, now = Date.now()): ReferenceImport["status"] | "interrupted" {
  return row.status === "running" && now - row.updatedAt.getTime() > REFERENCE_IMPORT_STALE_AFTER_MS ? "interrupted" : row.status;
}

/** Progress after each committed batch, for progress bars. */
export interface ReferenceImportProgress {
  importId: string;
  lines: number;
  accepted: number;
  duplicate: number;
  rejected: number;
}

export interface ReferenceImportInput {
  actor: Actor;
  source: string;
  year: number;
  fileName: string | null;
  /** The file's bytes, streamed: an HTTP request body or a file stream. */
  body: AsyncIterable<Uint8Array>;
  /** An interrupted (failed, or `running` but stale) import of the same source and year to continue: its committed lines are skipped. */
  resume?: string | undefined;
  /** Lines per transaction (default 10,000). */
  batchSize?: number;
  onProgress?: (progress: ReferenceImportProgress) => void;
}

export interface ReferenceImportContext {
  /** The root database, not a transaction: each batch commits on its own. */
  db: Db;
  tenant: Tenant;
  nikCrypto: NikCrypto;
}

const VILLAGE_CODE_DIGITS = /^\d{10}$/;

/** `3314012001` → `33.14.01.2001`; dotted codes stay as they are. */
function normaliseVillageCode(code: string): string {
  return VILLAGE_CODE_DIGITS.test(code) ? `${code.slice(0, 2)}.${code.slice(2, 4)}.${code.slice(4, 6)}.${code.slice(6)}` : code;
}

/**
 * Imports a regency's reference poverty list from a CSV stream, in batches of one
 * transaction each, so that a failure loses at most the batch in flight and the import's
 * counters and refused lines are readable while it runs. Every bad line is recorded with
 * its line number and reason; the good ones go in. Idempotent: a NIK already in this source
 * and year adds nothing (counted as a duplicate), so importing the same file again changes
 * no data, and an interrupted import continues with `resume` from its last committed line.
 *
 * A bad header answers 400 before anything is stored. Audited as `reference.import` when it
 * starts and `reference.import_done` (or `reference.import_failed`) with the counts; never a NIK.
 */
export async function importReferenceList({ ctx, input }: { ctx: ReferenceImportContext; input: ReferenceImportInput }): Promise<ReferenceImport> {
  const { db, tenant, nikCrypto } = ctx;
  const batchSize = Math.max(1, input.batchSize ?? 10_000);
  const hash = createHash("sha256");
  const decoder = new TextDecoder("utf-8");
  async function* text() {
    for await (const bytes of input.body) {
      hash.update(bytes);
      yield decoder.decode(bytes, { stream: true });
    }
    const rest = decoder.decode();
    if (rest !== "") yield rest;
  }
  const records = csvRecords(text());

  // The header first: a file that is not a reference list changes nothing.
  const firstChunk = await records.next();
  const firstRecords: CsvRecord[] = firstChunk.done ? [] : firstChunk.value;
  const header = firstRecords.shift();
  const columns = columnIndexes(header);

  const villages = await withTenant(db, tenant.id, async (tx) => new Set((await listAreas(tx, tenant.id)).filter((a) => a.level === "village").map((a) => a.code)));

  const started = await withTenant(db, tenant.id, async (tx) => {
    let record: ReferenceImport;
    if (input.resume !== undefined) {
      const previous = await getReferenceImport(tx, tenant.id, input.resume);
      if (previous === undefined) throw new ApiError("NOT_FOUND", { id: "Impor tidak ditemukan.", en: "Import not found." });
      const status = referenceImportStatus(previous);
      if (status === "done" || status === "running" || previous.source !== input.source || previous.year !== input.year) {
        throw new ApiError("CONFLICT", {
          id: "Hanya impor yang terputus (gagal atau terhenti) dengan sumber dan tahun yang sama yang dapat dilanjutkan.",
          en: "Only an interrupted (failed or stalled) import of the same source and year can be resumed.",
        });
      }
      record = previous;
    } else {
      record = await createReferenceImport(tx, {
        tenantId: tenant.id,
        source: input.source,
        year: input.year,
        fileName: input.fileName,
        createdBy: auditActorFields(input.actor).actorUserId,
        actorLabel: input.actor.userId,
      });
    }
    await appendAuditEvent(tx, {
      tenantId: tenant.id,
      action: "reference.import",
      target: `reference_import:${record.id}`,
      ...auditActorFields(input.actor, { source: input.source, year: input.year, fileName: input.fileName, resumedFromLine: input.resume === undefined ? null : record.committedLine }),
    });
    return record;
  });
  const importId = started.id;
  const skipThrough = input.resume === undefined ? 0 : started.committedLine;

  const seen = new Map<string, number>(); // NIK → first line, for duplicates inside the file
  let pendingRows: PendingRow[] = [];
  let pendingErrors: ReferenceRowError[] = [];
  let pendingLines = 0;
  let lastLine = 0;
  const progress: ReferenceImportProgress = {
    importId,
    lines: started.totalRows,
    accepted: started.acceptedRows,
    duplicate: started.duplicateRows,
    rejected: started.rejectedRows,
  };

  // Two batches in flight: while one is stored (embedded Postgres works on this thread), the
  // next one's NIKs are hashed and encrypted (on node:crypto's worker thread for big batches).
  type Prepared = { rows: Promise<ReferenceRow[]>; errors: ReferenceRowError[]; lines: number; lastLine: number };
  let prepared: Prepared | undefined;
  let committedLine = skipThrough;

  let storeFailed = false;
  const store = async (batch: Prepared) => {
    storeFailed = true; // until it commits: a later batch must not be stored past a lost one
    const rows = await batch.rows;
    const result = await withTenant(db, tenant.id, (tx) =>
      storeReferenceBatch(tx, { tenantId: tenant.id, importId, source: input.source, year: input.year, keyId: nikCrypto.keyId, rows, errors: batch.errors, lines: batch.lines, lastLine: batch.lastLine }),
    );
    storeFailed = false;
    committedLine = batch.lastLine;
    progress.lines += batch.lines;
    progress.accepted += result.accepted;
    progress.duplicate += result.duplicate;
    progress.rejected += batch.errors.length;
    input.onProgress?.({ ...progress });
  };

  const flush = async () => {
    if (pendingLines === 0) return;
    const next: Prepared = { rows: protectNikRows(nikCrypto, pendingRows), errors: pendingErrors, lines: pendingLines, lastLine };
    next.rows.catch(() => undefined); // awaited in store(); this only keeps a failure from counting as unhandled meanwhile
    pendingRows = [];
    pendingErrors = [];
    pendingLines = 0;
    const previous = prepared;
    prepared = next;
    if (previous !== undefined) await store(previous);
  };
  const drain = async () => {
    await flush();
    const last = prepared;
    prepared = undefined;
    if (last !== undefined) await store(last);
  };

  const take = (record: CsvRecord) => {
    const field = (name: Column) => (record.fields[columns[name]] ?? "").trim();
    const nik = field("nik");
    if (record.line <= skipThrough) {
      // Committed before the interruption; remembered only to catch later duplicates.
      if (!seen.has(nik)) seen.set(nik, record.line);
      return;
    }
    lastLine = record.line;
    pendingLines++;
    const refuse = (code: ReferenceRowProblem, detail?: string) =>
      pendingErrors.push({ line: record.line, code, message: detail === undefined ? REFERENCE_ROW_PROBLEMS[code] : `${REFERENCE_ROW_PROBLEMS[code]} ${detail}` });
    if (record.fields.length !== columns.count) return refuse("COLUMN_COUNT", `Expected ${columns.count}, found ${record.fields.length}.`);
    const parsed = parseNik(nik);
    if (!parsed.ok) return refuse(parsed.problem);
    const kk = field("kk");
    if (kk !== "" && !/^\d{16}$/.test(kk)) return refuse("KK_FORMAT");
    const name = field("name");
    if (name === "") return refuse("NAME_MISSING");
    const villageCode = normaliseVillageCode(field("village_code"));
    if (!villages.has(villageCode)) return refuse("VILLAGE_UNKNOWN");
    const sizeText = field("household_size");
    const householdSize = Number(sizeText);
    if (!/^\d{1,2}$/.test(sizeText) || householdSize < 1) return refuse("HOUSEHOLD_SIZE");
    const firstLine = seen.get(nik);
    if (firstLine !== undefined) return refuse("DUPLICATE_NIK", `First on line ${firstLine}.`);
    seen.set(nik, record.line);
    const category = field("category");
    pendingRows.push({
      nik,
      kk: kk === "" ? null : kk,
      row: { nikMasked: maskNik(nik), name, address: field("address"), villageCode, category: category === "" ? null : category, householdSize, line: record.line },
    });
  };

  try {
    for (const record of firstRecords) {
      take(record);
      if (pendingLines >= batchSize) await flush();
    }
    for await (const chunk of records) {
      for (const record of chunk) {
        take(record);
        if (pendingLines >= batchSize) await flush();
      }
    }
    await drain();
  } catch (error) {
    // The file failed (a broken upload): the batch read in full before it still goes in, as
    // it would have without the pipeline, so that resuming starts after it.
    const complete = prepared;
    prepared = undefined;
    if (complete !== undefined && !storeFailed) await store(complete).catch(() => undefined);
    const failure = error instanceof Error ? error.message : String(error);
    await withTenant(db, tenant.id, async (tx) => {
      await finishReferenceImport(tx, { tenantId: tenant.id, importId, status: "failed", failure });
      await appendAuditEvent(tx, {
        tenantId: tenant.id,
        action: "reference.import_failed",
        target: `reference_import:${importId}`,
        ...auditActorFields(input.actor, { ...counts(progress), committedLine }),
      });
    }).catch(() => undefined); // the first failure is the one to report
    throw error;
  }

  const fileHash = `sha256:${hash.digest("hex")}`;
  return withTenant(db, tenant.id, async (tx) => {
    const done = await finishReferenceImport(tx, { tenantId: tenant.id, importId, status: "done", fileHash });
    await appendAuditEvent(tx, {
      tenantId: tenant.id,
      action: "reference.import_done",
      target: `reference_import:${importId}`,
      ...auditActorFields(input.actor, { source: input.source, year: input.year, fileHash, ...counts(done) }),
    });
    return done;
  });
}

/** A valid line before its NIK and KK are hashed and encrypted. */
interface PendingRow {
  nik: string;
  kk: string | null;
  row: Omit<ReferenceRow, "nikHmac" | "nikCiphertext" | "kkHmac">;
}

/**
 * The rows with their NIK's lookup value and ciphertext and their KK's lookup value. A
 * household's members share a KK number: each distinct one is hashed once per batch.
 */
async function protectNikRows(nikCrypto: NikCrypto, pending: readonly PendingRow[]): Promise<ReferenceRow[]> {
  const niks = pending.map((p) => p.nik);
  const kks = [...new Set(pending.flatMap((p) => (p.kk === null ? [] : [p.kk])))];
  const [nikHmacs, ciphertexts, kkHmacs] = await Promise.all([nikCrypto.hmac("nik", niks), nikCrypto.encrypt(niks), nikCrypto.hmac("kk", kks)]);
  const kkHmacOf = new Map(kks.map((kk, i) => [kk, kkHmacs[i] as Uint8Array]));
  return pending.map((p, i) => ({
    ...p.row,
    nikHmac: nikHmacs[i] as Uint8Array,
    nikCiphertext: ciphertexts[i] as Uint8Array,
    kkHmac: p.kk === null ? null : (kkHmacOf.get(p.kk) ?? null),
  }));
}

function counts(p: { lines?: number; totalRows?: number; accepted?: number; acceptedRows?: number; duplicate?: number; duplicateRows?: number; rejected?: number; rejectedRows?: number }) {
  return {
    total: p.totalRows ?? p.lines ?? 0,
    accepted: p.acceptedRows ?? p.accepted ?? 0,
    duplicate: p.duplicateRows ?? p.duplicate ?? 0,
    rejected: p.rejectedRows ?? p.rejected ?? 0,
  };
}

/** Where each column is, from the header line; 400 naming what is missing or unknown. */
function columnIndexes(header: CsvRecord | undefined): Record<Column, number> & { count: number } {
  const names = (header?.fields ?? []).map((name) => name.trim().toLowerCase());
  const missing = REFERENCE_COLUMNS.filter((column) => !names.includes(column));
  const unknown = names.filter((name) => !(REFERENCE_COLUMNS as readonly string[]).includes(name));
  const repeated = names.filter((name, i) => names.indexOf(name) !== i);
  if (header === undefined || missing.length > 0 || unknown.length > 0 || repeated.length > 0) {
    const expected = REFERENCE_COLUMNS.join(",");
    throw new ApiError(
      "CSV_HEADER_INVALID",
      {
        id: `Baris pertama harus berupa kepala kolom: ${expected}.`,
        en: `The first line must be the header: ${expected}.`,
      },
      [
        ...(header === undefined ? [{ path: "body/1", message: "The file is empty." }] : []),
        ...missing.map((column) => ({ path: "body/1", message: `Column ${column} is missing.` })),
        ...unknown.map((column) => ({ path: "body/1", message: `Column ${column} is not a reference list column.` })),
        ...[...new Set(repeated)].map((column) => ({ path: "body/1", message: `Column ${column} appears twice.` })),
      ],
    );
  }
  const indexes = Object.fromEntries(REFERENCE_COLUMNS.map((column) => [column, names.indexOf(column)])) as Record<Column, number>;
  return { ...indexes, count: names.length };
}
