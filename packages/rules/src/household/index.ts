/** The household pipeline on a regency configuration: signs, score, category, card tiers and services, explained. */
export {
  evaluateHousehold,
  HouseholdEvaluationError,
  type HouseholdEvaluation,
  type HouseholdOptions,
  type CriterionResult,
  type TierResult,
  type ProgrammeResult,
  type ServiceResult,
  type HeldTier,
} from "./evaluate.ts";
export {
  validateHouseholdInput,
  isIsoDate,
  INPUT_MESSAGES,
  MAX_MEMBERS,
  type HouseholdInput,
  type AnswerValue,
  type InputProblem,
  type InputProblemCode,
} from "./input.ts";
export { ruleLabels, PERSON_VALUE_LABELS } from "./labels.ts";
