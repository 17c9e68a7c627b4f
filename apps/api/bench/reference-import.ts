/**
 * Reference list benchmark: a generated CSV of 1,000,000 people imported into embedded
 * PGlite through the import service (the same path as the API and the CLI), then 10,000
 * single NIK lookups through the lookup service. Prints rows/s against the 150,000 rows/s
 * target and lookup p50/p95 against 1 ms, plus where the import's time goes (CSV reading,
 * NIK crypto, database). Never a test: timings depend on the machine and its load.
 *
 *   npm run bench:reference                    # 1,000,000 rows
 *   npm run bench:reference -- --rows 200000
 *   npm run bench:reference -- --batch 20000   # lines per transaction (default: the service's)
 *   npm run bench:reference -- --memory        # PGlite in memory instead of a temporary data directory
 */
import { APP_ROLE, findTenantBySlug, type Tenant } from "@satu-atap/db";
import { createMigratedDb } from "@satu-atap/db/migrate";
import { generateNikKeys } from "@satu-atap/nik";
import { createNodeNikCrypto } from "@satu-atap/nik/node";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { tenantsDir } from "../src/paths.ts";
import { csvRecords } from "../src/services/csv-stream.ts";
import { importReferenceList } from "../src/services/reference-import.ts";
import { findPersonByNik } from "../src/services/reference-persons.ts";
import { seedMissingTemplates } from "../src/services/seed.ts";
import { withTenant, listAreas } from "@satu-atap/db";

const TARGET_ROWS_PER_SECOND = 150_000;
const TARGET_LOOKUP_P50_MS = 1;
const LOOKUPS = 10_000;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number`);
  return value;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** The i-th generated NIK: unique, valid, half of them women's (+40). */
function nikOf(i: number): string {
  const day = 1 + (i % 28) + (i % 2 === 0 ? 40 : 0);
  const month = 1 + (Math.floor(i / 28) % 12);
  const year = Math.floor(i / 336) % 100;
  const serial = 1 + Math.floor(i / 33600);
  return `331401${pad(day, 2)}${pad(month, 2)}${pad(year, 2)}${pad(serial, 4)}`;
}

async function writeCsv(path: string, rows: number, villages: readonly string[]): Promise<void> {
  const out = createWriteStream(path);
  out.write("nik,kk,name,address,village_code,category,household_size\n");
  let buffer = "";
  for (let i = 0; i < rows; i++) {
    const village = villages[i % villages.length] ?? "";
    buffer += `${nikOf(i)},${nikOf(i + 7)},Warga ${i},"Dukuh ${i % 97}, RT ${pad(i % 20, 2)}/${pad(i % 9, 2)}",${village},Desil ${1 + (i % 4)},${1 + (i % 7)}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, "drain");
      buffer = "";
    }
  }
  out.end(buffer);
  await once(out, "finish");
}

const rate = (n: number, ms: number) => Math.round(n / (ms / 1000));
const fmt = (n: number) => n.toLocaleString("en-US");

async function main() {
  const rows = option("rows", 1_000_000);
  const batchSize = process.argv.includes("--batch") ? option("batch", 1) : undefined;
  const work = await mkdtemp(join(tmpdir(), "satu-atap-bench-reference-"));
  const memory = process.argv.includes("--memory");
  const handle = await createMigratedDb(memory ? { driver: "pglite", role: APP_ROLE } : { driver: "pglite", dataDir: join(work, "pglite"), role: APP_ROLE });
  try {
    await seedMissingTemplates({ ctx: { db: handle.db }, input: { tenantsDir } });
    const tenant = (await findTenantBySlug(handle.db, "sragen")) as Tenant;
    const villages = (await withTenant(handle.db, tenant.id, (tx) => listAreas(tx, tenant.id))).filter((a) => a.level === "village").map((a) => a.code);
    const file = join(work, "reference.csv");
    let t = performance.now();
    await writeCsv(file, rows, villages);
    const size = (await stat(file)).size;
    console.log(`Generated ${fmt(rows)} rows (${(size / 1e6).toFixed(0)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    // Where the time goes, measured apart: reading the CSV, and the NIK crypto of every row.
    t = performance.now();
    let parsed = 0;
    async function* text() {
      const decoder = new TextDecoder();
      for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) yield decoder.decode(chunk as Buffer, { stream: true });
    }
    for await (const records of csvRecords(text())) parsed += records.length;
    const csvMs = performance.now() - t;
    const nikCrypto = await createNodeNikCrypto(generateNikKeys());
    const sample = Array.from({ length: 100_000 }, (_, i) => nikOf(i));
    t = performance.now();
    await nikCrypto.hmac("nik", sample);
    await nikCrypto.encrypt(sample);
    await nikCrypto.hmac("kk", sample);
    const cryptoMsPerRow = (performance.now() - t) / sample.length;

    t = performance.now();
    const cpuBefore = process.cpuUsage();
    const done = await importReferenceList({
      ctx: { db: handle.db, tenant, nikCrypto },
      input: {
        actor: { userId: "system:bench", role: null, requestId: "bench" },
        source: "BENCH",
        year: 2025,
        fileName: "reference.csv",
        body: createReadStream(file, { highWaterMark: 1 << 20 }),
        ...(batchSize === undefined ? {} : { batchSize }),
      },
    });
    const importMs = performance.now() - t;
    const importCpu = process.cpuUsage(cpuBefore);
    const importCpuMs = (importCpu.user + importCpu.system) / 1000;
    if (done.acceptedRows !== rows) throw new Error(`expected ${rows} accepted rows, got ${done.acceptedRows} (${done.rejectedRows} refused)`);
    const importRate = rate(rows, importMs);

    const lookups: number[] = [];
    for (let i = 0; i < LOOKUPS; i++) {
      const nik = nikOf(Math.floor(Math.random() * rows));
      const start = performance.now();
      await withTenant(handle.db, tenant.id, (tx) => findPersonByNik({ ctx: { db: tx, tenant, nikCrypto }, input: { nik } }));
      lookups.push(performance.now() - start);
    }
    lookups.sort((a, b) => a - b);
    const p = (q: number) => lookups[Math.min(lookups.length - 1, Math.floor(q * lookups.length))] ?? 0;

    console.log("");
    console.log(`Import into PGlite, ${memory ? "in memory" : "on disk (temporary data directory)"} (batches of ${batchSize === undefined ? "the default size" : fmt(batchSize)}, one transaction each)`);
    console.log(`  ${fmt(rows)} rows in ${(importMs / 1000).toFixed(1)} s: ${fmt(importRate)} rows/s = ${(importRate / TARGET_ROWS_PER_SECOND).toFixed(2)} × the ${fmt(TARGET_ROWS_PER_SECOND)} rows/s target`);
    console.log(`  CPU time of the process (both threads): ${(importCpuMs / 1000).toFixed(1)} s = ${fmt(rate(rows, importCpuMs))} rows per CPU-second (less sensitive to other jobs than the wall clock)`);
    console.log(`  of which, measured apart: CSV reading ${fmt(rate(parsed, csvMs))} rows/s; NIK crypto (HMAC NIK + KK, AES-GCM) ${(cryptoMsPerRow * 1000).toFixed(1)} µs/row`);
    console.log(`NIK lookups (${fmt(LOOKUPS)}, service path: parse, HMAC, one tenant transaction)`);
    console.log(`  p50 ${p(0.5).toFixed(3)} ms  p95 ${p(0.95).toFixed(3)} ms  p99 ${p(0.99).toFixed(3)} ms  (target p50 < ${TARGET_LOOKUP_P50_MS} ms: ${p(0.5) < TARGET_LOOKUP_P50_MS ? "met" : "not met"})`);
  } finally {
    await handle.close();
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
