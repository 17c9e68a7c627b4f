/**
 * Comparing configurations and merging template updates: identity paths,
 * human labels, a diff matched by identity, and a three-way merge.
 */
export {
  formatIdPath,
  parseIdPath,
  resolveIdPath,
  identityField,
  IDENTITY_FIELDS,
  type IdStep,
  type IdentityField,
} from "./id-path.ts";
export { labelForPath, type PathLabel } from "./labels.ts";
export { diffConfigs, isRulePath, type ConfigChange, type DiffOptions } from "./diff.ts";
export {
  threeWayMerge,
  applyUpstream,
  type MergeEntry,
  type MergeStatus,
  type ThreeWayComparison,
  type ApplyResult,
  type RefusedPath,
} from "./merge.ts";
