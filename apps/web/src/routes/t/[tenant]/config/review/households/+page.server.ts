import { error, fail } from "@sveltejs/kit";
import { m } from "$lib/paraglide/messages.js";
import { loadDraft, patchDraft, postedEtag } from "$lib/server/draft.ts";
import type { Actions, PageServerLoad } from "./$types";
import { runCheck } from "../check.server.ts";

export const load: PageServerLoad = async (event) => {
  const { permissions } = await event.parent();
  if (!permissions.includes("config:edit")) error(404, { message: m.common_error_not_found() });
  const { draft, etag } = await loadDraft(event);
  const households = ((draft.content.testHouseholds ?? []) as Array<{ id: string; label: { id: string; en: string } }>).map((household, index) => ({
    index,
    id: household.id,
    label: household.label,
  }));
  return { households, etag, check: await runCheck(event) };
};

export const actions: Actions = {
  /** "Use the actual result as expected" for a failing household: the check's `actual` becomes its `expected`. */
  accept: async (event) => {
    const form = await event.request.formData();
    const index = Number(form.get("index"));
    const { report } = await runCheck(event);
    const household = report?.households.find((candidate) => candidate.index === index);
    if (household === undefined) return fail(400, { errors: null, values: {}, accepted: null });
    const saved = await patchDraft(event, {
      etag: postedEtag(form),
      operations: [{ op: "replace", path: `/testHouseholds/${index}/expected`, value: household.actual }],
      values: {},
    });
    if (!saved.ok) {
      if (saved.failure.data.errors.code === "PRECONDITION_FAILED") saved.failure.data.errors.form = m.review_stale_draft();
      return saved.failure;
    }
    return { accepted: household.id };
  },
};
