import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskNik, parseNik } from "../src/index.ts";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const nikOf = (region: string, day: number, month: number, year: number, serial = 1) => `${region}${pad(day)}${pad(month)}${pad(year)}${pad(serial, 4)}`;

describe("parseNik", () => {
  it("reads region, sex and date of birth; women's day is + 40", () => {
    expect(parseNik("3314011507900001")).toEqual({
      ok: true,
      value: { nik: "3314011507900001", regionCode: "331401", regencyCode: "3314", sex: "male", birthDay: 15, birthMonth: 7, yearOfCentury: 90 },
    });
    const woman = parseNik("3314015507900001");
    expect(woman.ok && woman.value).toMatchObject({ sex: "female", birthDay: 15, birthMonth: 7 });
  });

  it.each([
    ["331401150790000", "NIK_FORMAT"],
    ["33140115079000011", "NIK_FORMAT"],
    ["3314O11507900001", "NIK_FORMAT"],
    [" 314011507900001", "NIK_FORMAT"],
    ["", "NIK_FORMAT"],
    ["0914011507900001", "NIK_REGION"],
    ["3300011507900001", "NIK_REGION"],
    ["3314001507900001", "NIK_REGION"],
    ["3314013202900001", "NIK_BIRTH_DATE"], // 32 February
    ["3314013104900001", "NIK_BIRTH_DATE"], // 31 April
    ["3314010013900001", "NIK_BIRTH_DATE"], // month 13
    ["3314010007900001", "NIK_BIRTH_DATE"], // day 0
    ["3314014007900001", "NIK_BIRTH_DATE"], // women's day 0 (40)
    ["3314017207900001", "NIK_BIRTH_DATE"], // women's day 32
    ["3314013507900001", "NIK_BIRTH_DATE"], // day 35: neither a man's nor a woman's day
    ["3314012902910001", "NIK_BIRTH_DATE"], // 29 February '91: no leap year
    ["3314016902910001", "NIK_BIRTH_DATE"], // the same for a woman
    ["3314011507900000", "NIK_SERIAL"],
  ])("refuses %j as %s", (nik, problem) => {
    const result = parseNik(nik);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toBe(problem);
  });

  it("accepts 29 February in years divisible by 4 (2000 was a leap year too), for men and women", () => {
    for (const nik of ["3314012902920001", "3314016902920001", "3314012902000001", "3314016902000001"]) {
      expect(parseNik(nik).ok, nik).toBe(true);
    }
  });

  it("property: every real date, for either sex, makes a valid NIK that parses back", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }), fc.boolean(), fc.integer({ min: 1, max: 9999 }), (date, female, serial) => {
        const day = date.getUTCDate();
        const nik = nikOf("331401", day + (female ? 40 : 0), date.getUTCMonth() + 1, date.getUTCFullYear() % 100, serial);
        const result = parseNik(nik);
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.value).toMatchObject({ sex: female ? "female" : "male", birthDay: day, birthMonth: date.getUTCMonth() + 1 });
      }),
    );
  });

  it("property: a DDMM that is no calendar date in any year is refused", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (dd, mm, yy) => {
        const day = dd > 40 ? dd - 40 : dd;
        // A date exists when the month is 1–12 and the day fits in it in either century.
        const exists = mm >= 1 && mm <= 12 && day >= 1 && day <= new Date(Date.UTC(2000 + yy, mm, 0)).getUTCDate();
        expect(parseNik(nikOf("331401", dd, mm, yy)).ok).toBe(exists);
      }),
    );
  });

  it("property: anything that is not 16 digits is NIK_FORMAT", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }).filter((s) => !/^\d{16}$/.test(s)), (s) => {
        const result = parseNik(s);
        expect(result.ok === false && result.problem).toBe("NIK_FORMAT");
      }),
    );
  });
});

describe("maskNik", () => {
  it("keeps the regency code and hides the 12 digits that identify the person", () => {
    expect(maskNik("3314015507900001")).toBe("3314xxxxxxxxxxxx");
  });

  it("property: a masked NIK keeps 4 digits and never the date or serial", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{16}$/), (nik) => {
        const masked = maskNik(nik);
        expect(masked).toHaveLength(16);
        expect(masked.slice(0, 4)).toBe(nik.slice(0, 4));
        expect(masked.slice(4)).toMatch(/^x{12}$/);
      }),
    );
  });
});
