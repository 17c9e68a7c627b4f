import type { RegencyConfig } from "@satu-atap/config";
import type { AreaLevel } from "@satu-atap/db";

export interface AreaRow {
  code: string;
  name: string;
  level: AreaLevel;
  parentCode: string | null;
}

/** Flattens the configuration's area tree (regency → sub-districts → villages) into rows. */
export function areaRowsFromConfig(config: RegencyConfig): AreaRow[] {
  const { regency, subdistricts } = config.areas;
  const rows: AreaRow[] = [{ code: regency.code, name: regency.name, level: "regency", parentCode: null }];
  for (const subdistrict of subdistricts) {
    rows.push({ code: subdistrict.code, name: subdistrict.name, level: "subdistrict", parentCode: regency.code });
    for (const village of subdistrict.villages ?? []) {
      rows.push({ code: village.code, name: village.name, level: "village", parentCode: subdistrict.code });
    }
  }
  return rows;
}
