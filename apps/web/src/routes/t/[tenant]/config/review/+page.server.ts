import { error, fail } from "@sveltejs/kit";
import { isErrorEnvelope, localFormErrors } from "$lib/api/errors.ts";
import type { Schemas } from "$lib/api/types.ts";
import { m } from "$lib/paraglide/messages.js";
import { apiClient, apiData } from "$lib/server/api.ts";
import { loadDraft, postedEtag } from "$lib/server/draft.ts";
import { failFromApi } from "$lib/server/forms.ts";
import type { Actions, PageServerLoad } from "./$types";
import { runCheck } from "./check.server.ts";
import { todayIn } from "./present.ts";

type Diff = Schemas["ConfigDiff"];
type Change = Diff["changes"][number];

/**
 * Before a regency's first version there is nothing published to compare with, but a clone
 * still has its own changes to the template it was cloned from: the template comparison's
 * entries where this regency's draft differs from the template's version at the sync point.
 */
async function changesFromTemplate(event: Parameters<PageServerLoad>[0]) {
  const result = await apiClient(event).GET("/api/t/{tenant}/config/upstream", { params: { path: { tenant: event.params.tenant } } });
  if (result.data === undefined) {
    if (isErrorEnvelope(result.error) && result.error.error.code === "NO_TEMPLATE") return null;
    apiData(result, event);
    return null;
  }
  const changes: Change[] = result.data.entries
    .filter((entry) => entry.status !== "applies-cleanly")
    .map((entry) => {
      const kind: Change["kind"] = !("base" in entry) ? "added" : !("local" in entry) ? "removed" : "changed";
      return { path: entry.idPath, idPath: entry.idPath, kind, label: entry.label, before: entry.base, after: entry.local };
    });
  return { template: result.data.template.slug, version: result.data.template.baseVersion, changes };
}

export const load: PageServerLoad = async (event) => {
  const { permissions } = await event.parent();
  if (!permissions.includes("config:edit")) error(404, { message: m.common_error_not_found() });
  const tenant = event.params.tenant;
  const { draft, etag } = await loadDraft(event);

  // The changes since the published version; a fresh clone has none published yet.
  const diffResult = await apiClient(event).GET("/api/t/{tenant}/config/diff", { params: { path: { tenant } } });
  let diff: Diff | null = null;
  if (diffResult.data !== undefined) diff = diffResult.data;
  else if (!(isErrorEnvelope(diffResult.error) && diffResult.error.error.code === "CONFIG_NOT_PUBLISHED")) apiData(diffResult, event);

  const fromTemplate = diff === null ? await changesFromTemplate(event) : null;

  const check = await runCheck(event);
  const meta = (draft.content.meta ?? {}) as { timezone?: string };
  return {
    draft,
    etag,
    diff,
    fromTemplate,
    check,
    today: todayIn(meta.timezone),
    canPublish: permissions.includes("config:publish"),
  };
};

export const actions: Actions = {
  publish: async (event) => {
    const form = await event.request.formData();
    const note = String(form.get("note") ?? "").trim();
    const effectiveFrom = String(form.get("effectiveFrom") ?? "");
    const acknowledged = form.getAll("acknowledgedHouseholds").map(String);
    const values = { note, effectiveFrom, acknowledgedHouseholds: acknowledged.join(" ") };
    if (note === "") {
      return fail(400, { errors: localFormErrors({ note: m.review_publish_note_required() }), values });
    }
    const result = await apiClient(event).POST("/api/t/{tenant}/config/publish", {
      params: { path: { tenant: event.params.tenant }, header: { "if-match": postedEtag(form) } },
      body: {
        note,
        ...(effectiveFrom === "" ? {} : { effectiveFrom }),
        ...(acknowledged.length > 0 ? { acknowledge: true, acknowledgedHouseholds: acknowledged } : {}),
      },
    });
    if (result.data !== undefined) return { published: result.data };
    const failure = failFromApi(result, event, { values, fields: ["note", "effectiveFrom", "acknowledgedHouseholds", "acknowledge"] });
    const errors = failure.data.errors;
    if (errors.code === "OUTCOMES_CHANGED_UNACKNOWLEDGED" && errors.form !== null) {
      errors.fields.acknowledgedHouseholds = [errors.form];
      errors.form = null;
    }
    if (errors.code === "PRECONDITION_FAILED") errors.form = m.review_stale_draft();
    return failure;
  },
};
