import { describe, expect, it } from "vitest";
import { criterionFromForm, type Criterion } from "./criterion-form.ts";

const current: Criterion = {
  id: "floor_type",
  group: "bps",
  label: { id: "Jenis lantai", en: "Floor type" },
  question: { id: "Apa?", en: "What?" },
  answer: { type: "choice", options: [] },
  sign: { "==": [{ var: "answers.floor_type" }, "earth"] },
  weight: 1,
  narrative: { required: true, prompt: { id: "x", en: "x" } },
};

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

describe("criterionFromForm", () => {
  const p = "survey/criteria/1";
  const base = {
    [`${p}/label/id`]: "Lantai",
    [`${p}/label/en`]: "Floor",
    [`${p}/question/id`]: "Q",
    [`${p}/question/en`]: "Q",
    [`${p}/answer/type`]: "choice",
    [`${p}/answer/options/0/id`]: "earth",
    [`${p}/answer/options/0/label/id`]: "Tanah",
    [`${p}/answer/options/0/label/en`]: "Earth",
    [`${p}/answer/options/1/id`]: "",
    [`${p}/answer/options/1/label/id`]: "",
    [`${p}/answer/options/1/label/en`]: "",
    [`${p}/answer/options/10/id`]: "tiles",
    [`${p}/answer/options/10/label/id`]: "Ubin",
    [`${p}/answer/options/10/label/en`]: "Tiles",
    [`${p}/weight`]: "1,5",
    [`${p}/narrative/prompt/id`]: "P",
    [`${p}/narrative/prompt/en`]: "P",
    [`${p}/sign`]: '{"in":[{"var":"answers.floor_type"},["earth"]]}',
  };

  it("builds the criterion: options in order (empty rows dropped), numbers, checkboxes, the rule", () => {
    const { criterion, invalidRule } = criterionFromForm(form(base), p, current);
    expect(invalidRule).toBe(false);
    expect(criterion).toEqual({
      id: "floor_type",
      group: "bps",
      label: { id: "Lantai", en: "Floor" },
      question: { id: "Q", en: "Q" },
      answer: { type: "choice", options: [{ id: "earth", label: { id: "Tanah", en: "Earth" } }, { id: "tiles", label: { id: "Ubin", en: "Tiles" } }] },
      sign: { in: [{ var: "answers.floor_type" }, ["earth"]] },
      weight: 1.5,
      narrative: { required: false, prompt: { id: "P", en: "P" } },
    });
  });

  it("passes a weight that is not a number on as text (the API says why, next to it) and flags a rule that is not JSON", () => {
    const { criterion, invalidRule } = criterionFromForm(form({ ...base, [`${p}/weight`]: "banyak", [`${p}/sign`]: "{" }), p, current);
    expect(criterion["weight"]).toBe("banyak");
    expect(invalidRule).toBe(true);
  });

  it("drops the sign when its text is empty (a criterion recorded, not scored)", () => {
    const { criterion } = criterionFromForm(form({ ...base, [`${p}/sign`]: "" }), p, current);
    expect("sign" in criterion).toBe(false);
  });
});
