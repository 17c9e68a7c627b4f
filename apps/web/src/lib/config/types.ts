// The parts of a regency configuration the editor screens read. The draft's `content` comes
// from the API untyped; the types are those of @satu-atap/config (the source of truth),
// imported as types only so the browser bundle stays small. The few lists the forms offer are
// repeated here as values for the same reason, and checked against those types.

import type {
  AdminLevel,
  Agency,
  Areas,
  CardProgramme,
  Desk,
  DocumentType,
  LocalizedText,
  Quota,
  Service,
} from "@satu-atap/config";

export type { AdminLevel, Agency, Areas, CardProgramme, Desk, DocumentType, LocalizedText, Quota, Service };
export type { Subdistrict, Village } from "@satu-atap/config";

export const ADMIN_LEVELS = ["regency", "subdistrict", "village"] as const;

export type OutputKind = Service["output"];
export const OUTPUT_KINDS = ["card", "letter", "recommendation", "case"] as const;

export type AgencyKind = Agency["kind"];
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

// The lists above name exactly the members of the configuration's unions: a change there fails here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type ListsMatchConfig = [
  Holds<Same<(typeof ADMIN_LEVELS)[number], AdminLevel>>,
  Holds<Same<(typeof OUTPUT_KINDS)[number], OutputKind>>,
  Holds<Same<(typeof AGENCY_KINDS)[number], AgencyKind>>,
];

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
