import { error, fail } from "@sveltejs/kit";
import { isErrorEnvelope, localFormErrors } from "$lib/api/errors.ts";
import { m } from "$lib/paraglide/messages.js";
import { apiClient, apiData } from "$lib/server/api.ts";
import { postedEtag } from "$lib/server/draft.ts";
import { failFromApi } from "$lib/server/forms.ts";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async (event) => {
  const { permissions } = await event.parent();
  if (!permissions.includes("config:edit")) error(404, { message: m.common_error_not_found() });
  const result = await apiClient(event).GET("/api/t/{tenant}/config/upstream", { params: { path: { tenant: event.params.tenant } } });
  if (result.data === undefined && isErrorEnvelope(result.error) && result.error.error.code === "NO_TEMPLATE") {
    return { comparison: null, etag: "" };
  }
  const comparison = apiData(result, event);
  return { comparison, etag: result.response.headers.get("etag") ?? `"r${comparison.draftRevision}"` };
};

export const actions: Actions = {
  apply: async (event) => {
    const form = await event.request.formData();
    const paths = form.getAll("paths").map(String);
    const values = { paths: paths.join("\n") };
    if (paths.length === 0) return fail(400, { errors: localFormErrors({ paths: m.upstream_choose_one() }), values });
    const result = await apiClient(event).POST("/api/t/{tenant}/config/upstream/apply", {
      params: { path: { tenant: event.params.tenant }, header: { "if-match": postedEtag(form) } },
      body: { paths },
    });
    if (result.data !== undefined) {
      return { applied: result.data.applied, refused: result.data.refused, problems: result.data.draft.problems.length };
    }
    const failure = failFromApi(result, event, { values, fields: ["paths"] });
    if (failure.data.errors.code === "PRECONDITION_FAILED") failure.data.errors.form = m.upstream_stale();
    return failure;
  },
};
