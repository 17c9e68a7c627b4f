import type { RegencyConfig } from "@satu-atap/config";
import type { HouseholdEvaluation } from "@satu-atap/rules";

/** Where the category a decision used came from. */
export type CategorySource = "survey" | "override" | "reference-list";

/**
 * The reason stored with a decision, in the rules' own words (Indonesian and English): the
 * category and where it came from, the score against the classification thresholds, every
 * criterion (met or not, its condition), the service's eligibility rule and, for a card, each
 * tier's qualification. A refusal gives this as its reason, so the citizen and a complaints
 * officer can see which sign or rule decided it.
 */
export function decisionReason(
  config: RegencyConfig,
  evaluation: HouseholdEvaluation,
  input: { serviceId: string; categorySource: CategorySource; surveyId: string | null },
) {
  const service = evaluation.services.find((s) => s.id === input.serviceId);
  const programme = service?.card === undefined ? undefined : evaluation.programmes.find((p) => p.id === service.card?.programme);
  const eligible = service?.eligible ?? false;
  const label = service?.label ?? { id: input.serviceId, en: input.serviceId };
  const thresholds = config.survey.classification.description;
  const failed = !eligible
    ? programme !== undefined && programme.tier === null
      ? {
          id: `Tidak ada tingkat ${programme.label.id} yang terpenuhi: ${programme.tiers.map((t) => `${t.label.id} (${t.condition.id})`).join("; ")}.`,
          en: `No ${programme.label.en} tier qualifies: ${programme.tiers.map((t) => `${t.label.en} (${t.condition.en})`).join("; ")}.`,
        }
      : { id: `Syarat layanan tidak terpenuhi: ${service?.condition.id ?? ""}.`, en: `The service's condition is not met: ${service?.condition.en ?? ""}.` }
    : null;
  return {
    summary: {
      id:
        `${label.id}: ${eligible ? "memenuhi syarat" : "tidak memenuhi syarat"}. Kategori ${evaluation.category.label.id}, skor ${evaluation.score} ` +
        `(${thresholds.id}).${failed === null ? "" : ` ${failed.id}`}`,
      en:
        `${label.en}: ${eligible ? "eligible" : "not eligible"}. Category ${evaluation.category.label.en}, score ${evaluation.score} ` +
        `(${thresholds.en}).${failed === null ? "" : ` ${failed.en}`}`,
    },
    failedRule: failed,
    decisionDate: evaluation.decisionDate,
    surveyId: input.surveyId,
    category: {
      id: evaluation.category.id,
      label: evaluation.category.label,
      source: input.categorySource,
      ...(evaluation.classifiedCategory === undefined ? {} : { classified: evaluation.classifiedCategory }),
    },
    score: evaluation.score,
    signCount: evaluation.signCount,
    scoring: { description: evaluation.scoring.description },
    classification: { description: thresholds, trace: evaluation.classificationTrace },
    criteria: evaluation.criteria.map((c) => ({
      id: c.id,
      label: c.label,
      value: c.value,
      valueText: c.valueText,
      condition: c.condition,
      met: c.met,
      weight: c.weight,
      contribution: c.contribution,
    })),
    service: service === undefined ? null : { ...service },
    programme:
      programme === undefined
        ? null
        : {
            id: programme.id,
            label: programme.label,
            tier: programme.tier,
            tiers: programme.tiers.map((t) => ({ ...t })),
          },
    holds: evaluation.holds,
  };
}
