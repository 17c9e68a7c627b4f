import { asc, eq } from "drizzle-orm";
import type { Db } from "../client.ts";
import { areas, type Area, type AreaLevel } from "../schema/index.ts";

/** One area as supplied by the tenant's configuration. */
export interface AreaInput {
  code: string;
  name: string;
  level: AreaLevel;
  parentCode: string | null;
}

// Stays well below Postgres' 65,535 bind parameters per statement (5 per row).
const INSERT_CHUNK = 1000;

/**
 * Replaces all of the tenant's areas with `rows`, all or nothing: in one
 * transaction the old areas are deleted and the new ones inserted, so a bad
 * batch (duplicate code, broken parent rule) leaves the old areas in place.
 * Returns the number of areas inserted.
 *
 * @example
 * await replaceAreas(db, tenantId, [
 *   { code: "33.14", name: "Sragen", level: "regency", parentCode: null },
 *   { code: "33.14.01", name: "Kalijambe", level: "subdistrict", parentCode: "33.14" },
 * ]); // → 2
 */
export async function replaceAreas(db: Db, tenantId: string, rows: AreaInput[]): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.delete(areas).where(eq(areas.tenantId, tenantId));
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      const chunk = rows.slice(start, start + INSERT_CHUNK).map((row) => ({ ...row, tenantId }));
      await tx.insert(areas).values(chunk);
    }
    return rows.length;
  });
}

/**
 * The tenant's areas, ordered by code (so parents come before their children
 * when codes are hierarchical, as the official ones are).
 *
 * @example
 * const villages = (await listAreas(db, tenantId)).filter((a) => a.level === "village");
 */
export async function listAreas(db: Db, tenantId: string): Promise<Area[]> {
  return db.select().from(areas).where(eq(areas.tenantId, tenantId)).orderBy(asc(areas.code));
}
