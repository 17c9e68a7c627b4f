// The regency's areas as the CSV that `PUT /api/t/{tenant}/areas` takes (`code,name,parent`),
// so an admin edits the current list instead of starting from an empty file.
import type { Areas } from "./types.ts";

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function areasToCsv(areas: Areas): string {
  const lines = ["code,name,parent"];
  for (const subdistrict of areas.subdistricts) {
    lines.push([subdistrict.code, csvField(subdistrict.name), areas.regency.code].join(","));
    for (const village of subdistrict.villages) lines.push([village.code, csvField(village.name), subdistrict.code].join(","));
  }
  return `${lines.join("\n")}\n`;
}
