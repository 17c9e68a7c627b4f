// Names of the ids a check report speaks in (categories, programmes, tiers, services), in the
// page's language, read from the draft's content.
type Locale = "id" | "en";
interface Named { id: string; label: { id: string; en: string } }

export interface Names {
  category(id: string): string;
  programme(id: string): string;
  tier(programme: string, id: string | null, none: string): string;
  service(id: string): string;
}

export function namesFrom(content: Record<string, unknown>, locale: Locale): Names {
  const survey = (content.survey ?? {}) as { categories?: Named[] };
  const programmes = (content.cardProgrammes ?? []) as Array<Named & { tiers?: Named[] }>;
  const services = (content.services ?? []) as Named[];
  const find = (list: Named[] | undefined, id: string) => list?.find((item) => item.id === id)?.label[locale] ?? id;
  return {
    category: (id) => find(survey.categories, id),
    programme: (id) => find(programmes, id),
    tier: (programme, id, none) => (id === null ? none : find(programmes.find((p) => p.id === programme)?.tiers, id)),
    service: (id) => find(services, id),
  };
}
