import { error, redirect } from "@sveltejs/kit";
import { m } from "$lib/paraglide/messages.js";
import { loadDraft, patchDraft, postedEtag, type PatchOperation } from "$lib/server/draft.ts";
import { diffOps, findProgramme, findTier, formFailure, localizedFrom, oneOf, postedForm } from "../edit.server.ts";
import { checkId, checkRequired, HOLDERS, SECTORS, tiersByRank, type Tier } from "../model.ts";
import type { Actions, PageServerLoad } from "./$types";

/** One programme: its texts, sector and holder; its tiers in rank order (reorder, add, remove). */
export const load: PageServerLoad = async (event) => {
  const { permissions } = await event.parent();
  if (!permissions.includes("config:edit")) error(404, { message: m.common_error_not_found() });
  const { draft, etag } = await loadDraft(event);
  const { programme, index } = findProgramme(draft.content, event.params.programme);
  return { programme, index, problems: draft.problems, etag, revision: draft.revision };
};

export const actions: Actions = {
  save: async (event) => {
    const form = await event.request.formData();
    const posted = postedForm(form);
    const { draft } = await loadDraft(event);
    const { programme, index } = findProgramme(draft.content, event.params.programme);
    const at = `cardProgrammes/${index}`;
    const after = {
      ...programme,
      label: localizedFrom(posted, `${at}/label`, checkRequired),
      description: localizedFrom(posted, `${at}/description`, checkRequired),
      sector: oneOf(posted.text(`${at}/sector`), SECTORS),
      holder: oneOf(posted.text(`${at}/holder`), HOLDERS),
    };
    const refused = posted.fail();
    if (refused) return refused;
    const operations = diffOps(programme, after, `/${at}`, []);
    if (operations.length === 0) return { saved: true, unchanged: true };
    const saved = await patchDraft(event, { etag: postedEtag(form), operations, values: posted.values, fields: Object.keys(posted.values) });
    if (!saved.ok) return saved.failure;
    return { saved: true };
  },

  /** Swaps a tier's rank with its neighbour's (`direction` up = towards rank 1). */
  move: async (event) => {
    const form = await event.request.formData();
    const { draft } = await loadDraft(event);
    const { programme, index } = findProgramme(draft.content, event.params.programme);
    const ranked = tiersByRank(programme);
    const position = ranked.findIndex(({ tier }) => tier.id === form.get("tier"));
    const other = ranked[form.get("direction") === "up" ? position - 1 : position + 1];
    const current = ranked[position];
    if (current === undefined || other === undefined) return formFailure(m.programmes_error_cannot_move());
    const tiers = `/cardProgrammes/${index}/tiers`;
    // Ranks decide the order; the list follows them so the file reads in rank order too.
    const operations: PatchOperation[] = [
      { op: "replace", path: `${tiers}/${current.index}/rank`, value: other.tier.rank },
      { op: "replace", path: `${tiers}/${other.index}/rank`, value: current.tier.rank },
    ];
    if (Math.abs(current.index - other.index) === 1) operations.push({ op: "move", from: `${tiers}/${current.index}`, path: `${tiers}/${other.index}` });
    const saved = await patchDraft(event, { etag: postedEtag(form), operations, values: {} as Record<string, string> });
    if (!saved.ok) return saved.failure;
    return { moved: String(form.get("tier")) };
  },

  removeTier: async (event) => {
    const form = await event.request.formData();
    const { draft } = await loadDraft(event);
    const { programme, index } = findProgramme(draft.content, event.params.programme);
    const { index: tierIndex } = findTier(programme, String(form.get("tier") ?? ""));
    if (programme.tiers.length <= 1) return formFailure(m.programmes_error_last_tier());
    const saved = await patchDraft(event, {
      etag: postedEtag(form),
      operations: [{ op: "remove", path: `/cardProgrammes/${index}/tiers/${tierIndex}` }],
      values: {} as Record<string, string>,
    });
    if (!saved.ok) return saved.failure;
    return { removed: true };
  },

  addTier: async (event) => {
    const form = await event.request.formData();
    const posted = postedForm(form);
    const { draft } = await loadDraft(event);
    const { programme, index } = findProgramme(draft.content, event.params.programme);
    const id = posted.check("tier/id", checkId);
    const label = localizedFrom(posted, "tier/label", checkRequired);
    if (programme.tiers.some((tier) => tier.id === id)) posted.addError("tier/id", m.programmes_error_id_taken());
    const refused = posted.fail();
    if (refused) return refused;
    const lowest = programme.tiers.reduce((rank, tier) => Math.max(rank, tier.rank), 0);
    const tier: Tier = {
      id,
      rank: lowest + 1,
      label,
      colour: "#22C55E",
      colourName: { id: m.programmes_default_colour_name({}, { locale: "id" }), en: m.programmes_default_colour_name({}, { locale: "en" }) },
      description: label,
      qualification: false,
      issuance: { issuedBy: "regency" },
      benefits: [],
    };
    const saved = await patchDraft(event, {
      etag: postedEtag(form),
      operations: [{ op: "add", path: `/cardProgrammes/${index}/tiers/-`, value: tier }],
      values: posted.values,
      fields: [],
    });
    if (!saved.ok) return saved.failure;
    redirect(303, `/t/${event.params.tenant}/config/programmes/${programme.id}/tiers/${id}`);
  },
};
