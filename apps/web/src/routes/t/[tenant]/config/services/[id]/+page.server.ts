import { error, redirect } from "@sveltejs/kit";
import { positiveInteger, required } from "$lib/config/checks.ts";
import { diffOps } from "$lib/config/patch.ts";
import { loadEditable, postedValues, refuse, refuseFields, saveDraft } from "$lib/config/save.server.ts";
import { ADMIN_LEVELS, OUTPUT_KINDS, editable, type AdminLevel, type EditableConfig, type OutputKind, type Service } from "$lib/config/types.ts";
import { m } from "$lib/paraglide/messages.js";
import { ruleFields } from "$lib/rules/fields.ts";
import { loadDraft, type PatchOperation } from "$lib/server/draft.ts";
import type { Actions, PageServerLoad } from "./$types";

const LEAVES = [
  "label/id",
  "label/en",
  "description/id",
  "description/en",
  "desk",
  "output",
  "cardProgramme",
  "deliveredBy",
  "quota",
  "requiredDocuments",
  "receivedAt",
  "issuance/issuedBy",
  "issuance/proposedBy",
  "validity/days",
  "validity/renewable",
  "validity/renewalCondition/id",
  "validity/renewalCondition/en",
  "serviceTime/targetMinutes",
  "serviceTime/maxDays",
  "eligibility",
] as const;

/** The form's inputs, named as the draft's paths name them (`services/3/validity/days`). */
function serviceFields(index: number): string[] {
  // Only paths an input shows: a problem anywhere else in the service goes to the top of the form.
  return LEAVES.map((leaf) => `services/${index}/${leaf}`);
}

export const load: PageServerLoad = async (event) => {
  const { permissions } = await event.parent();
  if (!permissions.includes("config:edit")) error(404, { message: m.common_error_not_found() });
  const { draft, etag } = await loadDraft(event);
  const config = editable(draft.content);
  const index = config.services.findIndex((service) => service.id === event.params.id);
  if (index === -1) error(404, { message: m.services_not_found() });
  const locale = event.locals.locale;
  const options = (list: ReadonlyArray<{ id: string; label: { id: string; en: string } }>) => list.map((item) => ({ value: item.id, label: item.label[locale] }));
  return {
    service: config.services[index]!,
    index,
    etag,
    problems: draft.problems,
    fields: serviceFields(index),
    desks: options(config.desks),
    agencies: config.agencies.map((agency) => ({ value: agency.id, label: agency.shortName ? `${agency.label[locale]} (${agency.shortName})` : agency.label[locale] })),
    documents: options(config.documents),
    quotas: options(config.quotas ?? []),
    cardProgrammes: options(config.cardProgrammes),
    ruleFields: ruleFields(draft.content, locale),
    added: event.url.searchParams.has("added"),
  };
};

function indexOf(config: EditableConfig, id: string | undefined) {
  return config.services.findIndex((service) => service.id === id);
}

/** The service as the form describes it, and the form's own complaints (per field). */
function readService(before: Service, index: number, form: FormData, values: Record<string, string>) {
  const name = (leaf: string) => `services/${index}/${leaf}`;
  const text = (leaf: string) => (values[name(leaf)] ?? "").trim();
  const wrong: Record<string, string> = {};
  const need = (leaf: string, check: (value: string) => string | null) => {
    const problem = check(values[name(leaf)] ?? "");
    if (problem) wrong[name(leaf)] = problem;
  };
  for (const leaf of ["label/id", "label/en", "description/id", "description/en"]) need(leaf, required);
  need("serviceTime/targetMinutes", positiveInteger);
  need("serviceTime/maxDays", positiveInteger);

  const ticked = (leaf: string) => form.getAll(name(leaf)).map(String);
  const deliveredTicked = ticked("deliveredBy");
  // The first agency leads: keep the order of those already there, then the new ones.
  const deliveredBy = [...before.deliveredBy.filter((id) => deliveredTicked.includes(id)), ...deliveredTicked.filter((id) => !before.deliveredBy.includes(id))];
  if (deliveredBy.length === 0) wrong[name("deliveredBy")] = m.services_delivered_by_min();
  const receivedAt = ADMIN_LEVELS.filter((level) => ticked("receivedAt").includes(level));
  if (receivedAt.length === 0) wrong[name("receivedAt")] = m.services_received_at_min();

  const output = text("output") as OutputKind;
  const cardProgramme = text("cardProgramme");
  const quota = text("quota");
  const proposedBy = text("issuance/proposedBy");

  let validity: Service["validity"];
  if (values["expires"] !== undefined) {
    need("validity/days", positiveInteger);
    const renewalId = text("validity/renewalCondition/id");
    const renewalEn = text("validity/renewalCondition/en");
    if ((renewalId === "") !== (renewalEn === "")) wrong[name(renewalId === "" ? "validity/renewalCondition/id" : "validity/renewalCondition/en")] = m.services_renewal_both();
    validity = {
      days: Number(text("validity/days")),
      renewable: values[name("validity/renewable")] !== undefined,
      ...(renewalId !== "" || renewalEn !== "" ? { renewalCondition: { id: renewalId, en: renewalEn } } : {}),
    };
  }

  let eligibility: Service["eligibility"] = before.eligibility;
  const ruleText = values[name("eligibility")];
  if (ruleText !== undefined) {
    try {
      eligibility = JSON.parse(ruleText);
    } catch {
      wrong[name("eligibility")] = m.services_eligibility_invalid();
    }
  }

  const after: Service = {
    ...before,
    label: { id: text("label/id"), en: text("label/en") },
    description: { id: text("description/id"), en: text("description/en") },
    desk: text("desk"),
    output: (OUTPUT_KINDS as readonly string[]).includes(output) ? output : before.output,
    cardProgramme: cardProgramme === "" ? undefined : cardProgramme,
    deliveredBy,
    quota: quota === "" ? undefined : quota,
    requiredDocuments: ticked("requiredDocuments"),
    receivedAt,
    issuance: {
      issuedBy: (ADMIN_LEVELS as readonly string[]).includes(text("issuance/issuedBy")) ? (text("issuance/issuedBy") as AdminLevel) : before.issuance.issuedBy,
      ...((ADMIN_LEVELS as readonly string[]).includes(proposedBy) ? { proposedBy: proposedBy as AdminLevel } : {}),
    },
    validity,
    serviceTime: { targetMinutes: Number(text("serviceTime/targetMinutes")), maxDays: Number(text("serviceTime/maxDays")) },
    eligibility,
  };
  return { after, wrong };
}

export const actions: Actions = {
  save: async (event) => {
    const form = await event.request.formData();
    const values = postedValues(form);
    const config = await loadEditable(event);
    const index = indexOf(config, event.params.id);
    if (index === -1) return refuse(404, m.services_not_found(), values);
    const before = config.services[index]!;
    const { after, wrong } = readService(before, index, form, values);
    if (Object.keys(wrong).length > 0) return refuseFields(wrong, values);
    const operations: PatchOperation[] = diffOps(before, after, `/services/${index}`);
    if (operations.length > 0) operations.unshift({ op: "test", path: `/services/${index}/id`, value: before.id });
    const saved = await saveDraft(event, { form, operations, values, fields: serviceFields(index) });
    if (!saved.ok) return saved.failure;
    return { message: saved.unchanged ? m.services_unchanged() : m.services_saved() };
  },

  remove: async (event) => {
    const form = await event.request.formData();
    const values = postedValues(form);
    const config = await loadEditable(event);
    const index = indexOf(config, event.params.id);
    if (index === -1) return refuse(404, m.services_not_found(), values);
    const service = config.services[index]!;
    const saved = await saveDraft(event, {
      form,
      operations: [
        { op: "test", path: `/services/${index}/id`, value: service.id },
        { op: "remove", path: `/services/${index}` },
      ],
      values,
      fields: serviceFields(index),
    });
    if (!saved.ok) return saved.failure;
    redirect(303, `/t/${event.params.tenant}/config/services?removed=${encodeURIComponent(service.label[event.locals.locale])}`);
  },
};
