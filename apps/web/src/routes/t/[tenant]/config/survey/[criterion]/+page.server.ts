import { error } from "@sveltejs/kit";
import { m } from "$lib/paraglide/messages.js";
import { loadDraft, patchDraft, postedEtag } from "$lib/server/draft.ts";
import { ruleFields } from "$lib/rules/fields.ts";
import type { Actions, PageServerLoad } from "./$types";
import { criterionFromForm, type Criterion } from "../criterion-form.ts";

function criteriaOf(content: Record<string, unknown>): Criterion[] {
  const survey = content["survey"] as { criteria?: Criterion[] } | undefined;
  return Array.isArray(survey?.criteria) ? survey.criteria : [];
}

export const load: PageServerLoad = async (event) => {
  const { permissions } = await event.parent();
  if (!permissions.includes("config:edit")) error(404, { message: m.common_error_not_found() });
  const { draft, etag } = await loadDraft(event);
  const criteria = criteriaOf(draft.content);
  const index = criteria.findIndex((c) => c.id === event.params.criterion);
  const criterion = criteria[index];
  if (criterion === undefined) error(404, { message: m.common_error_not_found() });
  return {
    etag,
    index,
    criterion,
    problems: draft.problems,
    fields: ruleFields(draft.content, event.locals.locale, "sign"),
  };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const etag = postedEtag(form);
    const { draft } = await loadDraft(event);
    const criteria = criteriaOf(draft.content);
    const index = criteria.findIndex((c) => c.id === event.params.criterion);
    const current = criteria[index];
    if (current === undefined) error(404, { message: m.common_error_not_found() });
    const prefix = `survey/criteria/${index}`;
    const { criterion, values, invalidRule } = criterionFromForm(form, prefix, current);
    if (invalidRule) {
      return {
        values,
        errors: { code: "INVALID_RULE", form: null, fields: { [`${prefix}/sign`]: [m.rules_json_invalid()] }, requestId: null },
      };
    }
    const saved = await patchDraft(event, {
      etag,
      operations: [{ op: "replace", path: `/survey/criteria/${index}`, value: criterion }],
      values,
    });
    if (!saved.ok) return saved.failure;
    return { saved: true };
  },
};
