import { readableFields } from "@satu-atap/config";
import type { LocalizedText, ReadableField, RegencyConfig } from "@satu-atap/config";
import { lowerFirst } from "../explain/describe.ts";
import type { FieldLabel } from "../explain/labels.ts";

const t = (id: string, en: string): LocalizedText => ({ id, en });

/**
 * Words for the closed value lists of the person fields of the catalogue
 * (`PERSON_FIELDS` in `@satu-atap/config`), which the catalogue lists by id only.
 */
export const PERSON_VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, LocalizedText>>>> = {
  sex: { female: t("perempuan", "female"), male: t("laki-laki", "male") },
  relation: {
    head: t("kepala rumah tangga", "head of household"),
    spouse: t("suami/istri", "spouse"),
    child: t("anak", "child"),
    parent: t("orang tua", "parent"),
    other: t("lainnya", "other"),
  },
  schoolLevel: {
    none: t("tidak bersekolah", "not in school"),
    PAUD: t("PAUD", "early childhood (PAUD)"),
    SD: t("SD", "primary school (SD)"),
    SMP: t("SMP", "junior secondary (SMP)"),
    SMA: t("SMA", "senior secondary (SMA)"),
    SMK: t("SMK", "vocational secondary (SMK)"),
    PT: t("perguruan tinggi", "higher education"),
  },
  educationCompleted: {
    none: t("tidak tamat SD", "none"),
    SD: t("SD", "primary school (SD)"),
    SMP: t("SMP", "junior secondary (SMP)"),
    SMA: t("SMA", "senior secondary (SMA)"),
    PT: t("perguruan tinggi", "higher education"),
  },
  disability: { none: t("tidak ada", "none"), mild: t("ringan", "mild"), severe: t("berat", "severe") },
  socialProblem: {
    homeless: t("gelandangan", "homeless"),
    "street-person": t("orang jalanan", "street person"),
    "sex-worker": t("pekerja seks", "sex worker"),
  },
};

function personLabels(items: readonly ReadableField[]): Record<string, FieldLabel> {
  const out: Record<string, FieldLabel> = {};
  for (const field of items) {
    const values = Object.hasOwn(PERSON_VALUE_LABELS, field.path) ? PERSON_VALUE_LABELS[field.path] : undefined;
    out[field.path] = { label: field.label, ...(values === undefined ? {} : { values }) };
  }
  return out;
}

/**
 * Labels for explaining any rule of a regency configuration: every readable
 * field (household scope, plus `weights.*`), with words for closed value lists
 * — answer options, categories, card tiers, reference lists, village names and
 * the person fields — so conditions read "Jenis lantai adalah salah satu dari
 * Tanah, Bambu atau Kayu murahan" rather than listing ids. Applicant fields
 * read "… pemohon" / "applicant's …"; signs read "tanda kemiskinan …" / "poverty sign on …".
 *
 * @example
 * describeRule({ "<": [{ var: "answers.floor_area_per_person" }, 8] }, ruleLabels(config)).id
 * // "Luas lantai per orang kurang dari 8"
 */
export function ruleLabels(config: RegencyConfig): Record<string, FieldLabel> {
  const labels: Record<string, FieldLabel> = {};
  const criteria = new Map(config.survey.criteria.map((c) => [c.id, c]));
  const referenceLists = Object.fromEntries(config.procedure.referenceLists.map((l) => [l.id, l.label]));
  const villages = Object.fromEntries(
    config.areas.subdistricts.flatMap((s) => s.villages.map((v) => [v.code, t(`${v.name} (${s.name})`, `${v.name} (${s.name})`)])),
  );
  const fields = [...readableFields("household", config), ...readableFields("scoring", config).filter((f) => f.path.startsWith("weights."))];
  for (const field of fields) {
    const [head = "", ...rest] = field.path.split(".");
    const key = rest.join(".");
    switch (head) {
      case "answers": {
        const criterion = criteria.get(key);
        const answer = criterion?.answer;
        const values = answer?.type === "choice" ? Object.fromEntries(answer.options.map((o) => [o.id, o.label])) : undefined;
        labels[field.path] = { label: field.label, ...(values === undefined ? {} : { values }) };
        break;
      }
      case "signs": {
        const label = criteria.get(key)?.label ?? field.label;
        labels[field.path] = { label: t(`Tanda kemiskinan ${lowerFirst(label.id)}`, `Poverty sign on ${lowerFirst(label.en)}`) };
        break;
      }
      case "weights": {
        const label = criteria.get(key)?.label ?? field.label;
        labels[field.path] = { label: t(`Bobot ${lowerFirst(label.id)}`, `Weight of ${lowerFirst(label.en)}`) };
        break;
      }
      case "category":
        labels[field.path] = {
          label: field.label,
          values: Object.fromEntries(config.survey.categories.map((c) => [c.id, c.label])),
        };
        break;
      case "holds": {
        const programme = config.cardProgrammes.find((p) => p.id === key);
        labels[field.path] = {
          label: field.label,
          ...(programme === undefined ? {} : { values: Object.fromEntries(programme.tiers.map((tier) => [tier.id, tier.label])) }),
        };
        break;
      }
      case "household":
        if (key === "members") {
          labels[field.path] = { label: field.label, items: personLabels(field.items ?? []) };
        } else if (key === "referenceSource") {
          labels[field.path] = { label: field.label, values: referenceLists };
        } else if (key === "villageCode") {
          labels[field.path] = { label: field.label, values: villages };
        } else {
          labels[field.path] = { label: field.label };
        }
        break;
      case "applicant": {
        const values = Object.hasOwn(PERSON_VALUE_LABELS, key) ? PERSON_VALUE_LABELS[key] : undefined;
        labels[field.path] = {
          label: t(`${field.label.id} pemohon`, `Applicant's ${lowerFirst(field.label.en)}`),
          ...(values === undefined ? {} : { values }),
        };
        break;
      }
      default:
        labels[field.path] = { label: field.label };
    }
  }
  return labels;
}
