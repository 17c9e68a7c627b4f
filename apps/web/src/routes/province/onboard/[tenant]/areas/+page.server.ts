import { fail, redirect } from "@sveltejs/kit";
import type { RegencyConfig } from "@satu-atap/config";
import { fieldOfIssuePath, isErrorEnvelope, localFormErrors } from "$lib/api/errors.ts";
import { m } from "$lib/paraglide/messages.js";
import { apiClient } from "$lib/server/api.ts";
import { loadDraft } from "$lib/server/draft.ts";
import { failFromApi } from "$lib/server/forms.ts";
import type { Actions, PageServerLoad } from "./$types";
import { requireOnboarding } from "../../guard.ts";

/** Step 3: the new regency's sub-districts and villages, from a CSV file or pasted text. */
export const load: PageServerLoad = async (event) => {
  requireOnboarding(event);
  const { draft } = await loadDraft(event);
  const config = draft.content as unknown as RegencyConfig;
  const { regency, subdistricts } = config.areas;
  return {
    regency: { slug: event.params.tenant, name: config.meta.name[event.locals.locale], code: regency.code },
    // The template's own areas are still there until this step replaces them.
    areasFit: subdistricts.length > 0 && subdistricts.every((s) => s.code.startsWith(`${regency.code}.`)),
    counts: { subdistricts: subdistricts.length, villages: subdistricts.reduce((n, s) => n + (s.villages?.length ?? 0), 0) },
  };
};

/** One CSV problem as the page lists it: where (line, column) and what, in the page's language. */
export interface CsvProblem {
  line: number | null;
  column: string | null;
  message: string;
}

const COLUMN_MESSAGES: Record<string, () => string> = {
  code: m.onboarding_csv_code,
  parent: m.onboarding_csv_parent,
  name: m.onboarding_csv_name,
};

/**
 * The API's issues (`body/<line>/<column>`; line 1 the header; `body/subdistricts/…` for a
 * problem found after reading, such as a code used twice) as lines for the page. The API
 * explains them in English; an Indonesian page says what is wrong with that column instead.
 */
function csvProblems(issues: Array<{ path: string; message: string }>, locale: "id" | "en"): CsvProblem[] {
  return issues.map(({ path, message }) => {
    const [lineText, column] = fieldOfIssuePath(path).split("/");
    const line = lineText !== undefined && /^\d+$/.test(lineText) ? Number(lineText) : null;
    const where = line === null ? null : (column ?? null);
    if (locale === "en") return { line, column: where, message };
    if (line === 1) return { line, column: null, message: m.onboarding_csv_header() };
    if (line !== null && column === undefined) return { line, column: null, message: m.onboarding_csv_fields() };
    const last = fieldOfIssuePath(path).split("/").pop() ?? "";
    return { line, column: where, message: (COLUMN_MESSAGES[last] ?? m.onboarding_csv_other)() };
  });
}

export const actions: Actions = {
  default: async (event) => {
    requireOnboarding(event);
    const form = await event.request.formData();
    const file = form.get("file");
    const pasted = String(form.get("csv") ?? "");
    const fromFile = file instanceof File && file.size > 0 ? await file.text() : "";
    const csv = fromFile.trim() !== "" ? fromFile : pasted;
    if (csv.trim() === "") return fail(400, { errors: localFormErrors({ csv: m.onboarding_areas_empty() }), values: { csv: pasted }, problems: [] as CsvProblem[] });

    const result = await apiClient(event).PUT("/api/t/{tenant}/areas", {
      params: { path: { tenant: event.params.tenant } },
      body: csv as never,
      headers: { "content-type": "text/csv" },
      bodySerializer: (body: unknown) => String(body),
    });
    if (result.error) {
      if (result.response.status === 400 && isErrorEnvelope(result.error) && (result.error.error.issues ?? []).length > 0) {
        return fail(400, { errors: undefined, values: { csv }, problems: csvProblems(result.error.error.issues ?? [], event.locals.locale) });
      }
      return failFromApi(result, event, { values: { csv }, fields: ["csv"] });
    }
    redirect(303, `/province/onboard/${encodeURIComponent(event.params.tenant)}/review`);
  },
};
