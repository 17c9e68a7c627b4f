// One normalisation for every place a password is looked at: the policy check, hashing and
// verification. If they disagreed, a password could pass the policy in one form and be hashed
// in another.

/**
 * Normalises a password to Unicode NFKC, as NIST SP 800-63B §5.1.1.2 recommends. The same
 * password typed on a phone keyboard and on a desktop can differ in composed and decomposed
 * accents, or in full-width forms; after NFKC it hashes the same. Whitespace is kept: spaces
 * are legitimate password characters.
 *
 * @example
 * ```ts
 * normalizePassword("ｐａｓｓ"); // "pass"
 * ```
 */
export function normalizePassword(password: string): string {
  return password.normalize("NFKC");
}

/**
 * Length in Unicode code points, not UTF-16 units, so an emoji or a non-Latin character counts
 * as one.
 *
 * @example
 * ```ts
 * codePointLength("🔑🔑"); // 2
 * ```
 */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * Hard ceiling on what hashing and verification accept, in code points. It bounds the work an
 * anonymous sign-in request can cause. It is well above the policy's maximum
 * (`PASSWORD_MAX_LENGTH`), so lowering that maximum later never locks out existing users.
 */
export const PASSWORD_INPUT_LIMIT = 1024;
