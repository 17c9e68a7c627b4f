// A survey criterion from its edit form (inputs named after the draft's paths, so the API's
// issues land next to them). Pure: unit-tested in criterion-form.test.ts.
import { parseRuleText } from "$lib/rules/blocks.ts";

type Text = { id: string; en: string };
export interface Criterion {
  id: string;
  group: string;
  label: Text;
  question: Text;
  answer: Record<string, unknown> & { type: string };
  sign?: unknown;
  weight: number;
  narrative: { required: boolean; prompt: Text };
}

/** A number from a form, or the text itself (so the API says in place why it is not one). */
function numberOr(text: string): number | string {
  const trimmed = text.trim();
  if (trimmed === "") return text;
  const n = Number(trimmed.replace(",", "."));
  return Number.isFinite(n) ? n : text;
}

export function criterionFromForm(
  form: FormData,
  prefix: string,
  current: Criterion,
): { criterion: Record<string, unknown>; values: Record<string, string>; invalidRule: boolean } {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") values[key] = value;
  const get = (path: string): string => values[`${prefix}/${path}`] ?? "";
  const text = (path: string): Text => ({ id: get(`${path}/id`), en: get(`${path}/en`) });

  const type = get("answer/type") || current.answer.type;
  let answer: Record<string, unknown>;
  switch (type) {
    case "number": {
      answer = { type, integer: get("answer/integer") === "on" };
      const unit = text("answer/unit");
      if (unit.id !== "" || unit.en !== "") answer["unit"] = unit;
      if (get("answer/min").trim() !== "") answer["min"] = numberOr(get("answer/min"));
      if (get("answer/max").trim() !== "") answer["max"] = numberOr(get("answer/max"));
      break;
    }
    case "choice": {
      const options: Array<{ id: string; label: Text }> = [];
      // Options in the order of their inputs (the page renumbers them as they are reordered).
      const indices = [...new Set(Object.keys(values).flatMap((key) => {
        const match = new RegExp(`^${prefix}/answer/options/(\\d+)/`).exec(key);
        return match?.[1] === undefined ? [] : [Number(match[1])];
      }))].sort((a, b) => a - b);
      for (const i of indices) {
        const id = get(`answer/options/${i}/id`).trim();
        const label = text(`answer/options/${i}/label`);
        if (id === "" && label.id === "" && label.en === "") continue;
        options.push({ id, label });
      }
      answer = { type, options };
      break;
    }
    case "text": {
      answer = { type };
      if (get("answer/maxLength").trim() !== "") answer["maxLength"] = numberOr(get("answer/maxLength"));
      break;
    }
    default:
      answer = { type };
  }

  const signText = values[`${prefix}/sign`];
  const sign = signText === undefined ? { ok: true as const, rule: current.sign } : parseRuleText(signText);
  const criterion: Record<string, unknown> = {
    id: current.id,
    group: current.group,
    label: text("label"),
    question: text("question"),
    answer,
    ...(sign.ok && sign.rule !== undefined ? { sign: sign.rule } : {}),
    weight: numberOr(get("weight")),
    narrative: { required: get("narrative/required") === "on", prompt: text("narrative/prompt") },
  };
  return { criterion, values, invalidRule: !sign.ok };
}
