import { readableFields } from "../rules/readable-fields.ts";
import type { RuleScope } from "../rules/field-catalogue.ts";
import { type AdminLevel, adminLevelIndex } from "../schema/common.ts";
import type { Issuance } from "../schema/issuance.ts";
import { requiredProcedureStepKinds } from "../schema/procedure.ts";
import type { RegencyConfig } from "../schema/regency-config.ts";
import { type ConfigIssue, makeIssue } from "./issues.ts";
import { childPointer } from "./pointer.ts";
import { checkRule, checkRuleResults } from "./rule-check.ts";

interface Named {
  en: string;
  id: string;
}

/** Reports every repeated value of `key` among `items`, at the later occurrences. */
function unique<T>(
  items: readonly T[],
  key: (item: T) => string | number,
  pointerOf: (index: number) => string,
  code: "duplicate_id" | "duplicate_rank" | "duplicate_order",
  what: Named,
): ConfigIssue[] {
  const seen = new Map<string | number, number>();
  const issues: ConfigIssue[] = [];
  items.forEach((item, index) => {
    const value = key(item);
    const first = seen.get(value);
    if (first === undefined) {
      seen.set(value, index);
      return;
    }
    issues.push(
      makeIssue(
        pointerOf(index),
        code,
        `Duplicate ${what.en} "${value}" (already used at index ${first})`,
        `${what.id} "${value}" ganda (sudah dipakai pada indeks ${first})`,
      ),
    );
  });
  return issues;
}

/** Reports `value` when it is not in `known`. */
function reference(value: string, known: ReadonlySet<string>, pointer: string, what: Named): ConfigIssue[] {
  if (known.has(value)) return [];
  const list = [...known].slice(0, 20).join(", ");
  return [
    makeIssue(
      pointer,
      "unknown_reference",
      `Unknown ${what.en} "${value}" (known: ${list})`,
      `${what.id} "${value}" tidak dikenal (yang ada: ${list})`,
    ),
  ];
}

function ids(items: ReadonlyArray<{ id: string }>): Set<string> {
  return new Set(items.map((item) => item.id));
}

function issuanceLevels(issuance: Issuance, pointer: string): ConfigIssue[] {
  const { issuedBy, proposedBy } = issuance;
  if (proposedBy === undefined || adminLevelIndex(proposedBy) > adminLevelIndex(issuedBy)) return [];
  const level = (l: AdminLevel): string => l;
  return [
    makeIssue(
      childPointer(pointer, "proposedBy"),
      "inconsistent_value",
      `The proposing level (${level(proposedBy)}) must be lower than the issuing level (${level(issuedBy)})`,
      `Tingkat pengusul (${level(proposedBy)}) harus lebih rendah dari tingkat penerbit (${level(issuedBy)})`,
    ),
  ];
}

function checkCatalogue(config: RegencyConfig): ConfigIssue[] {
  const deskIds = ids(config.desks);
  const agencyIds = ids(config.agencies);
  const documentIds = ids(config.documents);
  const quotaIds = ids(config.quotas ?? []);
  const programmeIds = ids(config.cardProgrammes);
  const issues: ConfigIssue[] = [
    ...unique(config.desks, (d) => d.id, (i) => `/desks/${i}/id`, "duplicate_id", { en: "desk id", id: "Id loket" }),
    ...unique(config.desks, (d) => d.order, (i) => `/desks/${i}/order`, "duplicate_order", { en: "desk order", id: "Urutan loket" }),
    ...unique(config.agencies, (a) => a.id, (i) => `/agencies/${i}/id`, "duplicate_id", { en: "agency id", id: "Id instansi" }),
    ...unique(config.documents, (d) => d.id, (i) => `/documents/${i}/id`, "duplicate_id", { en: "document id", id: "Id dokumen" }),
    ...unique(config.quotas ?? [], (q) => q.id, (i) => `/quotas/${i}/id`, "duplicate_id", { en: "quota id", id: "Id kuota" }),
    ...unique(config.services, (s) => s.id, (i) => `/services/${i}/id`, "duplicate_id", { en: "service id", id: "Id layanan" }),
  ];

  (config.quotas ?? []).forEach((quota, i) => {
    issues.push(...reference(quota.agency, agencyIds, `/quotas/${i}/agency`, { en: "agency", id: "Instansi" }));
  });

  config.services.forEach((service, i) => {
    const at = `/services/${i}`;
    issues.push(...reference(service.desk, deskIds, `${at}/desk`, { en: "desk", id: "Loket" }));
    service.deliveredBy.forEach((agency, j) => {
      issues.push(...reference(agency, agencyIds, `${at}/deliveredBy/${j}`, { en: "agency", id: "Instansi" }));
    });
    service.requiredDocuments.forEach((doc, j) => {
      issues.push(...reference(doc, documentIds, `${at}/requiredDocuments/${j}`, { en: "document", id: "Dokumen" }));
    });
    if (service.quota !== undefined) {
      issues.push(...reference(service.quota, quotaIds, `${at}/quota`, { en: "quota", id: "Kuota" }));
      // A quota is an agency's capacity: a service can only draw on it when that agency delivers the service.
      const quota = (config.quotas ?? []).find((q) => q.id === service.quota);
      if (quota !== undefined && !service.deliveredBy.includes(quota.agency)) {
        issues.push(
          makeIssue(
            `${at}/quota`,
            "inconsistent_value",
            `The quota "${quota.id}" belongs to the agency "${quota.agency}", which does not deliver this service (deliveredBy: ${service.deliveredBy.join(", ")})`,
            `Kuota "${quota.id}" milik instansi "${quota.agency}", yang tidak memberikan layanan ini (deliveredBy: ${service.deliveredBy.join(", ")})`,
          ),
        );
      }
    }
    if (service.output === "card" && service.cardProgramme === undefined) {
      issues.push(
        makeIssue(
          `${at}/cardProgramme`,
          "inconsistent_value",
          "A service whose output is a card must name its card programme",
          "Layanan yang menghasilkan kartu harus menyebut program kartunya",
        ),
      );
    } else if (service.cardProgramme !== undefined) {
      if (service.output !== "card") {
        issues.push(
          makeIssue(
            `${at}/cardProgramme`,
            "inconsistent_value",
            `Only a service whose output is a card names a card programme (output is "${service.output}")`,
            `Hanya layanan yang menghasilkan kartu yang menyebut program kartu (output "${service.output}")`,
          ),
        );
      }
      issues.push(
        ...reference(service.cardProgramme, programmeIds, `${at}/cardProgramme`, { en: "card programme", id: "Program kartu" }),
      );
    }
    issues.push(...issuanceLevels(service.issuance, `${at}/issuance`));
    issues.push(...unique(service.receivedAt, (l) => l, (j) => `${at}/receivedAt/${j}`, "duplicate_id", { en: "level", id: "Tingkat" }));
  });
  return issues;
}

function checkProgrammes(config: RegencyConfig): ConfigIssue[] {
  const issues = unique(config.cardProgrammes, (p) => p.id, (i) => `/cardProgrammes/${i}/id`, "duplicate_id", {
    en: "card programme id",
    id: "Id program kartu",
  });
  config.cardProgrammes.forEach((programme, i) => {
    const at = `/cardProgrammes/${i}`;
    issues.push(
      ...unique(programme.tiers, (t) => t.id, (j) => `${at}/tiers/${j}/id`, "duplicate_id", { en: "tier id", id: "Id tingkat" }),
      ...unique(programme.tiers, (t) => t.rank, (j) => `${at}/tiers/${j}/rank`, "duplicate_rank", {
        en: "tier rank",
        id: "Peringkat tingkat",
      }),
    );
    programme.tiers.forEach((tier, j) => issues.push(...issuanceLevels(tier.issuance, `${at}/tiers/${j}/issuance`)));
  });
  return issues;
}

function checkSurvey(config: RegencyConfig): ConfigIssue[] {
  const { criteria, categories } = config.survey;
  const issues = [
    ...unique(criteria, (c) => c.id, (i) => `/survey/criteria/${i}/id`, "duplicate_id", { en: "criterion id", id: "Id kriteria" }),
    ...unique(categories, (c) => c.id, (i) => `/survey/categories/${i}/id`, "duplicate_id", { en: "category id", id: "Id kategori" }),
    ...unique(categories, (c) => c.rank, (i) => `/survey/categories/${i}/rank`, "duplicate_rank", {
      en: "category rank",
      id: "Peringkat kategori",
    }),
  ];
  criteria.forEach((criterion, i) => {
    const answer = criterion.answer;
    const at = `/survey/criteria/${i}/answer`;
    if (answer.type === "choice") {
      issues.push(
        ...unique(answer.options, (o) => o.id, (j) => `${at}/options/${j}/id`, "duplicate_id", { en: "option id", id: "Id pilihan" }),
      );
    }
    if (answer.type === "number" && answer.min !== undefined && answer.max !== undefined && answer.min > answer.max) {
      issues.push(
        makeIssue(`${at}/max`, "inconsistent_value", "`max` is smaller than `min`", "`max` lebih kecil dari `min`"),
      );
    }
  });
  return issues;
}

function checkComplaints(config: RegencyConfig): ConfigIssue[] {
  const complaints = config.complaints;
  if (complaints === undefined) return [];
  return [
    ...reference(complaints.desk, ids(config.desks), "/complaints/desk", { en: "desk", id: "Loket" }),
    ...unique(complaints.categories, (c) => c.id, (i) => `/complaints/categories/${i}/id`, "duplicate_id", {
      en: "complaint category id",
      id: "Id kategori pengaduan",
    }),
  ];
}

function checkProcedure(config: RegencyConfig): ConfigIssue[] {
  const { steps, verificationOutcomes, referenceLists, fastPath } = config.procedure;
  const issues = [
    ...unique(steps, (s) => s.id, (i) => `/procedure/steps/${i}/id`, "duplicate_id", { en: "step id", id: "Id langkah" }),
    ...unique(verificationOutcomes, (o) => o.code, (i) => `/procedure/verificationOutcomes/${i}/code`, "duplicate_id", {
      en: "outcome code",
      id: "Kode hasil",
    }),
    ...unique(referenceLists, (l) => l.id, (i) => `/procedure/referenceLists/${i}/id`, "duplicate_id", {
      en: "reference list id",
      id: "Id daftar rujukan",
    }),
  ];
  const categoryIds = ids(config.survey.categories);
  referenceLists.forEach((list, i) => {
    for (const [code, category] of Object.entries(list.categories ?? {})) {
      issues.push(
        ...reference(category, categoryIds, childPointer(`/procedure/referenceLists/${i}/categories`, code), {
          en: "category",
          id: "Kategori",
        }),
      );
    }
  });
  for (const kind of requiredProcedureStepKinds) {
    const indexes = steps.flatMap((step, index) => (step.kind === kind ? [index] : []));
    if (indexes.length === 0) {
      issues.push(
        makeIssue(
          "/procedure/steps",
          "inconsistent_value",
          `No step of kind "${kind}": the procedure needs exactly one`,
          `Tidak ada langkah berjenis "${kind}": prosedur memerlukan tepat satu`,
        ),
      );
    }
    for (const index of indexes.slice(1)) {
      issues.push(
        makeIssue(
          `/procedure/steps/${index}/kind`,
          "inconsistent_value",
          `A second step of kind "${kind}" (already at index ${indexes[0]}): the procedure needs exactly one`,
          `Langkah kedua berjenis "${kind}" (sudah ada pada indeks ${indexes[0]}): prosedur memerlukan tepat satu`,
        ),
      );
    }
  }
  const stepIds = ids(steps);
  fastPath?.skipSteps.forEach((step, i) => {
    issues.push(...reference(step, stepIds, `/procedure/fastPath/skipSteps/${i}`, { en: "step", id: "Langkah" }));
  });
  return issues;
}

function checkAreas(config: RegencyConfig): ConfigIssue[] {
  const { regency, subdistricts } = config.areas;
  const issues: ConfigIssue[] = [];
  const expectedRegency = `${config.meta.regencyCode.slice(0, 2)}.${config.meta.regencyCode.slice(2)}`;
  if (regency.code !== expectedRegency) {
    issues.push(
      makeIssue(
        "/areas/regency/code",
        "area_code_mismatch",
        `The regency code must be ${expectedRegency} (meta.regencyCode ${config.meta.regencyCode})`,
        `Kode kabupaten harus ${expectedRegency} (meta.regencyCode ${config.meta.regencyCode})`,
      ),
    );
  }
  if (!config.meta.regencyCode.startsWith(config.meta.province.code)) {
    issues.push(
      makeIssue(
        "/meta/province/code",
        "area_code_mismatch",
        `The province code must be the first two digits of the regency code (${config.meta.regencyCode})`,
        `Kode provinsi harus dua angka pertama kode kabupaten (${config.meta.regencyCode})`,
      ),
    );
  }
  issues.push(
    ...unique(subdistricts, (s) => s.code, (i) => `/areas/subdistricts/${i}/code`, "duplicate_id", {
      en: "sub-district code",
      id: "Kode kecamatan",
    }),
  );
  const villageCodes = new Map<string, string>();
  subdistricts.forEach((subdistrict, i) => {
    const at = `/areas/subdistricts/${i}`;
    if (!subdistrict.code.startsWith(`${regency.code}.`)) {
      issues.push(
        makeIssue(
          `${at}/code`,
          "area_code_mismatch",
          `Sub-district code ${subdistrict.code} does not start with the regency code ${regency.code}`,
          `Kode kecamatan ${subdistrict.code} tidak diawali kode kabupaten ${regency.code}`,
        ),
      );
    }
    subdistrict.villages.forEach((village, j) => {
      const vAt = `${at}/villages/${j}/code`;
      if (!village.code.startsWith(`${subdistrict.code}.`)) {
        issues.push(
          makeIssue(
            vAt,
            "area_code_mismatch",
            `Village code ${village.code} does not start with its sub-district code ${subdistrict.code}`,
            `Kode desa ${village.code} tidak diawali kode kecamatannya ${subdistrict.code}`,
          ),
        );
      }
      const first = villageCodes.get(village.code);
      if (first !== undefined) {
        issues.push(
          makeIssue(
            vAt,
            "duplicate_id",
            `Duplicate village code "${village.code}" (already used at ${first})`,
            `Kode desa "${village.code}" ganda (sudah dipakai di ${first})`,
          ),
        );
      } else {
        villageCodes.set(village.code, vAt);
      }
    });
  });
  return issues;
}

function checkRules(config: RegencyConfig): ConfigIssue[] {
  const fieldsByScope = new Map<RuleScope, ReturnType<typeof readableFields>>();
  const fields = (scope: RuleScope): ReturnType<typeof readableFields> => {
    let cached = fieldsByScope.get(scope);
    if (cached === undefined) {
      cached = readableFields(scope, config);
      fieldsByScope.set(scope, cached);
    }
    return cached;
  };
  const issues: ConfigIssue[] = [];
  config.survey.criteria.forEach((criterion, i) => {
    if (criterion.sign !== undefined) issues.push(...checkRule(criterion.sign, `/survey/criteria/${i}/sign`, fields("sign")));
  });
  issues.push(...checkRule(config.survey.scoring.rule, "/survey/scoring/rule", fields("scoring")));
  issues.push(...checkRule(config.survey.classification.rule, "/survey/classification/rule", fields("classification")));
  issues.push(
    ...checkRuleResults(
      config.survey.classification.rule,
      "/survey/classification/rule",
      config.survey.categories.map((c) => c.id),
      { en: "category id", id: "id kategori" },
    ),
  );
  config.services.forEach((service, i) => {
    issues.push(...checkRule(service.eligibility, `/services/${i}/eligibility`, fields("household")));
  });
  config.cardProgrammes.forEach((programme, i) => {
    programme.tiers.forEach((tier, j) => {
      issues.push(...checkRule(tier.qualification, `/cardProgrammes/${i}/tiers/${j}/qualification`, fields("household")));
    });
  });
  if (config.procedure.fastPath !== undefined) {
    issues.push(...checkRule(config.procedure.fastPath.when, "/procedure/fastPath/when", fields("registration")));
  }
  return issues;
}

function checkTestHouseholds(config: RegencyConfig): ConfigIssue[] {
  const households = config.testHouseholds ?? [];
  const issues = unique(households, (h) => h.id, (i) => `/testHouseholds/${i}/id`, "duplicate_id", {
    en: "test household id",
    id: "Id rumah tangga contoh",
  });
  const criteria = new Map(config.survey.criteria.map((c) => [c.id, c]));
  const categoryIds = ids(config.survey.categories);
  const serviceIds = ids(config.services);
  const referenceListIds = ids(config.procedure.referenceLists);
  const villageCodes = new Set(config.areas.subdistricts.flatMap((s) => s.villages.map((v) => v.code)));
  households.forEach((household, i) => {
    const at = `/testHouseholds/${i}`;
    const facts = household.household;
    if (facts.referenceSource !== null) {
      issues.push(
        ...reference(facts.referenceSource, referenceListIds, `${at}/household/referenceSource`, {
          en: "reference list",
          id: "Daftar rujukan",
        }),
      );
    }
    issues.push(...reference(facts.villageCode, villageCodes, `${at}/household/villageCode`, { en: "village code", id: "Kode desa" }));
    if (household.applicantIndex >= facts.members.length) {
      issues.push(
        makeIssue(
          `${at}/applicantIndex`,
          "inconsistent_value",
          `No member at index ${household.applicantIndex}`,
          `Tidak ada anggota pada indeks ${household.applicantIndex}`,
        ),
      );
    }
    for (const [criterionId, value] of Object.entries(household.answers)) {
      const criterion = criteria.get(criterionId);
      const aAt = childPointer(`${at}/answers`, criterionId);
      if (criterion === undefined) {
        issues.push(...reference(criterionId, new Set(criteria.keys()), aAt, { en: "criterion", id: "Kriteria" }));
        continue;
      }
      const answer = criterion.answer;
      const fits =
        (answer.type === "yes-no" && typeof value === "boolean") ||
        (answer.type === "number" && typeof value === "number") ||
        (answer.type === "text" && typeof value === "string") ||
        (answer.type === "choice" && typeof value === "string" && answer.options.some((o) => o.id === value));
      if (!fits) {
        issues.push(
          makeIssue(
            aAt,
            "invalid_value",
            `Answer ${JSON.stringify(value)} does not fit the "${answer.type}" question "${criterionId}"`,
            `Jawaban ${JSON.stringify(value)} tidak sesuai dengan pertanyaan "${answer.type}" "${criterionId}"`,
          ),
        );
      }
    }
    for (const [programmeId, tierId] of Object.entries(household.holds)) {
      const hAt = childPointer(`${at}/holds`, programmeId);
      const programme = config.cardProgrammes.find((p) => p.id === programmeId);
      if (programme === undefined) {
        issues.push(...reference(programmeId, ids(config.cardProgrammes), hAt, { en: "card programme", id: "Program kartu" }));
      } else if (tierId !== null) {
        issues.push(...reference(tierId, ids(programme.tiers), hAt, { en: "tier", id: "Tingkat" }));
      }
    }
    issues.push(...reference(household.expected.category, categoryIds, `${at}/expected/category`, { en: "category", id: "Kategori" }));
    for (const [programmeId, tierId] of Object.entries(household.expected.tiers)) {
      const tAt = childPointer(`${at}/expected/tiers`, programmeId);
      const programme = config.cardProgrammes.find((p) => p.id === programmeId);
      if (programme === undefined) {
        issues.push(...reference(programmeId, ids(config.cardProgrammes), tAt, { en: "card programme", id: "Program kartu" }));
      } else if (tierId !== null) {
        issues.push(...reference(tierId, ids(programme.tiers), tAt, { en: "tier", id: "Tingkat" }));
      }
    }
    household.expected.eligibleServices.forEach((serviceId, j) => {
      issues.push(...reference(serviceId, serviceIds, `${at}/expected/eligibleServices/${j}`, { en: "service", id: "Layanan" }));
    });
  });
  return issues;
}

/**
 * Every cross-reference problem of a configuration whose shape is valid:
 * unique ids/ranks/codes, references between sections, area code prefixes,
 * issuing levels, and rules (operators, variables per scope, literal values).
 */
export function crossReferenceIssues(config: RegencyConfig): ConfigIssue[] {
  return [
    ...checkCatalogue(config),
    ...checkProgrammes(config),
    ...checkSurvey(config),
    ...checkProcedure(config),
    ...checkComplaints(config),
    ...checkAreas(config),
    ...checkRules(config),
    ...checkTestHouseholds(config),
  ];
}
