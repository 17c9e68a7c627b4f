import type { RegencyConfig } from "@satu-atap/config";
import type { AreaLevel } from "@satu-atap/db";
import type { ErrorIssue } from "../http/errors.ts";

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

/** A sub-district with its villages, as uploaded. */
export interface UploadedSubdistrict {
  code: string;
  name: string;
  villages: Array<{ code: string; name: string }>;
}

const SUBDISTRICT_CODE = /^\d{2}\.\d{2}\.\d{2}$/;
const VILLAGE_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

/**
 * Every problem of an area upload for the regency `regencyCode` (`PP.RR`), located by
 * JSON Pointer into the upload (`body/subdistricts/0/villages/2/code`): code formats,
 * sub-districts inside the regency, villages inside their sub-district, codes unique,
 * names present, at least one sub-district.
 */
export function areaUploadProblems(regencyCode: string, subdistricts: readonly UploadedSubdistrict[]): ErrorIssue[] {
  const problems: ErrorIssue[] = [];
  const seen = new Map<string, string>();
  const unique = (code: string, path: string) => {
    const first = seen.get(code);
    if (first !== undefined) problems.push({ path, message: `Code ${code} is already used at ${first}.` });
    else seen.set(code, path);
  };
  if (subdistricts.length === 0) problems.push({ path: "body/subdistricts", message: "At least one sub-district is needed." });
  subdistricts.forEach((subdistrict, s) => {
    const at = `body/subdistricts/${s}`;
    if (!SUBDISTRICT_CODE.test(subdistrict.code)) problems.push({ path: `${at}/code`, message: "Must be a sub-district code like 33.14.01." });
    else if (!subdistrict.code.startsWith(`${regencyCode}.`)) problems.push({ path: `${at}/code`, message: `Must start with the regency code ${regencyCode}.` });
    unique(subdistrict.code, `${at}/code`);
    if (subdistrict.name.trim() === "") problems.push({ path: `${at}/name`, message: "A name is needed." });
    subdistrict.villages.forEach((village, v) => {
      const vat = `${at}/villages/${v}`;
      if (!VILLAGE_CODE.test(village.code)) problems.push({ path: `${vat}/code`, message: "Must be a village code like 33.14.01.2001." });
      else if (!village.code.startsWith(`${subdistrict.code}.`)) problems.push({ path: `${vat}/code`, message: `Must start with its sub-district code ${subdistrict.code}.` });
      unique(village.code, `${vat}/code`);
      if (village.name.trim() === "") problems.push({ path: `${vat}/name`, message: "A name is needed." });
    });
  });
  return problems;
}

/** Splits CSV text into rows of fields (RFC 4180: quoted fields, doubled quotes, CRLF or LF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === "") quoted = true;
    else if (char === ",") row.push(field), (field = "");
    else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows.filter((r) => !(r.length === 1 && r[0]?.trim() === ""));
}

/**
 * Reads a CSV upload with the header `code,name,parent`: a sub-district's parent is the
 * regency code (or empty), a village's is its sub-district's code. Returns the tree, or
 * every problem located as `body/<line>/<column>` (line 1 is the header).
 */
export function subdistrictsFromCsv(
  text: string,
  regencyCode: string,
): { ok: true; subdistricts: UploadedSubdistrict[] } | { ok: false; problems: ErrorIssue[] } {
  const [header, ...lines] = parseCsv(text.replace(/^\uFEFF/, ""));
  const columns = header?.map((name) => name.trim().toLowerCase());
  if (columns?.join(",") !== "code,name,parent") {
    return { ok: false, problems: [{ path: "body/1", message: "The first line must be the header code,name,parent." }] };
  }
  const problems: ErrorIssue[] = [];
  const subdistricts: UploadedSubdistrict[] = [];
  const byCode = new Map<string, UploadedSubdistrict>();
  const villages: Array<{ code: string; name: string; parent: string; line: number }> = [];
  lines.forEach((fields, index) => {
    const line = index + 2;
    if (fields.length !== 3) {
      problems.push({ path: `body/${line}`, message: `Expected 3 fields (code,name,parent), found ${fields.length}.` });
      return;
    }
    const [code = "", name = "", parent = ""] = fields.map((f) => f.trim());
    if (SUBDISTRICT_CODE.test(code)) {
      if (parent !== "" && parent !== regencyCode) problems.push({ path: `body/${line}/parent`, message: `A sub-district's parent is the regency ${regencyCode}.` });
      const subdistrict = { code, name, villages: [] };
      subdistricts.push(subdistrict);
      if (!byCode.has(code)) byCode.set(code, subdistrict);
    } else if (VILLAGE_CODE.test(code)) villages.push({ code, name, parent, line });
    else problems.push({ path: `body/${line}/code`, message: "Must be a sub-district code (33.14.01) or a village code (33.14.01.2001)." });
  });
  for (const village of villages) {
    const parent = byCode.get(village.parent);
    if (!parent) problems.push({ path: `body/${village.line}/parent`, message: `No sub-district ${village.parent || "(empty)"} in the file.` });
    else parent.villages.push({ code: village.code, name: village.name });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, subdistricts };
}
