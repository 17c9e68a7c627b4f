/**
 * Today's calendar date (YYYY-MM-DD) in a regency's time zone. Configuration
 * versions take effect on a local calendar day: in WIB a version effective
 * "today" must be in force at 06:00, when UTC still says yesterday.
 */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** The time zone a stored configuration declares (`meta.timezone`), UTC when it declares none. */
export function timeZoneOf(content: unknown): string {
  if (typeof content === "object" && content !== null && "meta" in content) {
    const meta: unknown = content.meta;
    if (typeof meta === "object" && meta !== null && "timezone" in meta && typeof meta.timezone === "string") {
      return meta.timezone;
    }
  }
  return "UTC";
}
