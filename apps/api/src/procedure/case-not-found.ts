import { ApiError } from "../http/errors.ts";

/** 404 for a case that does not exist, is another regency's, or is outside the caller's reach. */
export function caseNotFound(): ApiError {
  return new ApiError("NOT_FOUND", { id: "Kasus tidak ditemukan.", en: "Case not found." });
}
