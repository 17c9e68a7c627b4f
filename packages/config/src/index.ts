/**
 * @satu-atap/config — the model of one regency's configuration: zod schemas
 * and types, validation with JSON-Pointer issues, the rule field catalogue,
 * and canonical JSON hashing. Pure: no I/O, runs on Node and Workers.
 * File reading lives in `@satu-atap/config/node`.
 */
export { RegencyConfigSchema, LOCALES, type RegencyConfig } from "./schema/regency-config.ts";
export {
  LocalizedTextSchema,
  IdSchema,
  ID_PATTERN,
  ColourSchema,
  AdminLevelSchema,
  ADMIN_LEVELS,
  RuleSchema,
  isJsonValue,
  type LocalizedText,
  type AdminLevel,
  type Rule,
  type JsonValue,
} from "./schema/common.ts";
export { MetaSchema, type Meta } from "./schema/meta.ts";
export { DeskSchema, type Desk } from "./schema/desks.ts";
export { AgencySchema, AGENCY_KINDS, type Agency } from "./schema/agencies.ts";
export { DocumentTypeSchema, type DocumentType } from "./schema/documents.ts";
export { QuotaSchema, QUOTA_PERIODS, QUOTA_EXHAUSTION_POLICIES, type Quota, type QuotaLimit } from "./schema/quotas.ts";
export { ComplaintsSchema, ComplaintCategorySchema, type Complaints, type ComplaintCategory } from "./schema/complaints.ts";
export { IssuanceSchema, type Issuance } from "./schema/issuance.ts";
export { ServiceSchema, OUTPUT_KINDS, type Service } from "./schema/services.ts";
export { BenefitSchema, CARE_LEVELS, SCHOOL_LEVELS, type Benefit, type SchoolLevel } from "./schema/benefits.ts";
export { CardProgrammeSchema, TierSchema, type CardProgramme, type Tier } from "./schema/card-programmes.ts";
export {
  SurveySchema,
  SurveyCriterionSchema,
  AnswerSchema,
  CategorySchema,
  type Survey,
  type SurveyCriterion,
  type Answer,
  type Category,
} from "./schema/survey.ts";
export {
  ProcedureSchema,
  type Procedure,
  type ProcedureStep,
  type ProcedureStepKind,
  procedureStepKinds,
  requiredProcedureStepKinds,
  type VerificationOutcome,
  type ReferenceList,
} from "./schema/procedure.ts";
export { AreasSchema, type Areas, type Subdistrict, type Village } from "./schema/areas.ts";
export {
  TestHouseholdSchema,
  HouseholdFactsSchema,
  PersonFactsSchema,
  type TestHousehold,
  type HouseholdFacts,
  type PersonFacts,
} from "./schema/test-households.ts";

export { validateConfig, type ValidationResult } from "./validate/validate-config.ts";
export { ISSUE_CODES, SHAPE_ISSUE_CODES, isShapeIssue, type ConfigIssue, type IssueCode } from "./validate/issues.ts";
export { toPointer, escapePointerSegment } from "./validate/pointer.ts";

export { ruleVariables, walkRule, type RuleVisitor, type VarFrame, type RuleProblem } from "./rules/rule-walk.ts";
export {
  JSON_LOGIC_OPERATORS,
  DOMAIN_OPERATORS,
  MAX_RULE_DEPTH,
  isKnownOperator,
  type RuleOperator,
} from "./rules/operators.ts";
export {
  PERSON_FIELDS,
  HOUSEHOLD_FIELDS,
  APPLICANT_FIELDS,
  RESULT_FIELDS,
  DECISION_DATE_FIELD,
  type CatalogueField,
  type FieldType,
  type RuleScope,
  type ValueSource,
} from "./rules/field-catalogue.ts";
export { readableFields, type ReadableField } from "./rules/readable-fields.ts";

export { regencyConfigJsonSchema, SCHEMA_ID } from "./docs/json-schema.ts";

export { canonicalJson } from "./canonical/canonical-json.ts";
export { contentHash } from "./canonical/content-hash.ts";
export * from "./diff/index.ts";

export {
  CONFIG_EXPORT_FORMAT,
  CONFIG_EXPORT_FORMAT_VERSION,
  ConfigExportSchema,
  wrapExport,
  readExport,
  exportFileName,
  type ConfigExport,
  type ConfigExportSource,
  type ConfigExportIssue,
  type ReadExportResult,
} from "./transfer/config-export.ts";
export { configExportJsonSchema } from "./transfer/export-json-schema.ts";
