// OpenAPI example for POST /api/t/{tenant}/config/draft/check: the template's floor-type
// weight raised from 1 to 2, which moves a household scoring 12 over the very-poor threshold.

const tukiyemServices = [
  "complaint-data",
  "saraswati-card",
  "care-recommendation-letter",
  "kejar-paket-c",
  "rusela",
  "pakesra",
  "elderly-food-package",
  "home-industry-equipment",
  "raskin",
  "migrant-worker-training",
];

const hartonoOutcome = {
  category: "not-poor",
  tiers: { saraswati: "kenanga", sintawati: "kenanga" },
  eligibleServices: ["complaint-data", "saraswati-card", "care-recommendation-letter", "sintawati-card"],
};

export const checkDraftResponseExample = {
  draft: { revision: 7 },
  comparedWith: { version: 3, contentHash: "sha256:4ead2c0f…69c9", effectiveFrom: "2026-01-05" },
  summary: { total: 2, passed: 1, failed: 1, changed: 1, new: 0 },
  households: [
    {
      index: 3,
      id: "tukiyem-sumberlawang",
      label: { id: "Keluarga Ibu Tukiyem (Sumberlawang)", en: "Mrs Tukiyem's household (Sumberlawang)" },
      status: "fail",
      expected: { category: "poor", tiers: { saraswati: "melati", sintawati: "melati" }, eligibleServices: tukiyemServices },
      actual: { category: "very-poor", tiers: { saraswati: "melati", sintawati: "melati" }, eligibleServices: tukiyemServices },
      differences: { category: { expected: "poor", actual: "very-poor" } },
      problems: [],
      new: false,
      changed: true,
      published: { category: "poor", tiers: { saraswati: "melati", sintawati: "melati" }, eligibleServices: tukiyemServices },
      changes: { category: { published: "poor", draft: "very-poor" } },
    },
    {
      index: 7,
      id: "hartono-gemolong",
      label: { id: "Keluarga Bapak Hartono (Gemolong)", en: "Mr Hartono's household (Gemolong)" },
      status: "pass",
      expected: hartonoOutcome,
      actual: hartonoOutcome,
      differences: {},
      problems: [],
      new: false,
      changed: false,
      published: hartonoOutcome,
      changes: {},
    },
  ],
  removed: [],
};
