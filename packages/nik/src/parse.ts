// The NIK (Nomor Induk Kependudukan), Indonesia's 16-digit population number:
//   PP RR SS DDMMYY NNNN
//   PP province, RR regency/city, SS sub-district (Kemendagri codes, so `PPRRSS` is the
//   resident's kecamatan at registration), DDMMYY the date of birth (women's day + 40),
//   NNNN a serial number (0001–9999).
// Only the structure is checked here; whether the person exists is the civil registry's business.

/** Why a string is not a NIK. Stable codes: imports report them per line. */
export type NikProblem =
  | "NIK_FORMAT" // not exactly 16 digits
  | "NIK_REGION" // province, regency or sub-district part is 00 (or the province is not 11–99)
  | "NIK_BIRTH_DATE" // DDMMYY is not a date (women's day + 40 included)
  | "NIK_SERIAL"; // serial 0000

/** What a valid NIK says about its holder. */
export interface ParsedNik {
  nik: string;
  /** `PPRRSS`: province, regency, sub-district. */
  regionCode: string;
  /** `PPRR`: the regency, the part kept when the NIK is masked. */
  regencyCode: string;
  sex: "male" | "female";
  /** Day and month of birth; the century of `yearOfCentury` is not in the NIK. */
  birthDay: number;
  birthMonth: number;
  yearOfCentury: number;
}

export type NikParseResult = { ok: true; value: ParsedNik } | { ok: false; problem: NikProblem; message: string };

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const MESSAGES: Record<NikProblem, string> = {
  NIK_FORMAT: "A NIK is exactly 16 digits.",
  NIK_REGION: "The region code (digits 1–6) is not a province, regency and sub-district code.",
  NIK_BIRTH_DATE: "Digits 7–12 are not a date of birth DDMMYY (women's day + 40).",
  NIK_SERIAL: "The serial number (digits 13–16) cannot be 0000.",
};

/** Indonesian messages of {@link NikProblem}, for the API's bilingual errors. */
export const NIK_PROBLEM_MESSAGES_ID: Record<NikProblem, string> = {
  NIK_FORMAT: "NIK harus tepat 16 angka.",
  NIK_REGION: "Kode wilayah (angka 1–6) bukan kode provinsi, kabupaten dan kecamatan.",
  NIK_BIRTH_DATE: "Angka 7–12 bukan tanggal lahir DDMMYY (tanggal perempuan + 40).",
  NIK_SERIAL: "Nomor urut (angka 13–16) tidak boleh 0000.",
};

/** English message of a {@link NikProblem}. */
export function nikProblemMessage(problem: NikProblem): string {
  return MESSAGES[problem];
}

function fail(problem: NikProblem): NikParseResult {
  return { ok: false, problem, message: MESSAGES[problem] };
}

// Two ASCII digits at `at` as a number (the caller has checked they are digits).
function two(s: string, at: number): number {
  return (s.charCodeAt(at) - 48) * 10 + (s.charCodeAt(at + 1) - 48);
}

/**
 * Checks a NIK's structure and reads its parts. Surrounding whitespace is not
 * tolerated: callers trim what they read from files. February 29 is accepted when the
 * two-digit year is a multiple of 4 (2000 was a leap year, so every such year is one
 * in either century).
 *
 * @example
 * parseNik("3314015507900001"); // ok: female, born 15 July (55 − 40) of '90, sub-district 331401
 * parseNik("3314013202900001"); // { ok: false, problem: "NIK_BIRTH_DATE", … } (32 February)
 */
export function parseNik(nik: string): NikParseResult {
  if (nik.length !== 16) return fail("NIK_FORMAT");
  for (let i = 0; i < 16; i++) {
    const c = nik.charCodeAt(i);
    if (c < 48 || c > 57) return fail("NIK_FORMAT");
  }
  const province = two(nik, 0);
  if (province < 11 || two(nik, 2) === 0 || two(nik, 4) === 0) return fail("NIK_REGION");
  let day = two(nik, 6);
  const month = two(nik, 8);
  const year = two(nik, 10);
  const female = day > 40;
  if (female) day -= 40;
  if (month < 1 || month > 12 || day < 1) return fail("NIK_BIRTH_DATE");
  const maxDay = month === 2 && year % 4 !== 0 ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0);
  if (day > maxDay) return fail("NIK_BIRTH_DATE");
  if (nik.endsWith("0000")) return fail("NIK_SERIAL");
  return {
    ok: true,
    value: {
      nik,
      regionCode: nik.slice(0, 6),
      regencyCode: nik.slice(0, 4),
      sex: female ? "female" : "male",
      birthDay: day,
      birthMonth: month,
      yearOfCentury: year,
    },
  };
}

/**
 * A NIK for display to whoever may not see it: the regency code (first 4 digits) kept,
 * the 12 digits that identify the person replaced by `x`. Keeps no birth date or serial,
 * so a masked NIK cannot be matched back to a person without the list itself.
 *
 * @example
 * maskNik("3314015507900001"); // "3314xxxxxxxxxxxx"
 */
export function maskNik(nik: string): string {
  return `${nik.slice(0, 4)}${"x".repeat(Math.max(0, nik.length - 4))}`;
}
