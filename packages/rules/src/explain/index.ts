/** Explanations: a rule's condition in words (Indonesian and English) and a trace of its evaluation. */
export {
  describeRule,
  describeNode,
  formatNumber,
  type DescribeOptions,
  type DescribeMode,
  type NodeOptions,
} from "./describe.ts";
export { explain, type Explanation, type TraceNode } from "./trace.ts";
export { labelMap, type FieldLabel, type LabelledField, type RuleLabels, type LabelEntry, type LabelMap } from "./labels.ts";
