import { error } from "@sveltejs/kit";
import { identifier, maxLength, required } from "$lib/config/checks.ts";
import { diffOps } from "$lib/config/patch.ts";
import { loadEditable, postedValues, refuse, refuseFields, saveDraft } from "$lib/config/save.server.ts";
import { AGENCY_KINDS, editable, type Agency, type AgencyKind } from "$lib/config/types.ts";
import { m } from "$lib/paraglide/messages.js";
import { loadDraft, type PatchOperation } from "$lib/server/draft.ts";
import type { Actions, PageServerLoad } from "./$types";

const LEAVES = ["label/id", "label/en", "shortName", "kind"] as const;

function agencyFields(count: number): string[] {
  return Array.from({ length: count }, (_, index) => LEAVES.map((leaf) => `agencies/${index}/${leaf}`)).flat();
}

function kindOf(value: string | undefined, fallback: AgencyKind): AgencyKind {
  return (AGENCY_KINDS as readonly string[]).includes(value ?? "") ? (value as AgencyKind) : fallback;
}

/** An agency as the form describes it (under `prefix`), and the form's complaints. */
function readAgency(before: Agency, prefix: string, values: Record<string, string>) {
  const read = (leaf: string) => (values[`${prefix}/${leaf}`] ?? "").trim();
  const wrong: Record<string, string> = {};
  for (const [leaf, check] of [["label/id", required], ["label/en", required], ["shortName", maxLength(32)]] as const) {
    const problem = check(read(leaf));
    if (problem) wrong[`${prefix}/${leaf}`] = problem;
  }
  const shortName = read("shortName");
  const after: Agency = {
    ...before,
    label: { id: read("label/id"), en: read("label/en") },
    kind: kindOf(read("kind"), before.kind),
  };
  if (shortName === "") delete after.shortName;
  else after.shortName = shortName;
  return { after, wrong };
}

export const load: PageServerLoad = async (event) => {
  const { permissions } = await event.parent();
  if (!permissions.includes("config:edit")) error(404, { message: m.common_error_not_found() });
  const { draft, etag } = await loadDraft(event);
  const config = editable(draft.content);
  const servicesPerAgency = Object.fromEntries(config.agencies.map((agency) => [agency.id, config.services.filter((service) => service.deliveredBy.includes(agency.id)).length]));
  return { agencies: config.agencies, servicesPerAgency, etag, problems: draft.problems, fields: agencyFields(config.agencies.length) };
};

export const actions: Actions = {
  save: async (event) => {
    const form = await event.request.formData();
    const values = postedValues(form);
    const { agencies } = await loadEditable(event);
    const operations: PatchOperation[] = [];
    const wrong: Record<string, string> = {};
    agencies.forEach((agency, index) => {
      const prefix = `agencies/${index}`;
      if (values[`${prefix}/label/id`] === undefined) return;
      const read = readAgency(agency, prefix, values);
      Object.assign(wrong, read.wrong);
      operations.push(...diffOps(agency, read.after, `/${prefix}`));
    });
    if (Object.keys(wrong).length > 0) return refuseFields(wrong, values);
    const saved = await saveDraft(event, { form, operations, values, fields: agencyFields(agencies.length) });
    if (!saved.ok) return saved.failure;
    return { message: saved.unchanged ? m.agencies_unchanged() : m.agencies_saved() };
  },

  remove: async (event) => {
    const form = await event.request.formData();
    const values = postedValues(form);
    const id = String(form.get("remove") ?? "");
    const { agencies, services, quotas } = await loadEditable(event);
    const index = agencies.findIndex((agency) => agency.id === id);
    if (index === -1) return refuse(404, m.agencies_not_found(), values);
    if (agencies.length === 1) return refuse(409, m.agencies_remove_last(), values);
    const locale = event.locals.locale;
    const users = [
      ...services.filter((service) => service.deliveredBy.includes(id)).map((service) => service.label[locale]),
      ...(quotas ?? []).filter((quota) => quota.agency === id).map((quota) => quota.label[locale]),
    ];
    if (users.length > 0) return refuse(409, m.agencies_remove_in_use({ users: users.join(", ") }), values);
    const saved = await saveDraft(event, {
      form,
      operations: [
        { op: "test", path: `/agencies/${index}/id`, value: id },
        { op: "remove", path: `/agencies/${index}` },
      ],
      values,
      fields: agencyFields(agencies.length),
    });
    if (!saved.ok) return saved.failure;
    return { message: m.agencies_removed() };
  },

  add: async (event) => {
    const form = await event.request.formData();
    const values = postedValues(form);
    const { agencies } = await loadEditable(event);
    const id = (values["new/id"] ?? "").trim();
    const { after, wrong } = readAgency({ id, label: { id: "", en: "" }, kind: "government-office" }, "new", values);
    const idProblem = identifier(id) ?? (agencies.some((agency) => agency.id === id) ? m.desks_check_id_taken() : null);
    if (idProblem) wrong["new/id"] = idProblem;
    if (Object.keys(wrong).length > 0) return refuseFields(wrong, values);
    const index = agencies.length;
    const saved = await saveDraft(event, {
      form,
      operations: [{ op: "add", path: "/agencies/-", value: after }],
      values,
      fields: ["id", ...LEAVES].map((leaf) => `agencies/${index}/${leaf}`),
    });
    if (!saved.ok) {
      const errors = saved.failure.data.errors;
      errors.fields = Object.fromEntries(Object.entries(errors.fields).map(([name, texts]) => [name.replace(`agencies/${index}/`, "new/"), texts]));
      return saved.failure;
    }
    return { message: m.agencies_added() };
  },
};
