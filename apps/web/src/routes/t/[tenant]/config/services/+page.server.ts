import { error, redirect } from "@sveltejs/kit";
import { identifier, required } from "$lib/config/checks.ts";
import { loadEditable, postedValues, refuseFields, saveDraft } from "$lib/config/save.server.ts";
import { editable, type Service } from "$lib/config/types.ts";
import { m } from "$lib/paraglide/messages.js";
import { loadDraft } from "$lib/server/draft.ts";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async (event) => {
  const { permissions } = await event.parent();
  if (!permissions.includes("config:edit")) error(404, { message: m.common_error_not_found() });
  const { draft, etag } = await loadDraft(event);
  const config = editable(draft.content);
  const query = (event.url.searchParams.get("q") ?? "").trim();
  const desk = event.url.searchParams.get("desk") ?? "";
  const locale = event.locals.locale;
  const needle = query.toLowerCase();
  const rows = config.services.map((service, index) => ({
    id: service.id,
    label: service.label[locale],
    desk: service.desk,
    deskLabel: config.desks.find((candidate) => candidate.id === service.desk)?.label[locale] ?? service.desk,
    output: service.output,
    problems: draft.problems.filter((problem) => problem.path === `/services/${index}` || problem.path.startsWith(`/services/${index}/`)).length,
    text: `${service.id} ${service.label.id} ${service.label.en}`.toLowerCase(),
  }));
  const shown = rows.filter((row) => (desk === "" || row.desk === desk) && (needle === "" || row.text.includes(needle)));
  return {
    services: shown.map(({ text: _text, ...row }) => row),
    total: rows.length,
    desks: config.desks.map((candidate) => ({ id: candidate.id, label: candidate.label[locale] })),
    query,
    desk,
    etag,
    removed: event.url.searchParams.get("removed"),
  };
};

export const actions: Actions = {
  add: async (event) => {
    const form = await event.request.formData();
    const values = postedValues(form);
    const config = await loadEditable(event);
    const id = (values["new/id"] ?? "").trim();
    const label = { id: (values["new/label/id"] ?? "").trim(), en: (values["new/label/en"] ?? "").trim() };
    const desk = values["new/desk"] ?? "";
    const wrong: Record<string, string> = {};
    const idProblem = identifier(id) ?? (config.services.some((service) => service.id === id) ? m.desks_check_id_taken() : null);
    if (idProblem) wrong["new/id"] = idProblem;
    for (const [name, value] of [["new/label/id", label.id], ["new/label/en", label.en]] as const) {
      const problem = required(value);
      if (problem) wrong[name] = problem;
    }
    if (!config.desks.some((candidate) => candidate.id === desk)) wrong["new/desk"] = m.desks_check_required();
    const agency = config.agencies[0];
    if (agency === undefined) wrong["new/id"] = m.services_no_agency();
    if (Object.keys(wrong).length > 0 || agency === undefined) return refuseFields(wrong, values);
    // A new service starts with safe defaults the admin completes on its own page.
    const service: Service = {
      id,
      desk,
      label,
      description: label,
      deliveredBy: [agency.id],
      output: "letter",
      eligibility: true,
      requiredDocuments: [],
      receivedAt: ["regency"],
      issuance: { issuedBy: "regency" },
      serviceTime: { targetMinutes: 30, maxDays: 3 },
    };
    const index = config.services.length;
    const saved = await saveDraft(event, {
      form,
      operations: [{ op: "add", path: "/services/-", value: service }],
      values,
      fields: ["id", "label/id", "label/en", "desk"].map((leaf) => `services/${index}/${leaf}`),
    });
    if (!saved.ok) {
      const errors = saved.failure.data.errors;
      errors.fields = Object.fromEntries(Object.entries(errors.fields).map(([name, texts]) => [name.replace(`services/${index}/`, "new/"), texts]));
      return saved.failure;
    }
    redirect(303, `/t/${event.params.tenant}/config/services/${encodeURIComponent(id)}?added=1`);
  },
};
