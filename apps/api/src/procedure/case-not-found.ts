import { ApiError } from "../http/errors.ts";

/** 404 for a case that does not exist, is another regency's, or is outside the caller's reach. */
export function caseNotFound(): ApiError {
  return new ApiError("NOT_FOUND", { id: "Kasus tidak ditemukan.", en: "Case not found." });
}

/** Whether an id could be a case's: a malformed one can never be (and the database would refuse it as a uuid). */
export function couldBeCaseId(caseId: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(caseId);
}
