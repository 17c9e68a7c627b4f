import { error, redirect } from "@sveltejs/kit";
import { m } from "$lib/paraglide/messages.js";
import { loadDraft, patchDraft, postedEtag } from "$lib/server/draft.ts";
import { checkId, checkRequired, HOLDERS, programmesOf, SECTORS, type CardProgramme } from "./model.ts";
import { localizedFrom, oneOf, postedForm } from "./edit.server.ts";
import type { Actions, PageServerLoad } from "./$types";

/** The card programmes of the draft, each with its tiers; adding a programme. */
export const load: PageServerLoad = async (event) => {
  const { permissions } = await event.parent();
  if (!permissions.includes("config:edit")) error(404, { message: m.common_error_not_found() });
  const { draft, etag } = await loadDraft(event);
  return { programmes: programmesOf(draft.content), problems: draft.problems, etag, revision: draft.revision };
};

export const actions: Actions = {
  add: async (event) => {
    const form = await event.request.formData();
    const posted = postedForm(form);
    const id = posted.check("id", checkId);
    const label = localizedFrom(posted, "label", checkRequired);
    const tierId = posted.check("tierId", checkId);
    const tierLabel = localizedFrom(posted, "tierLabel", checkRequired);
    const { draft } = await loadDraft(event);
    if (programmesOf(draft.content).some((programme) => programme.id === id)) posted.addError("id", m.programmes_error_id_taken());
    const refused = posted.fail();
    if (refused) return refused;

    const programme: CardProgramme = {
      id,
      label,
      description: label,
      sector: oneOf(posted.text("sector"), SECTORS),
      holder: oneOf(posted.text("holder"), HOLDERS),
      tiers: [
        {
          id: tierId,
          rank: 1,
          label: tierLabel,
          colour: "#22C55E",
          colourName: { id: m.programmes_default_colour_name({}, { locale: "id" }), en: m.programmes_default_colour_name({}, { locale: "en" }) },
          description: tierLabel,
          // Nobody qualifies until the rule is written.
          qualification: false,
          issuance: { issuedBy: "regency" },
          benefits: [],
        },
      ],
    };
    const saved = await patchDraft(event, {
      etag: postedEtag(form),
      operations: [{ op: "add", path: "/cardProgrammes/-", value: programme }],
      values: posted.values,
      // The new programme's paths name no field of this form: its problems go to the top.
      fields: [],
    });
    if (!saved.ok) return saved.failure;
    redirect(303, `/t/${event.params.tenant}/config/programmes/${id}`);
  },
};
