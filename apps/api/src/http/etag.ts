import { ApiError } from "./errors.ts";

/** The strong ETag of a draft revision: `"r12"`. */
export function draftEtag(revision: number): string {
  return `"r${revision}"`;
}

/**
 * The draft revision an `If-Match` header names: a number, `"any"` for `*`.
 * Missing → 428 PRECONDITION_REQUIRED (writes without it could silently overwrite
 * another admin's work); anything that is not one of our ETags can never match → 412.
 *
 * @example
 * const expected = requiredRevision(c.req.header("if-match")); // "r7" → 7
 */
export function requiredRevision(header: string | undefined): number | "any" {
  if (header === undefined || header.trim() === "") {
    throw new ApiError("PRECONDITION_REQUIRED", {
      id: "Kirim header If-Match berisi ETag draf yang Anda baca.",
      en: "Send an If-Match header with the ETag of the draft you read.",
    });
  }
  const value = header.trim();
  if (value === "*") return "any";
  const match = /^"r(\d{1,9})"$/.exec(value);
  if (!match?.[1]) throw staleDraft();
  return Number(match[1]);
}

/** 412: the draft changed since the caller read it. */
export function staleDraft(): ApiError {
  return new ApiError("PRECONDITION_FAILED", {
    id: "Draf telah diubah orang lain sejak Anda membacanya. Muat ulang lalu ulangi perubahan Anda.",
    en: "The draft changed since you read it. Reload it and apply your change again.",
  });
}
