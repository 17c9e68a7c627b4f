import { error } from "@sveltejs/kit";
import { localFormErrors } from "$lib/api/errors.ts";
import { m } from "$lib/paraglide/messages.js";
import { apiClient, apiData } from "$lib/server/api.ts";
import { failFromApi } from "$lib/server/forms.ts";
import { fail } from "@sveltejs/kit";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async (event) => {
  const { permissions } = await event.parent();
  if (!permissions.includes("config:read")) error(404, { message: m.common_error_not_found() });
  const { versions } = apiData(
    await apiClient(event).GET("/api/t/{tenant}/config/versions", { params: { path: { tenant: event.params.tenant } } }),
    event,
  );
  // ?rollback=N opens the confirmation step for version N (a link, so it works without JavaScript).
  const asked = Number(event.url.searchParams.get("rollback"));
  const rollback = permissions.includes("config:publish") ? (versions.find((v) => v.version === asked) ?? null) : null;
  return { versions, rollback, canPublish: permissions.includes("config:publish") };
};

export const actions: Actions = {
  rollback: async (event) => {
    const form = await event.request.formData();
    const version = Number(form.get("version"));
    const note = String(form.get("note") ?? "").trim();
    const values = { version: String(version), note };
    if (note === "") return fail(400, { errors: localFormErrors({ note: m.versions_note_required() }), values });
    const result = await apiClient(event).POST("/api/t/{tenant}/config/rollback", {
      params: { path: { tenant: event.params.tenant } },
      body: { version, note },
    });
    if (result.data !== undefined) return { rolledBack: result.data, from: version };
    return failFromApi(result, event, { values, fields: ["note", "version"] });
  },
};
