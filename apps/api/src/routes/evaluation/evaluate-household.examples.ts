// OpenAPI examples for POST /api/t/{tenant}/evaluate. Criterion ids follow the
// template configuration's survey; each regency's own ids are in its configuration.

export const evaluateRequestExample = {
  answers: {
    floor_area_per_person: 6,
    floor_type: "earth",
    wall_type: "bamboo",
    toilet: "shared",
    electricity: "non-pln",
    water_source: "unprotected-well",
    cooking_fuel: "firewood",
    protein_per_week: 0,
    new_clothes_per_year: 1,
    meals_per_day: 2,
    can_afford_puskesmas: false,
    head_income: 400000,
    head_education: "sd",
    has_saleable_asset: false,
    dependants: 2,
    chronic_illness: false,
    disability: false,
    head_age: 56,
    female_head: true,
    housing_tenure: "own",
  },
  household: {
    inReferenceList: true,
    referenceSource: "tnp2k",
    hasNationalHealthInsurance: true,
    hasOtherHealthInsurance: false,
  },
  decisionDate: "2026-06-02",
};

const floorCriterion = {
  id: "floor_area_per_person",
  label: { id: "Luas lantai per orang", en: "Floor area per person" },
  question: { id: "Berapa luas lantai rumah dibagi jumlah penghuni (m²)?", en: "Floor area of the house divided by the number of occupants (m²)?" },
  value: 6,
  valueText: { id: "6 m²", en: "6 m²" },
  condition: { id: "Luas lantai per orang kurang dari 8", en: "Floor area per person is less than 8" },
  met: true,
  weight: 1,
  contribution: 1,
  trace: { path: "", operator: "<", words: { id: "Luas lantai per orang kurang dari 8", en: "Floor area per person is less than 8" }, result: true, evaluated: true, children: [] },
};

export const evaluateResponseExample = {
  configuration: { source: "published" as const, version: 1, contentHash: "sha256:…" },
  evaluation: {
    decisionDate: "2026-06-02",
    criteria: [floorCriterion],
    signCount: 14,
    score: 14,
    scoring: { description: { id: "Jumlah bobot tanda kemiskinan", en: "Sum of the weights of the poverty signs" }, trace: { path: "", operator: "+", words: { id: "jumlah bobot", en: "sum of weights" }, result: 14, evaluated: true, children: [] } },
    category: { id: "very-poor", rank: 1, label: { id: "Sangat miskin", en: "Very poor" } },
    classification: { description: { id: "13 tanda atau lebih: sangat miskin", en: "13 signs or more: very poor" } },
    classificationTrace: { path: "", operator: "if", words: { id: "jika skor ≥ 13 maka sangat miskin", en: "if score ≥ 13 then very poor" }, result: "very-poor", evaluated: true, children: [] },
    holds: { saraswati: { tier: "melati", source: "computed" as const } },
    programmes: [
      {
        id: "saraswati",
        label: { id: "Kartu Saraswati", en: "Saraswati health card" },
        holder: "household",
        tier: { id: "melati", rank: 1, label: { id: "Melati", en: "Melati" } },
        tiers: [
          {
            id: "melati",
            rank: 1,
            label: { id: "Melati", en: "Melati" },
            qualifies: true,
            given: true,
            condition: { id: "Kategori adalah salah satu dari sangat miskin, miskin", en: "Category is one of very poor, poor" },
            trace: { path: "", operator: "in", words: { id: "Kategori adalah salah satu dari sangat miskin, miskin", en: "Category is one of very poor, poor" }, result: true, evaluated: true, children: [] },
            missingFacts: [],
          },
        ],
      },
    ],
    services: [],
    eligibleServices: ["saraswati-card"],
  },
};
