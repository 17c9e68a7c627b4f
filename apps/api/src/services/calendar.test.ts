import { describe, expect, it } from "vitest";
import { timeZoneOf, todayIn } from "./calendar.ts";

describe("todayIn", () => {
  it("gives the regency's local date, not UTC's", () => {
    const earlyMorningWib = new Date("2026-03-01T23:30:00Z"); // 06:30 on 2 March in Jakarta
    expect(todayIn("Asia/Jakarta", earlyMorningWib)).toBe("2026-03-02");
    expect(todayIn("UTC", earlyMorningWib)).toBe("2026-03-01");
    expect(todayIn("Asia/Jayapura", new Date("2026-03-01T15:30:00Z"))).toBe("2026-03-02");
  });
});

describe("timeZoneOf", () => {
  it("reads meta.timezone and falls back to UTC", () => {
    expect(timeZoneOf({ meta: { timezone: "Asia/Makassar" } })).toBe("Asia/Makassar");
    expect(timeZoneOf({ meta: {} })).toBe("UTC");
    expect(timeZoneOf(null)).toBe("UTC");
  });
});
