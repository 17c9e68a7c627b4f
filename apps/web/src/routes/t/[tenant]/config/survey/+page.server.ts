import { error } from "@sveltejs/kit";
import { m } from "$lib/paraglide/messages.js";
import { loadDraft, patchDraft, postedEtag } from "$lib/server/draft.ts";
import { ruleFields } from "$lib/rules/fields.ts";
import { parseRuleText } from "$lib/rules/blocks.ts";
import type { Actions, PageServerLoad } from "./$types";
import type { Criterion } from "./criterion-form.ts";
import { fromCascade } from "./classification.ts";

type Text = { id: string; en: string };
interface SurveyContent {
  criteria?: Criterion[];
  categories?: Array<{ id: string; rank: number; label: Text }>;
  classification?: { rule: unknown; description: Text };
}

export const load: PageServerLoad = async (event) => {
  const { permissions } = await event.parent();
  if (!permissions.includes("config:edit")) error(404, { message: m.common_error_not_found() });
  const { draft, etag } = await loadDraft(event);
  const survey = (draft.content["survey"] ?? {}) as SurveyContent;
  const locale = event.locals.locale;
  return {
    etag,
    criteria: survey.criteria ?? [],
    categories: survey.categories ?? [],
    classification: survey.classification ?? { rule: undefined, description: { id: "", en: "" } },
    problems: draft.problems,
    signFields: ruleFields(draft.content, locale, "sign"),
    classificationFields: ruleFields(draft.content, locale, "classification"),
  };
};

export const actions: Actions = {
  classification: async (event) => {
    const form = await event.request.formData();
    const values: Record<string, string> = {};
    for (const [key, value] of form.entries()) if (typeof value === "string") values[key] = value;
    const p = "survey/classification";
    const invalid = (field: string) => ({
      values,
      errors: { code: "INVALID_RULE", form: null, fields: { [field]: [m.rules_json_invalid()] }, requestId: null },
    });

    let rule: unknown;
    if (`${p}/rule` in values) {
      const parsed = parseRuleText(values[`${p}/rule`] ?? "");
      if (!parsed.ok) return invalid(`${p}/rule`);
      rule = parsed.rule;
    } else {
      const branches: Array<{ when: unknown; category: string }> = [];
      const indices = [
        ...new Set(Object.keys(values).flatMap((key) => /^survey\/classification\/branches\/(\d+)\//.exec(key)?.[1] ?? [])),
      ].map(Number).sort((a, b) => a - b);
      for (const i of indices) {
        const parsed = parseRuleText(values[`${p}/branches/${i}/when`] ?? "");
        if (!parsed.ok) return invalid(`${p}/branches/${i}/when`);
        branches.push({ when: parsed.rule, category: values[`${p}/branches/${i}/category`] ?? "" });
      }
      rule = fromCascade({ branches, otherwise: values[`${p}/otherwise`] ?? "" });
    }
    const saved = await patchDraft(event, {
      etag: postedEtag(form),
      operations: [
        {
          op: "replace",
          path: "/survey/classification",
          value: { rule, description: { id: values[`${p}/description/id`] ?? "", en: values[`${p}/description/en`] ?? "" } },
        },
      ],
      values,
    });
    if (!saved.ok) return saved.failure;
    return { saved: "classification" as const };
  },
};
