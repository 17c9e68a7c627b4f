// Dates for the province console and the onboarding pages, in the page's language.

type Locale = "id" | "en";

const tag = (locale: Locale) => (locale === "id" ? "id-ID" : "en-GB");

/** A calendar date (`2026-02-01`) as words: "1 Feb 2026". */
export function formatDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split("-").map(Number);
  if (year === undefined || month === undefined || day === undefined) return date;
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: "medium", timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** An instant as date and time in Jakarta's time zone (the province's). */
export function formatDateTime(instant: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Jakarta" }).format(new Date(instant));
}
