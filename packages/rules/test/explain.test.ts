import { type RegencyConfig, readableFields } from "@satu-atap/config";
import { beforeAll, describe, expect, it } from "vitest";
import { type RuleLabels, type TraceNode, describeRule, explain, formatNumber } from "../src/explain/index.ts";
import { ruleLabels } from "../src/household/index.ts";
import { loadSragen } from "./household-fixtures.ts";

const labels: RuleLabels = {
  "answers.floor_area_per_person": { id: "Luas lantai per orang", en: "Floor area per person" },
  "answers.floor_type": {
    label: { id: "Jenis lantai", en: "Floor type" },
    values: { earth: { id: "Tanah", en: "Earth" }, bamboo: { id: "Bambu", en: "Bamboo" } },
  },
  "answers.head_income": { id: "Penghasilan kepala rumah tangga", en: "Income of the head of household" },
  "household.inReferenceList": { id: "Terdaftar di basis data kemiskinan", en: "Found in a reference poverty list" },
  "household.members": {
    label: { id: "Anggota rumah tangga", en: "Household members" },
    items: { sex: { label: { id: "Jenis kelamin", en: "Sex" }, values: { female: { id: "perempuan", en: "female" } } } },
  },
  "applicant.birthDate": { id: "Tanggal lahir pemohon", en: "Applicant's date of birth" },
  decisionDate: { id: "Tanggal keputusan", en: "Decision date" },
  score: { id: "Skor survei", en: "Survey score" },
};

describe("describeRule", () => {
  it("words the example of the issue", () => {
    expect(describeRule({ "<": [{ var: "answers.floor_area_per_person" }, 8] }, labels)).toEqual({
      id: "Luas lantai per orang kurang dari 8",
      en: "Floor area per person is less than 8",
    });
  });

  it.each([
    [{ "<=": [{ var: "score" }, 2] }, "Skor survei paling banyak 2", "Survey score is at most 2"],
    [{ ">": [{ var: "score" }, 2] }, "Skor survei lebih dari 2", "Survey score is more than 2"],
    [{ ">=": [{ var: "score" }, 13] }, "Skor survei paling sedikit 13", "Survey score is at least 13"],
    [{ "<=": [6, { var: "score" }, 8] }, "Skor survei di antara 6 dan 8 (termasuk batas)", "Survey score is between 6 and 8 (inclusive)"],
    [{ "<": [0, { var: "score" }, 9] }, "Skor survei di antara 0 dan 9 (tidak termasuk batas)", "Survey score is between 0 and 9 (exclusive)"],
    [{ "==": [{ var: "answers.floor_type" }, "earth"] }, "Jenis lantai adalah Tanah", "Floor type is Earth"],
    [{ "!=": [{ var: "answers.floor_type" }, "marble"] }, 'Jenis lantai bukan "marble"', 'Floor type is not "marble"'],
    [
      { in: [{ var: "answers.floor_type" }, ["earth", "bamboo"]] },
      "Jenis lantai adalah salah satu dari Tanah atau Bambu",
      "Floor type is one of Earth or Bamboo",
    ],
    [{ "==": [{ var: "household.inReferenceList" }, false] }, "Terdaftar di basis data kemiskinan: tidak", "Found in a reference poverty list: no"],
    [{ "!": { var: "household.inReferenceList" } }, "Terdaftar di basis data kemiskinan: tidak", "Found in a reference poverty list: no"],
    [{ var: "household.inReferenceList" }, "Terdaftar di basis data kemiskinan: ya", "Found in a reference poverty list: yes"],
    [{ "<": [{ var: "answers.head_income" }, 600000] }, "Penghasilan kepala rumah tangga kurang dari 600.000", "Income of the head of household is less than 600,000"],
    [
      { and: [{ "<": [{ var: "score" }, 3] }, { or: [{ var: "household.inReferenceList" }, { ">": [{ var: "score" }, 9] }] }] },
      "Skor survei kurang dari 3 dan (terdaftar di basis data kemiskinan: ya atau skor survei lebih dari 9)",
      "Survey score is less than 3 and (found in a reference poverty list: yes or survey score is more than 9)",
    ],
    [
      { "!": { "<": [{ var: "score" }, 3] } },
      "Tidak benar bahwa skor survei kurang dari 3",
      "It is not the case that survey score is less than 3",
    ],
    [
      { if: [{ ">=": [{ var: "score" }, 13] }, "a", "b"] },
      'Jika skor survei paling sedikit 13 maka "a"; selain itu "b"',
      'If survey score is at least 13 then "a"; otherwise "b"',
    ],
    [{ "+": [{ var: "score" }, 2] }, "Skor survei + 2", "Survey score + 2"],
    [{ "-": [{ var: "score" }, 2] }, "Skor survei − 2", "Survey score − 2"],
    [{ "*": [{ var: "score" }, 2] }, "Skor survei × 2", "Survey score × 2"],
    [{ "/": [{ var: "score" }, 2] }, "Skor survei ÷ 2", "Survey score ÷ 2"],
    [{ max: [{ var: "score" }, 2] }, "Nilai terbesar dari skor survei dan 2", "The largest of survey score and 2"],
    [
      { ">=": [{ age: [{ var: "applicant.birthDate" }, { var: "decisionDate" }] }, 60] },
      "Umur (dari tanggal lahir pemohon, pada tanggal keputusan) paling sedikit 60",
      "Age (from applicant's date of birth, on decision date) is at least 60",
    ],
    [
      { "<=": [{ months_between: ["2014-01-01", { var: "decisionDate" }] }, 3] },
      'Jumlah bulan penuh dari "2014-01-01" sampai tanggal keputusan paling banyak 3',
      'Whole months from "2014-01-01" to decision date is at most 3',
    ],
    [
      { ">=": [{ count: [{ var: "household.members" }, { "==": [{ var: "sex" }, "female"] }] }, 2] },
      "Jumlah anggota rumah tangga yang memenuhi: jenis kelamin adalah perempuan paling sedikit 2",
      "The number of household members for which sex is female is at least 2",
    ],
    [
      { some: [{ var: "household.members" }, { "==": [{ var: "sex" }, "female"] }] },
      "Ada anggota rumah tangga yang memenuhi: jenis kelamin adalah perempuan",
      "At least one of household members satisfies: sex is female",
    ],
    [true, "Selalu", "Always"],
    [{ "==": [{ var: "unlabelled.path" }, 1] }, "Unlabelled.path adalah 1", "Unlabelled.path is 1"],
    [{ merge: [[1], [2]] }, "Gabungan daftar (1) dan (2)", "The lists (1) and (2) combined"],
  ])("words %j", (rule, id, en) => {
    expect(describeRule(rule, labels)).toEqual({ id, en });
  });

  it("falls back to a generic form for an unknown operator", () => {
    expect(describeRule({ median: [{ var: "score" }, 3] }, labels)).toEqual({ id: "Median(skor survei, 3)", en: "Median(survey score, 3)" });
  });

  it("accepts the config package's ReadableField[] as labels", async () => {
    const config = await loadSragen();
    const words = describeRule({ "<": [{ var: "answers.floor_area_per_person" }, 8] }, readableFields("sign", config));
    expect(words).toEqual({ id: "Luas lantai per orang kurang dari 8", en: "Floor area per person is less than 8" });
  });

  it("separates list-like operands with semicolons", () => {
    const rule = { or: [{ in: [{ var: "answers.floor_type" }, ["earth", "bamboo"]] }, { var: "household.inReferenceList" }] };
    expect(describeRule(rule, labels).en).toBe("Floor type is one of Earth or Bamboo or found in a reference poverty list: yes");
    const longer = { and: [{ in: [{ var: "score" }, [1, 2, 3]] }, { var: "household.inReferenceList" }] };
    expect(describeRule(longer, labels).en).toBe("Survey score is one of 1, 2 or 3; and found in a reference poverty list: yes");
  });

  it("formats numbers per language", () => {
    expect(formatNumber(600000)).toEqual({ id: "600.000", en: "600,000" });
    expect(formatNumber(2014)).toEqual({ id: "2014", en: "2014" });
    expect(formatNumber(7.5)).toEqual({ id: "7,5", en: "7.5" });
    expect(formatNumber(-12500.25)).toEqual({ id: "−12.500,25", en: "−12,500.25" });
  });
});

function find(node: TraceNode, path: string): TraceNode {
  const stack = [node];
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    if (n.path === path) return n;
    stack.push(...n.children);
  }
  throw new Error(`no node at ${path}`);
}

describe("explain", () => {
  const data = {
    score: 7,
    answers: { floor_area_per_person: 6, floor_type: "earth" },
    household: { inReferenceList: false, members: [{ sex: "female" }, { sex: "male" }, { sex: "female" }] },
  };

  it("returns the result and a trace with the values read", () => {
    const rule = { and: [{ "<": [{ var: "answers.floor_area_per_person" }, 8] }, { var: "household.inReferenceList" }, { ">": [{ var: "score" }, 1] }] };
    const { result, trace } = explain(rule, data, labels);
    expect(result).toBe(false);
    expect(trace.operator).toBe("and");
    expect(trace.decidedBy).toBe(1);
    expect(trace.children.map((c) => [c.path, c.evaluated, c.result])).toEqual([
      ["/and/0", true, true],
      ["/and/1", true, false],
      ["/and/2", false, undefined],
    ]);
    const variable = find(trace, "/and/0/</0");
    expect(variable.variable).toEqual({ name: "answers.floor_area_per_person", value: 6 });
    expect(variable.words).toEqual({ id: "Luas lantai per orang", en: "Floor area per person" });
    expect(find(trace, "/and/0").words.id).toBe("Luas lantai per orang kurang dari 8");
    expect(find(trace, "/and/2").words.en).toBe("Survey score is more than 1");
  });

  it("records which operand of or decided, and the branch an if took", () => {
    const or = explain({ or: [{ var: "household.inReferenceList" }, { "==": [{ var: "answers.floor_type" }, "earth"] }, true] }, data, labels);
    expect(or.result).toBe(true);
    expect(or.trace.decidedBy).toBe(1);
    // A literal compared with a labelled field takes the value's label.
    expect(find(or.trace, "/or/1/==/1").words).toEqual({ id: "Tanah", en: "Earth" });

    const rule = { if: [{ ">=": [{ var: "score" }, 13] }, "very-poor", { ">=": [{ var: "score" }, 6] }, "near-poor", "not-poor"] };
    const classified = explain(rule, data, labels, { results: { "near-poor": { id: "Hampir miskin", en: "Near poor" } } });
    expect(classified.result).toBe("near-poor");
    expect(classified.trace.decidedBy).toBe(3);
    expect(classified.trace.children.map((c) => c.evaluated)).toEqual([true, false, true, true, false]);
    expect(classified.trace.words.id).toContain("maka Hampir miskin");
  });

  it("summarises array operators by their number of matches", () => {
    const rule = { ">=": [{ count: [{ var: "household.members" }, { "==": [{ var: "sex" }, "female"] }] }, 2] };
    const { result, trace } = explain(rule, data, labels);
    expect(result).toBe(true);
    const count = find(trace, "/>=/0");
    expect(count.matches).toBe(2);
    expect(count.children.map((c) => [c.path, c.evaluated])).toEqual([
      ["/>=/0/count/0", true],
      ["/>=/0/count/1", false],
    ]);
    expect(find(trace, "/>=/0/count/1").words.en).toBe("Sex is female");
    const some = explain({ some: [{ var: "household.members" }, { "==": [{ var: "sex" }, "male"] }] }, data, labels);
    expect(some.trace.matches).toBe(1);
  });

  it("throws what evaluate throws for the whole rule, and records errors of unneeded parts", () => {
    expect(() => explain({ nope: [1] }, data)).toThrow(/nope/);
    const { result, trace } = explain({ or: [true, { nope: [1] }] }, data);
    expect(result).toBe(true);
    expect(trace.children[1]?.evaluated).toBe(false);
  });

  it("explains Sragen's classification with category labels", async () => {
    const config: RegencyConfig = await loadSragen();
    const results = Object.fromEntries(config.survey.categories.map((c) => [c.id, c.label]));
    const { result, trace } = explain(config.survey.classification.rule, { score: 9 }, ruleLabels(config), { results });
    expect(result).toBe("poor");
    expect(trace.words.id).toBe(
      "Jika skor survei paling sedikit 13 maka Sangat miskin; jika tidak, jika skor survei paling sedikit 9 maka Miskin; jika tidak, jika skor survei paling sedikit 6 maka Hampir miskin; selain itu Tidak miskin",
    );
    expect(trace.words.en).toBe(
      "If survey score is at least 13 then Very poor; else if survey score is at least 9 then Poor; else if survey score is at least 6 then Near poor; otherwise Not poor",
    );
    expect(find(trace, "/if/2/>=/0").variable).toEqual({ name: "score", value: 9 });
  });
});
