// Shared by the review, households, versions and template-update screens: values from the
// configuration in words, and where in the editor a draft problem's path is fixed.
type Locale = "id" | "en";

export interface Presented {
  /** A readable text, or null when the value is a rule or a structure shown as JSON. */
  text: string | null;
  /** Compact JSON for the expert view (`<details>`), when there is no text. */
  json: string | null;
}

function isLocalizedText(value: unknown): value is { id: string; en: string } {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) &&
    Object.keys(value).length === 2 && typeof (value as Record<string, unknown>).id === "string" && typeof (value as Record<string, unknown>).en === "string"
  );
}

function labelOf(value: unknown, locale: Locale): string | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if (isLocalizedText(record.label)) return record.label[locale];
  if (typeof record.name === "string") return record.name;
  if (isLocalizedText(record.name)) return record.name[locale];
  return null;
}

function scalar(value: unknown, locale: Locale, words: { yes: string; no: string; none: string }): string | null {
  if (value === null || value === undefined) return words.none;
  if (typeof value === "boolean") return value ? words.yes : words.no;
  if (typeof value === "number") return new Intl.NumberFormat(locale === "id" ? "id-ID" : "en-GB").format(value);
  if (typeof value === "string") return value === "" ? words.none : value;
  if (isLocalizedText(value)) return value[locale];
  return labelOf(value, locale);
}

/** A configuration value for people: numbers, texts, lists and named things in words; anything else as JSON. */
export function present(value: unknown, locale: Locale, words: { yes: string; no: string; none: string }): Presented {
  const simple = scalar(value, locale, words);
  if (simple !== null) return { text: simple, json: null };
  if (Array.isArray(value)) {
    if (value.length === 0) return { text: words.none, json: null };
    const parts = value.map((item) => scalar(item, locale, words));
    if (parts.every((part): part is string => part !== null)) return { text: parts.join(", "), json: null };
  }
  return { text: null, json: JSON.stringify(value) };
}

/** The pointer's segments, unescaped (RFC 6901). */
export function pointerSegments(pointer: string): string[] {
  return pointer.split("/").slice(1).map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
}

function idAt(content: Record<string, unknown>, list: unknown, index: string | undefined): string | null {
  if (!Array.isArray(list) || index === undefined) return null;
  const item = list[Number(index)] as { id?: unknown } | undefined;
  void content;
  return typeof item?.id === "string" ? item.id : null;
}

/**
 * The editor page where the field a draft problem names is fixed, by its JSON Pointer:
 * `/desks/…` → desks, `/services/<i>/…` → that service, `/survey/criteria/<i>` → that
 * criterion, `/cardProgrammes/<i>` → that programme, `/testHouseholds/<i>` → that household.
 */
export function editorPath(tenant: string, pointer: string, content: Record<string, unknown>): string | null {
  const base = `/t/${tenant}/config`;
  const [head, second, third, fourth] = pointerSegments(pointer);
  switch (head) {
    case "desks":
      return `${base}/desks`;
    case "services": {
      const id = idAt(content, content.services, second);
      return id === null ? `${base}/services` : `${base}/services/${encodeURIComponent(id)}`;
    }
    case "survey": {
      if (second === "criteria") {
        const survey = content.survey as { criteria?: unknown } | undefined;
        const id = idAt(content, survey?.criteria, third);
        if (id !== null) return `${base}/survey/${encodeURIComponent(id)}`;
      }
      void fourth;
      return `${base}/survey`;
    }
    case "cardProgrammes": {
      const id = idAt(content, content.cardProgrammes, second);
      return id === null ? `${base}/programmes` : `${base}/programmes/${encodeURIComponent(id)}`;
    }
    case "agencies":
      return `${base}/agencies`;
    case "areas":
      return `${base}/areas`;
    case "testHouseholds":
      return second === undefined ? `${base}/review/households` : `${base}/review/households/${second}`;
    default:
      return null;
  }
}

/** Today in a time zone, as YYYY-MM-DD (the API's default effective date is today in the regency). */
export function todayIn(timeZone: string | undefined): string {
  try {
    return new Intl.DateTimeFormat("en-CA", { timeZone: timeZone ?? "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}
