import type { RegencyConfig } from "@satu-atap/config";
import { beforeAll, describe, expect, it } from "vitest";
import { type HouseholdEvaluation, type HouseholdInput, evaluateHousehold, validateHouseholdInput } from "../src/household/index.ts";
import { ALL_SIGNS, NO_SIGN, answersWithSigns, household, loadSragen, person } from "./household-fixtures.ts";

let config: RegencyConfig;
beforeAll(async () => {
  config = await loadSragen();
});

const DATE = { decisionDate: "2014-06-02" };

function tierOf(result: HouseholdEvaluation, programmeId: string): string | null {
  const programme = result.programmes.find((p) => p.id === programmeId);
  if (programme === undefined) throw new Error(`no programme ${programmeId}`);
  return programme.tier?.id ?? null;
}

describe("Sragen's testHouseholds", () => {
  it("has test households", () => {
    expect(config.testHouseholds?.length ?? 0).toBeGreaterThanOrEqual(2);
  });

  it("gives every example household its expected category, tiers and services", () => {
    for (const example of config.testHouseholds ?? []) {
      const applicant = example.household.members[example.applicantIndex];
      const input: HouseholdInput = {
        answers: example.answers,
        household: example.household,
        ...(applicant === undefined ? {} : { applicant }),
        holds: example.holds,
      };
      expect(validateHouseholdInput(config, input), example.id).toEqual([]);
      const result = evaluateHousehold(config, input, { decisionDate: example.decisionDate });
      expect({ id: example.id, category: result.category.id }).toEqual({ id: example.id, category: example.expected.category });
      for (const [programmeId, tierId] of Object.entries(example.expected.tiers)) {
        expect({ id: example.id, programmeId, tier: tierOf(result, programmeId) }).toEqual({ id: example.id, programmeId, tier: tierId });
      }
      expect({ id: example.id, services: [...result.eligibleServices].sort() }).toEqual({
        id: example.id,
        services: [...example.expected.eligibleServices].sort(),
      });
    }
  });
});

describe("evaluateHousehold on concrete households", () => {
  it("a very poor household: 18 signs, Melati on both cards, explained criterion by criterion", () => {
    const answers = { ...ALL_SIGNS, electricity: "pln", housing_tenure: "own" };
    const result = evaluateHousehold(
      config,
      { answers, household: household({ inReferenceList: true, referenceSource: "tnp2k", hasNationalHealthInsurance: true }), applicant: person() },
      DATE,
    );
    expect(result.signCount).toBe(18);
    expect(result.score).toBe(18);
    expect(result.category).toEqual({ id: "very-poor", rank: 1, label: { id: "Sangat miskin", en: "Very poor" } });
    expect(tierOf(result, "saraswati")).toBe("melati");
    expect(tierOf(result, "sintawati")).toBe("melati");
    expect(result.holds.saraswati).toEqual({ tier: "melati", source: "computed" });

    const floor = result.criteria.find((c) => c.id === "floor_area_per_person");
    expect(floor).toMatchObject({
      value: 5,
      valueText: { id: "5 m² per orang", en: "5 m² per person" },
      condition: { id: "Luas lantai per orang kurang dari 8", en: "Floor area per person is less than 8" },
      met: true,
      weight: 1,
      contribution: 1,
    });
    const electricity = result.criteria.find((c) => c.id === "electricity");
    expect(electricity).toMatchObject({
      value: "pln",
      valueText: { id: "Listrik PLN", en: "PLN grid electricity" },
      condition: { id: "Sumber penerangan adalah Bukan listrik", en: "Lighting source is Not electricity" },
      met: false,
      contribution: 0,
    });
    expect(electricity?.trace?.children[0]?.variable).toEqual({ name: "answers.electricity", value: "pln" });
    expect(result.criteria.reduce((sum, c) => sum + c.contribution, 0)).toBe(result.score);
    // Rusela: own house, very poor, floor sign.
    expect(result.eligibleServices).toContain("rusela");
  });

  it("a near-poor household: Menur, and why Melati was not given", () => {
    const result = evaluateHousehold(config, { answers: answersWithSigns(config, 7), household: household(), applicant: person() }, DATE);
    expect(result.category.id).toBe("near-poor");
    const saraswati = result.programmes.find((p) => p.id === "saraswati");
    expect(saraswati?.tier?.id).toBe("menur");
    expect(saraswati?.tiers.map((t) => [t.id, t.rank, t.qualifies, t.given])).toEqual([
      ["melati", 1, false, false],
      ["menur", 2, true, true],
      ["kenanga", 3, true, false],
    ]);
    const melati = saraswati?.tiers[0];
    expect(melati?.condition).toEqual({
      id: "Kategori kemiskinan adalah salah satu dari Sangat miskin atau Miskin",
      en: "Poverty category is one of Very poor or Poor",
    });
    expect(melati?.trace.result).toBe(false);
    expect(melati?.trace.children[0]?.variable).toEqual({ name: "category", value: "near-poor" });
    expect(tierOf(result, "sintawati")).toBe("menur");
  });

  it("a near-poor household with national insurance gets no Saraswati tier; each tier says why", () => {
    const result = evaluateHousehold(
      config,
      { answers: answersWithSigns(config, 7), household: household({ hasNationalHealthInsurance: true }), applicant: person() },
      DATE,
    );
    const saraswati = result.programmes.find((p) => p.id === "saraswati");
    expect(saraswati?.tier).toBeNull();
    expect(saraswati?.tiers.every((t) => !t.qualifies)).toBe(true);
    const menur = saraswati?.tiers[1];
    expect(menur?.trace.decidedBy).toBe(1);
    expect(menur?.trace.children[1]?.words.en).toBe("Covered by national health insurance for the poor (Jamkesmas/PBI): no");
    expect(menur?.trace.children[1]?.result).toBe(false);
    expect(result.eligibleServices).not.toContain("saraswati-card");
    expect(result.services.find((s) => s.id === "saraswati-card")?.card).toEqual({ programme: "saraswati", tier: null });
  });

  it.each([
    [20, "very-poor"],
    [13, "very-poor"],
    [12, "poor"],
    [9, "poor"],
    [8, "near-poor"],
    [6, "near-poor"],
    [5, "not-poor"],
    [0, "not-poor"],
  ])("score %i → %s", (signs, category) => {
    const result = evaluateHousehold(config, { answers: answersWithSigns(config, signs), household: household() }, DATE);
    expect(result.score).toBe(signs);
    expect(result.category.id).toBe(category);
  });

  it("reads a category given in the options (an override) for tiers and services, and still reports the classified one", () => {
    const input = { answers: answersWithSigns(config, 2), household: household(), applicant: person() };
    const plain = evaluateHousehold(config, input, DATE);
    expect(plain.category.id).toBe("not-poor");
    expect(plain.classifiedCategory).toBeUndefined();
    const overridden = evaluateHousehold(config, input, { ...DATE, category: "near-poor" });
    expect(overridden.category.id).toBe("near-poor");
    expect(overridden.classifiedCategory?.id).toBe("not-poor");
    expect(overridden.score).toBe(plain.score);
    expect(tierOf(overridden, "saraswati")).toBe("menur");
    expect(() => evaluateHousehold(config, input, { ...DATE, category: "rich" })).toThrow(RangeError);
  });

  it("applies each threshold exactly (8 m² is not a sign, 7.99 is; Rp 600,000 is not, 599,999 is)", () => {
    const evaluate = (overrides: Record<string, number>): HouseholdEvaluation =>
      evaluateHousehold(config, { answers: { ...NO_SIGN, ...overrides } }, DATE);
    const met = (result: HouseholdEvaluation, id: string): boolean | undefined => result.criteria.find((c) => c.id === id)?.met;
    expect(met(evaluate({ floor_area_per_person: 8 }), "floor_area_per_person")).toBe(false);
    expect(met(evaluate({ floor_area_per_person: 7.99 }), "floor_area_per_person")).toBe(true);
    expect(met(evaluate({ head_income: 600000 }), "head_income")).toBe(false);
    expect(met(evaluate({ head_income: 599999 }), "head_income")).toBe(true);
    expect(met(evaluate({ dependants: 4 }), "dependants")).toBe(true);
    expect(met(evaluate({ head_age: 59 }), "head_age")).toBe(false);
  });

  it("explains in both languages", () => {
    const result = evaluateHousehold(config, { answers: answersWithSigns(config, 12), household: household(), applicant: person() }, DATE);
    const income = result.criteria.find((c) => c.id === "head_income");
    expect(income?.condition).toEqual({
      id: "Penghasilan kepala rumah tangga kurang dari 600.000",
      en: "Income of the head of household is less than 600,000",
    });
    expect(income?.valueText).toEqual({ id: "300.000 Rp per bulan", en: "300,000 Rp a month" });
    expect(result.classificationTrace.words.id).toContain("maka Miskin");
    expect(result.classificationTrace.words.en).toContain("then Poor");
    const raskin = result.services.find((s) => s.id === "raskin");
    expect(raskin?.condition.id).toBe("Kategori kemiskinan adalah salah satu dari Sangat miskin, Miskin atau Hampir miskin");
    expect(raskin?.condition.en).toBe("Poverty category is one of Very poor, Poor or Near poor");
    const elderly = result.services.find((s) => s.id === "elderly-food-package");
    expect(elderly?.condition.id).toContain("umur (dari tanggal lahir pemohon, pada tanggal keputusan) paling sedikit 60");
    expect(elderly?.condition.en).toContain("age (from applicant's date of birth, on decision date) is at least 60");
    expect(elderly?.eligible).toBe(false);
  });

  it("uses holds: Sintawati Kenanga follows the Saraswati Kenanga given now; a stated tier wins", () => {
    const answers = answersWithSigns(config, 2);
    const computed = evaluateHousehold(config, { answers, household: household(), applicant: person() }, DATE);
    expect(computed.category.id).toBe("not-poor");
    expect(tierOf(computed, "saraswati")).toBe("kenanga");
    expect(computed.holds.saraswati).toEqual({ tier: "kenanga", source: "computed" });
    expect(tierOf(computed, "sintawati")).toBe("kenanga");

    const stated = evaluateHousehold(config, { answers, household: household(), applicant: person(), holds: { saraswati: "melati" } }, DATE);
    expect(stated.holds.saraswati).toEqual({ tier: "melati", source: "input" });
    expect(tierOf(stated, "saraswati")).toBe("kenanga");
    expect(tierOf(stated, "sintawati")).toBe("melati");

    const insured = evaluateHousehold(config, { answers, household: household({ hasOtherHealthInsurance: true }), applicant: person() }, DATE);
    expect(tierOf(insured, "saraswati")).toBeNull();
    expect(insured.holds.saraswati).toEqual({ tier: null, source: "none" });
    expect(tierOf(insured, "sintawati")).toBeNull();
  });

  it("lists the facts a decision read but was not given", () => {
    const result = evaluateHousehold(config, { answers: answersWithSigns(config, 2) }, DATE);
    const kenanga = result.programmes.find((p) => p.id === "saraswati")?.tiers.find((t) => t.id === "kenanga");
    expect(kenanga?.missingFacts).toEqual([
      "household.hasNationalHealthInsurance",
      "household.hasOtherHealthInsurance",
      "household.inReferenceList",
    ]);
    const sintawatiCard = result.services.find((s) => s.id === "sintawati-card");
    expect(sintawatiCard?.missingFacts).toEqual(["applicant.schoolLevel"]);
  });

  it("handles a sangduta case: a death 2 months before the decision date", () => {
    const result = evaluateHousehold(
      config,
      { answers: answersWithSigns(config, 9), household: household({ recentDeathDate: "2014-04-02" }), applicant: person() },
      DATE,
    );
    expect(result.eligibleServices).toContain("sangduta");
    const later = evaluateHousehold(
      config,
      { answers: answersWithSigns(config, 9), household: household({ recentDeathDate: "2014-04-02" }), applicant: person() },
      { decisionDate: "2014-09-02" },
    );
    expect(later.eligibleServices).not.toContain("sangduta");
  });

  it("defaults the decision date to today in the regency's time zone and refuses a bad one", () => {
    const result = evaluateHousehold(config, { answers: NO_SIGN });
    expect(result.decisionDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(() => evaluateHousehold(config, { answers: NO_SIGN }, { decisionDate: "2014-02-30" })).toThrow(RangeError);
  });
});

describe("validateHouseholdInput", () => {
  const paths = (problems: ReadonlyArray<{ path: string; code: string }>): Array<[string, string]> => problems.map((p) => [p.code, p.path]);

  it("accepts a complete input", () => {
    expect(validateHouseholdInput(config, { answers: NO_SIGN, household: household(), applicant: person({ name: "Ani" }), holds: { saraswati: null } })).toEqual([]);
  });

  it("lists every problem of the answers with its pointer", () => {
    const { floor_type: _floorType, ...rest } = NO_SIGN;
    const problems = validateHouseholdInput(config, {
      answers: { ...rest, floor_area_per_person: "big", wall_type: "marble", dependants: 2.5, head_age: 130, chronic_illness: "no", colour: "red" },
    });
    expect(paths(problems)).toEqual([
      ["input_wrong_type", "/answers/floor_area_per_person"],
      ["input_invalid_choice", "/answers/wall_type"],
      ["input_not_integer", "/answers/dependants"],
      ["input_wrong_type", "/answers/chronic_illness"],
      ["input_out_of_range", "/answers/head_age"],
      ["input_unknown_criterion", "/answers/colour"],
      ["input_missing_answer", "/answers/floor_type"],
    ]);
    for (const problem of problems) {
      expect(problem.message).toBe(problem.messages.en);
      expect(problem.messages.id).not.toBe(problem.messages.en);
    }
    expect(problems[6]?.messages).toEqual({ id: 'Jawaban wajib untuk "Jenis lantai" belum diisi', en: 'The required answer to "Floor type" is missing' });
  });

  it("checks household, person facts, dates and holds", () => {
    const problems = validateHouseholdInput(config, {
      answers: NO_SIGN,
      household: {
        ...household({ villageCode: "99.99.99.9999", recentDeathDate: "2014-02-30" }),
        members: [{ ...person(), birthDate: "01-02-1990", sex: "x" }],
        pets: 2,
      },
      applicant: { ...person(), working: "yes" },
      holds: { saraswati: "mawar", kis: null },
      extra: true,
    });
    expect(paths(problems)).toEqual([
      ["input_unknown_field", "/extra"],
      ["input_unknown_value", "/household/villageCode"],
      ["input_invalid_date", "/household/recentDeathDate"],
      ["input_invalid_date", "/household/members/0/birthDate"],
      ["input_unknown_value", "/household/members/0/sex"],
      ["input_unknown_field", "/household/pets"],
      ["input_wrong_type", "/applicant/working"],
      ["input_unknown_tier", "/holds/saraswati"],
      ["input_unknown_programme", "/holds/kis"],
    ]);
  });

  it("refuses inputs that are not objects, and hostile keys without polluting", () => {
    expect(paths(validateHouseholdInput(config, null))).toEqual([["input_not_object", ""]]);
    expect(paths(validateHouseholdInput(config, { answers: [] }))).toEqual([["input_not_object", "/answers"]]);
    const hostile: unknown = JSON.parse(`{"answers": ${JSON.stringify({ ...NO_SIGN })}, "holds": {"__proto__": {"polluted": true}}}`);
    expect(paths(validateHouseholdInput(config, hostile))).toEqual([["input_unknown_programme", "/holds/__proto__"]]);
    const hostileAnswers: unknown = JSON.parse(`{"answers": {"__proto__": {"polluted": true}, "constructor": 1}}`);
    expect(paths(validateHouseholdInput(config, hostileAnswers)).slice(0, 2)).toEqual([
      ["input_unknown_criterion", "/answers/__proto__"],
      ["input_unknown_criterion", "/answers/constructor"],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses an oversized member list", () => {
    const members = new Array(101).fill(person());
    expect(paths(validateHouseholdInput(config, { answers: NO_SIGN, household: household({ members }) }))).toEqual([
      ["input_too_many", "/household/members"],
    ]);
  });
});
