// The parts of a regency configuration the editor screens read, as plain types. The draft's
// `content` comes from the API untyped; these mirror packages/config/src/schema/ (the source
// of truth) without importing it, so the browser bundle stays small.

export interface LocalizedText {
  id: string;
  en: string;
}

export const ADMIN_LEVELS = ["regency", "subdistrict", "village"] as const;
export type AdminLevel = (typeof ADMIN_LEVELS)[number];

export const OUTPUT_KINDS = ["card", "letter", "recommendation", "case"] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

export const AGENCY_KINDS = [
  "poverty-unit",
  "coordination-team",
  "government-office",
  "health-facility",
  "school",
  "training-centre",
  "national-agency",
  "fund",
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export interface Desk {
  id: string;
  label: LocalizedText;
  colour: string;
  order: number;
}

export interface Agency {
  id: string;
  label: LocalizedText;
  shortName?: string;
  kind: AgencyKind;
}

export interface DocumentType {
  id: string;
  label: LocalizedText;
  description?: LocalizedText;
}

export interface Quota {
  id: string;
  label: LocalizedText;
  agency: string;
}

export interface CardProgramme {
  id: string;
  label: LocalizedText;
}

export interface Service {
  id: string;
  desk: string;
  label: LocalizedText;
  description: LocalizedText;
  deliveredBy: string[];
  output: OutputKind;
  cardProgramme?: string;
  eligibility: unknown;
  requiredDocuments: string[];
  receivedAt: AdminLevel[];
  issuance: { issuedBy: AdminLevel; proposedBy?: AdminLevel };
  validity?: { days: number; renewable: boolean; renewalCondition?: LocalizedText };
  quota?: string;
  serviceTime: { targetMinutes: number; maxDays: number };
}

export interface Village {
  code: string;
  name: string;
}

export interface Subdistrict {
  code: string;
  name: string;
  villages: Village[];
}

export interface Areas {
  regency: { code: string; name: string };
  subdistricts: Subdistrict[];
}

/** What the editors read of a draft's content. */
export interface EditableConfig {
  desks: Desk[];
  agencies: Agency[];
  documents: DocumentType[];
  quotas?: Quota[];
  services: Service[];
  cardProgrammes: CardProgramme[];
  areas: Areas;
}

/** The draft's content, read as the editors' shape (missing lists become empty). */
export function editable(content: Record<string, unknown>): EditableConfig {
  const list = <T>(key: string): T[] => (Array.isArray(content[key]) ? (content[key] as T[]) : []);
  const areas = (content["areas"] ?? { regency: { code: "", name: "" }, subdistricts: [] }) as Areas;
  return {
    desks: list<Desk>("desks"),
    agencies: list<Agency>("agencies"),
    documents: list<DocumentType>("documents"),
    quotas: list<Quota>("quotas"),
    services: list<Service>("services"),
    cardProgrammes: list<CardProgramme>("cardProgrammes"),
    areas,
  };
}

/** The text in the page's language. */
export function text(value: LocalizedText | undefined, locale: "id" | "en"): string {
  return value?.[locale] ?? "";
}
