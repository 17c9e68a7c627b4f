import { findTenantBySlug, listReferenceImportErrors, withTenant } from "@satu-atap/db";
import { createNodeNikCrypto } from "@satu-atap/nik/node";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import type { NodeEnv } from "../env.ts";
import { loadNodeNikKeys } from "../nik-keys.ts";
import { openNodeDatabase } from "../node-database.ts";
import { fromUserCwd } from "../paths.ts";
import { importReferenceList, type ReferenceImportProgress } from "../services/reference-import.ts";
import { cliActor } from "./cli-actor.ts";
import { CliError, cliErrorFrom } from "./cli-error.ts";

const USAGE = "Usage: reference import <tenant> <file> --source <name> --year <yyyy> [--resume <import id>] [--actor <email>]";
// The first refused lines printed at the end; the rest are in the error report.
const ERRORS_SHOWN = 20;

/**
 * `reference import <tenant> <file> --source --year`: the same streamed, batched import as
 * POST /api/t/{tenant}/reference-imports, with a progress bar on stderr (lines, rows/s,
 * accepted, duplicates, refused) and a summary with the first refused lines on stdout.
 * Exit 0 when the file was read to the end (refused lines included), 1 otherwise.
 */
export async function runReferenceImport(
  env: NodeEnv,
  slug: string | undefined,
  file: string | undefined,
  options: { source?: string | undefined; year?: string | undefined; resume?: string | undefined; actor?: string | undefined },
): Promise<number> {
  if (!slug || !file || !options.source || !options.year) throw new CliError(USAGE);
  const year = Number(options.year);
  if (!Number.isInteger(year) || year < 1990 || year > 2100) throw new CliError(`--year must be a year from 1990 to 2100, not '${options.year}'.`);
  const path = fromUserCwd(file);
  const size = await stat(path).then(
    (s) => s.size,
    () => {
      throw new CliError(`Cannot read ${file}.`, 1);
    },
  );
  const { keys } = await loadNodeNikKeys(env);
  if (keys === undefined) throw new CliError("NIK keys are needed: set NIK_HMAC_KEY and NIK_ENCRYPTION_KEY (docs/operations.md).", 1);
  const nikCrypto = await createNodeNikCrypto(keys);
  const handle = await openNodeDatabase(env);
  try {
    const tenant = await findTenantBySlug(handle.db, slug);
    if (!tenant) throw new CliError(`No regency '${slug}'.`, 1);
    const actor = await cliActor(handle.db, options.actor, { permission: "reference:import", tenant });
    const bar = progressBar(size);
    const stream = createReadStream(path, { highWaterMark: 1 << 20 });
    let bytesRead = 0;
    async function* body() {
      for await (const chunk of stream) {
        bytesRead += (chunk as Buffer).length;
        yield chunk as Buffer;
      }
    }
    const done = await importReferenceList({
      ctx: { db: handle.db, tenant, nikCrypto },
      input: {
        actor,
        source: options.source,
        year,
        fileName: basename(path),
        body: body(),
        resume: options.resume,
        onProgress: (progress) => bar.update(progress, bytesRead),
      },
    }).catch((error: unknown) => {
      bar.end();
      throw cliErrorFrom(error);
    });
    bar.end();
    const seconds = bar.seconds();
    console.log(
      `Imported ${basename(path)} into ${tenant.slug} as ${done.source} ${done.year} (import ${done.id}): ` +
        `${done.totalRows} lines, ${done.acceptedRows} added, ${done.duplicateRows} already there, ${done.rejectedRows} refused ` +
        `in ${seconds.toFixed(1)} s (${Math.round(done.totalRows / Math.max(seconds, 0.001))} lines/s).`,
    );
    if (done.rejectedRows > 0) {
      const errors = await withTenant(handle.db, tenant.id, (tx) => listReferenceImportErrors(tx, tenant.id, done.id, { limit: ERRORS_SHOWN }));
      console.log(`Refused lines${done.rejectedRows > ERRORS_SHOWN ? ` (first ${ERRORS_SHOWN}; all: GET /api/t/${tenant.slug}/reference-imports/${done.id}/errors)` : ""}:`);
      for (const error of errors) console.log(`  line ${error.line}  ${error.code}  ${error.message}`);
    }
    return 0;
  } finally {
    await handle.close();
  }
}

/** A one-line progress bar on stderr, redrawn in place on a terminal and every 10 % otherwise. */
function progressBar(totalBytes: number) {
  const started = performance.now();
  const tty = process.stderr.isTTY === true;
  let lastDecile = -1;
  let drawn = false;
  return {
    update(progress: ReferenceImportProgress, bytes: number) {
      const fraction = totalBytes === 0 ? 1 : Math.min(1, bytes / totalBytes);
      const seconds = (performance.now() - started) / 1000;
      const rate = Math.round(progress.lines / Math.max(seconds, 0.001));
      const width = 24;
      const filled = Math.round(fraction * width);
      const line =
        `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%  ` +
        `${progress.lines} lines  ${rate} rows/s  added ${progress.accepted}  duplicate ${progress.duplicate}  refused ${progress.rejected}`;
      if (tty) {
        process.stderr.write(`\r${line}\x1b[K`);
        drawn = true;
      } else if (Math.floor(fraction * 10) > lastDecile) {
        lastDecile = Math.floor(fraction * 10);
        process.stderr.write(`${line}\n`);
      }
    },
    end() {
      if (drawn) process.stderr.write("\n");
      drawn = false;
    },
    seconds: () => (performance.now() - started) / 1000,
  };
}
