import type { LocalizedText } from "../schema/common.ts";

/** Type of a value a rule can read. Dates are ISO strings `YYYY-MM-DD`. */
export type FieldType = "boolean" | "number" | "string" | "date" | "array";

/**
 * Where the allowed values of a string field come from: a fixed list, or a
 * list in the configuration (resolved by `readableFields`).
 */
export type ValueSource =
  | { readonly fixed: readonly string[] }
  | { readonly from: "categories" | "referenceLists" | "villages" };

/** A field of the household context, as declared in the catalogue. */
export interface CatalogueField {
  /** Dotted path as written in `{"var": path}`; relative to the element for `items`. */
  readonly path: string;
  readonly type: FieldType;
  /** True when the value may be `null` (unknown or not applicable). */
  readonly nullable: boolean;
  readonly label: LocalizedText;
  /** Allowed values of a string field. */
  readonly values?: ValueSource;
  /** Fields of each element of an array field. */
  readonly items?: readonly CatalogueField[];
}

/** Where a rule sits decides what it may read. */
export type RuleScope =
  /** A criterion's `sign`: the survey answers and household facts. */
  | "sign"
  /** `survey.scoring.rule`: signs, weights and answers. */
  | "scoring"
  /** `survey.classification.rule`: the score, signs and answers. */
  | "classification"
  /** `procedure.fastPath.when`: what is known at registration, before any survey. */
  | "registration"
  /** Tier qualification and service eligibility: the full household context. */
  | "household";

const t = (id: string, en: string): LocalizedText => ({ id, en });

/** Fields of one person (a household member, or the applicant). */
export const PERSON_FIELDS: readonly CatalogueField[] = Object.freeze([
  { path: "birthDate", type: "date", nullable: false, label: t("Tanggal lahir", "Date of birth") },
  { path: "sex", type: "string", nullable: false, label: t("Jenis kelamin", "Sex"), values: { fixed: ["female", "male"] } },
  {
    path: "relation",
    type: "string",
    nullable: false,
    label: t("Hubungan dengan kepala keluarga", "Relation to the head of household"),
    values: { fixed: ["head", "spouse", "child", "parent", "other"] },
  },
  {
    path: "schoolLevel",
    type: "string",
    nullable: false,
    label: t("Jenjang sekolah yang diikuti atau dituju", "School level attended or applied for"),
    values: { fixed: ["none", "PAUD", "SD", "SMP", "SMA", "SMK", "PT"] },
  },
  {
    path: "educationCompleted",
    type: "string",
    nullable: false,
    label: t("Pendidikan terakhir yang ditamatkan", "Highest education completed"),
    values: { fixed: ["none", "SD", "SMP", "SMA", "PT"] },
  },
  {
    path: "disability",
    type: "string",
    nullable: false,
    label: t("Disabilitas", "Disability"),
    values: { fixed: ["none", "mild", "severe"] },
  },
  { path: "chronicIllness", type: "boolean", nullable: false, label: t("Penyakit kronis", "Chronic illness") },
  { path: "working", type: "boolean", nullable: false, label: t("Bekerja", "Working") },
  { path: "gpa", type: "number", nullable: true, label: t("IPK (mahasiswa)", "Grade point average (students)") },
  {
    path: "socialProblem",
    type: "string",
    nullable: true,
    label: t("Penyandang masalah kesejahteraan sosial (PMKS)", "Social welfare problem (PMKS)"),
    values: { fixed: ["homeless", "street-person", "sex-worker"] },
  },
]);

/** Facts about the household itself (not from the survey answers). */
export const HOUSEHOLD_FIELDS: readonly CatalogueField[] = Object.freeze([
  {
    path: "household.inReferenceList",
    type: "boolean",
    nullable: false,
    label: t("Terdaftar di basis data kemiskinan", "Found in a reference poverty list"),
  },
  {
    path: "household.referenceSource",
    type: "string",
    nullable: true,
    label: t("Daftar rujukan tempat rumah tangga ditemukan", "Reference list the household was found in"),
    values: { from: "referenceLists" },
  },
  {
    path: "household.hasNationalHealthInsurance",
    type: "boolean",
    nullable: false,
    label: t("Peserta jaminan kesehatan nasional (Jamkesmas/PBI)", "Covered by national health insurance for the poor (Jamkesmas/PBI)"),
  },
  {
    path: "household.hasOtherHealthInsurance",
    type: "boolean",
    nullable: false,
    label: t("Memiliki asuransi kesehatan lain (ASKES, ASABRI, JAMSOSTEK…)", "Holds other health insurance (ASKES, ASABRI, JAMSOSTEK…)"),
  },
  {
    path: "household.villageCode",
    type: "string",
    nullable: false,
    label: t("Kode desa/kelurahan domisili", "Village code of residence"),
    values: { from: "villages" },
  },
  {
    path: "household.recentDeathDate",
    type: "date",
    nullable: true,
    label: t("Tanggal meninggalnya anggota keluarga terakhir", "Date of the latest death in the household"),
  },
  {
    path: "household.members",
    type: "array",
    nullable: false,
    label: t("Anggota rumah tangga", "Household members"),
    items: PERSON_FIELDS,
  },
]);

/** The applicant: the person the service is for (a member of the household). */
export const APPLICANT_FIELDS: readonly CatalogueField[] = Object.freeze(
  PERSON_FIELDS.map((field) => ({ ...field, path: `applicant.${field.path}` })),
);

/** Results of the survey, as read by tier and eligibility rules. */
export const RESULT_FIELDS: readonly CatalogueField[] = Object.freeze([
  {
    path: "category",
    type: "string",
    nullable: true,
    label: t("Kategori kemiskinan", "Poverty category"),
    values: { from: "categories" },
  },
  { path: "score", type: "number", nullable: true, label: t("Skor survei", "Survey score") },
  { path: "signCount", type: "number", nullable: true, label: t("Jumlah tanda kemiskinan", "Number of poverty signs") },
]);

/** The date a rule is evaluated for (the decision date), so results are reproducible. */
export const DECISION_DATE_FIELD: CatalogueField = Object.freeze({
  path: "decisionDate",
  type: "date",
  nullable: false,
  label: t("Tanggal keputusan", "Decision date"),
});
