// Password rules checked when a password is set or changed, never at sign-in. The rules follow
// NIST SP 800-63B: length matters, composition rules do not, and known-breached or common
// passwords are refused. Messages are bilingual like the rest of the UI: Bahasa Indonesia
// first, English second.
import { COMMON_PASSWORDS_TEXT } from "./data/common-passwords-10k.ts";
import { codePointLength, normalizePassword } from "./normalize.ts";

/** Minimum length in Unicode code points (the requirement). */
export const PASSWORD_MIN_LENGTH = 12;

/**
 * Maximum length in code points. It is generous enough for passphrases and bounds the hashing
 * cost of a form submission.
 */
export const PASSWORD_MAX_LENGTH = 256;

/** A message in both UI languages. */
export interface BilingualText {
  id: string;
  en: string;
}

/** Why a password was refused. `code` is stable for clients; `message` is for people. */
export type PasswordProblem =
  | { code: "too-short"; minLength: number; message: BilingualText }
  | { code: "too-long"; maxLength: number; message: BilingualText }
  | { code: "common"; message: BilingualText }
  | { code: "matches-identity"; field: "email" | "name"; message: BilingualText };

/** Who the password belongs to, so it cannot simply be their email address or name. */
export interface PasswordContext {
  email?: string | null;
  name?: string | null;
}

let commonPasswords: ReadonlySet<string> | undefined;

/**
 * The shipped list of the 10,000 most common passwords (lower-case). It is built on first use,
 * which keeps the cost off module load for requests that never check a password.
 *
 * @example
 * ```ts
 * commonPasswordList().has("sayang"); // true
 * ```
 */
export function commonPasswordList(): ReadonlySet<string> {
  commonPasswords ??= new Set(COMMON_PASSWORDS_TEXT.split("\n"));
  return commonPasswords;
}

/**
 * Whether a password is one of the 10,000 most common, compared case-insensitively after NFKC.
 *
 * @example
 * ```ts
 * isCommonPassword("QWERTY123456"); // true
 * ```
 */
export function isCommonPassword(password: string): boolean {
  return commonPasswordList().has(normalizePassword(password).toLowerCase());
}

function comparable(text: string): string {
  return normalizePassword(text).trim().toLowerCase();
}

/**
 * Checks a new password. It returns every problem found; an empty array means acceptable.
 * Length is counted in code points after NFKC, the same form that gets hashed.
 *
 * Refused: shorter than 12 or longer than 256 characters; one of the 10,000 most common
 * passwords (any letter case); or the user's email, the part of it before `@`, or their name
 * (any case, with or without spaces).
 *
 * @example
 * ```ts
 * const problems = checkPasswordPolicy(input, { email: "budi@example.go.id", name: "Budi Santoso" });
 * if (problems.length > 0) return badRequest(problems.map((p) => p.message));
 * ```
 */
export function checkPasswordPolicy(password: string, context: PasswordContext = {}): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const normalized = normalizePassword(password);
  const length = codePointLength(normalized);

  if (length < PASSWORD_MIN_LENGTH) {
    problems.push({
      code: "too-short",
      minLength: PASSWORD_MIN_LENGTH,
      message: {
        id: `Kata sandi minimal ${PASSWORD_MIN_LENGTH} karakter.`,
        en: `The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`,
      },
    });
  }
  if (length > PASSWORD_MAX_LENGTH) {
    problems.push({
      code: "too-long",
      maxLength: PASSWORD_MAX_LENGTH,
      message: {
        id: `Kata sandi maksimal ${PASSWORD_MAX_LENGTH} karakter.`,
        en: `The password must be at most ${PASSWORD_MAX_LENGTH} characters long.`,
      },
    });
  }
  if (isCommonPassword(normalized)) {
    problems.push({
      code: "common",
      message: {
        id: "Kata sandi ini termasuk yang paling umum dipakai dan mudah ditebak. Pilih yang lain.",
        en: "This password is among the most commonly used and easy to guess. Choose another.",
      },
    });
  }

  const candidate = comparable(normalized);
  const email = context.email == null ? "" : comparable(context.email);
  const localPart = email.includes("@") ? email.slice(0, email.lastIndexOf("@")) : "";
  if (email !== "" && (candidate === email || (localPart !== "" && candidate === localPart))) {
    problems.push({
      code: "matches-identity",
      field: "email",
      message: {
        id: "Kata sandi tidak boleh sama dengan alamat email.",
        en: "The password must not be the same as the email address.",
      },
    });
  }
  const name = context.name == null ? "" : comparable(context.name);
  const squeeze = (text: string): string => text.replace(/\s+/g, "");
  if (name !== "" && (candidate === name || squeeze(candidate) === squeeze(name))) {
    problems.push({
      code: "matches-identity",
      field: "name",
      message: {
        id: "Kata sandi tidak boleh sama dengan nama pengguna.",
        en: "The password must not be the same as the user's name.",
      },
    });
  }
  return problems;
}
