import { error, fail } from "@sveltejs/kit";
import { isErrorEnvelope, type ApiErrorBody } from "$lib/api/errors.ts";
import { areasToCsv } from "$lib/config/areas-csv.ts";
import { editable } from "$lib/config/types.ts";
import { m } from "$lib/paraglide/messages.js";
import { apiClient } from "$lib/server/api.ts";
import { loadDraft } from "$lib/server/draft.ts";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async (event) => {
  const { permissions } = await event.parent();
  if (!permissions.includes("areas:edit") || !permissions.includes("config:edit")) error(404, { message: m.common_error_not_found() });
  const { draft } = await loadDraft(event);
  const { areas } = editable(draft.content);
  const locale = event.locals.locale;
  return {
    areas,
    csv: areasToCsv(areas),
    problems: draft.problems
      .filter((problem) => problem.path.startsWith("/areas/"))
      .map((problem) => {
        const index = /^\/areas\/subdistricts\/(\d+)/.exec(problem.path)?.[1];
        return { subdistrict: index === undefined ? null : Number(index), text: problem.messages[locale] };
      }),
  };
};

/** One line's problem in the page's language (the API's CSV issues are in English). */
function lineProblem(column: string | undefined, message: string, locale: "id" | "en"): string {
  if (locale === "en") return message;
  switch (column) {
    case "code":
      return m.areas_problem_code();
    case "name":
      return m.areas_problem_name();
    case "parent":
      return m.areas_problem_parent();
    case undefined:
      return m.areas_problem_line();
    default:
      return m.areas_problem_other();
  }
}

export const actions: Actions = {
  replace: async (event) => {
    const form = await event.request.formData();
    const file = form.get("file");
    const pasted = String(form.get("csv") ?? "");
    const csv = file instanceof File && file.size > 0 ? await file.text() : pasted;
    if (csv.trim() === "") return fail(400, { empty: m.areas_empty(), csv: pasted, lines: [] });
    const locale = event.locals.locale;
    const result = await apiClient(event).PUT("/api/t/{tenant}/areas", {
      params: { path: { tenant: event.params.tenant } },
      body: csv,
      headers: { "content-type": "text/csv" },
      bodySerializer: (body: unknown) => String(body),
    });
    if (result.error !== undefined || result.data === undefined) {
      if (!isErrorEnvelope(result.error)) error(result.response.status >= 400 ? result.response.status : 502, { message: m.common_error_generic() });
      const envelope: ApiErrorBody = (result.error as { error: ApiErrorBody }).error;
      const lines = (envelope.issues ?? []).map((issue) => {
        const match = /^body\/(\d+)(?:\/(\w+))?$/.exec(issue.path);
        const where = match ? (match[2] ? m.areas_line_column({ line: match[1]!, column: match[2] }) : m.areas_line({ line: match[1]! })) : null;
        const text = issue.messages ? issue.messages[locale] : lineProblem(match ? match[2] : "other", issue.message, locale);
        return { where, text };
      });
      return fail(result.response.status, { empty: lines.length === 0 ? envelope.messages[locale] : null, csv, lines });
    }
    return { replaced: m.areas_replaced({ subdistricts: result.data.subdistricts, villages: result.data.villages }) };
  },
};
