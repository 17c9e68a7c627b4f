import { error } from "@sveltejs/kit";
import { editable, type Desk } from "$lib/config/types.ts";
import { diffOps } from "$lib/config/patch.ts";
import { colour, identifier, positiveInteger, required } from "$lib/config/checks.ts";
import { loadEditable, postedValues, refuse, refuseFields, saveDraft } from "$lib/config/save.server.ts";
import { m } from "$lib/paraglide/messages.js";
import { loadDraft, type PatchOperation } from "$lib/server/draft.ts";
import type { Actions, PageServerLoad } from "./$types";

/** The inputs of the desks form, as the draft's paths name them. */
function deskFields(count: number): string[] {
  return Array.from({ length: count }, (_, index) => ["label/id", "label/en", "colour", "order"].map((leaf) => `desks/${index}/${leaf}`)).flat();
}

export const load: PageServerLoad = async (event) => {
  const { permissions } = await event.parent();
  if (!permissions.includes("config:edit")) error(404, { message: m.common_error_not_found() });
  const { draft, etag } = await loadDraft(event);
  const config = editable(draft.content);
  const servicesPerDesk = Object.fromEntries(config.desks.map((desk) => [desk.id, config.services.filter((service) => service.desk === desk.id).length]));
  return { desks: config.desks, servicesPerDesk, etag, revision: draft.revision, problems: draft.problems, fields: deskFields(config.desks.length) };
};

export const actions: Actions = {
  save: async (event) => {
    const form = await event.request.formData();
    const values = postedValues(form);
    const { desks } = await loadEditable(event);
    const fields = deskFields(desks.length);
    const operations: PatchOperation[] = [];
    const wrong: Record<string, string> = {};
    desks.forEach((desk, index) => {
      const read = (leaf: string) => values[`desks/${index}/${leaf}`];
      // A desk not on the form (added by someone meanwhile) stays as it is.
      if (read("label/id") === undefined) return;
      const next: Desk = {
        ...desk,
        label: { id: (read("label/id") ?? "").trim(), en: (read("label/en") ?? "").trim() },
        colour: read("colour") ?? desk.colour,
        order: Number(read("order") ?? desk.order),
      };
      for (const [leaf, check] of [["label/id", required], ["label/en", required], ["colour", colour], ["order", positiveInteger]] as const) {
        const problem = check(read(leaf) ?? "");
        if (problem) wrong[`desks/${index}/${leaf}`] = problem;
      }
      operations.push(...diffOps(desk, next, `/desks/${index}`));
    });
    if (Object.keys(wrong).length > 0) {
      return refuseFields(wrong, values);
    }
    const saved = await saveDraft(event, { form, operations, values, fields });
    if (!saved.ok) return saved.failure;
    return { message: saved.unchanged ? m.desks_unchanged() : m.desks_saved() };
  },

  remove: async (event) => {
    const form = await event.request.formData();
    const values = postedValues(form);
    const id = String(form.get("remove") ?? "");
    const { desks, services } = await loadEditable(event);
    const index = desks.findIndex((desk) => desk.id === id);
    if (index === -1) return refuse(404, m.desks_not_found(), values);
    if (desks.length === 1) return refuse(409, m.desks_remove_last(), values);
    const using = services.filter((service) => service.desk === id);
    if (using.length > 0) {
      const names = using.map((service) => service.label[event.locals.locale]).join(", ");
      return refuse(409, m.desks_remove_in_use({ services: names }), values);
    }
    const saved = await saveDraft(event, {
      form,
      operations: [
        { op: "test", path: `/desks/${index}/id`, value: id },
        { op: "remove", path: `/desks/${index}` },
      ],
      values,
      fields: deskFields(desks.length),
    });
    if (!saved.ok) return saved.failure;
    return { message: m.desks_removed() };
  },

  add: async (event) => {
    const form = await event.request.formData();
    const values = postedValues(form);
    const { desks } = await loadEditable(event);
    const desk: Desk = {
      id: (values["new/id"] ?? "").trim(),
      label: { id: (values["new/label/id"] ?? "").trim(), en: (values["new/label/en"] ?? "").trim() },
      colour: values["new/colour"] ?? "#4A5560",
      order: Math.max(0, ...desks.map((existing) => existing.order)) + 1,
    };
    const wrong: Record<string, string> = {};
    const idProblem = identifier(desk.id) ?? (desks.some((existing) => existing.id === desk.id) ? m.desks_check_id_taken() : null);
    if (idProblem) wrong["new/id"] = idProblem;
    for (const leaf of ["label/id", "label/en"]) {
      const problem = required(values[`new/${leaf}`] ?? "");
      if (problem) wrong[`new/${leaf}`] = problem;
    }
    const colourProblem = colour(desk.colour);
    if (colourProblem) wrong["new/colour"] = colourProblem;
    if (Object.keys(wrong).length > 0) return refuseFields(wrong, values);
    const index = desks.length;
    const saved = await saveDraft(event, { form, operations: [{ op: "add", path: "/desks/-", value: desk }], values, fields: ["id", "label/id", "label/en", "colour"].map((leaf) => `desks/${index}/${leaf}`) });
    if (!saved.ok) {
      // The API names the new desk by its index: put its problems on the add form.
      const errors = saved.failure.data.errors;
      errors.fields = Object.fromEntries(Object.entries(errors.fields).map(([name, texts]) => [name.replace(`desks/${index}/`, "new/"), texts]));
      return saved.failure;
    }
    return { message: m.desks_added(), added: true };
  },
};

