import type { ContentfulStatusCode } from "hono/utils/http-status";

/** A message shown to people, in Bahasa Indonesia first and English second. */
export interface LocalizedMessage {
  id: string;
  en: string;
}

/** One problem with the input, located by JSON Pointer (RFC 6901) or parameter name. */
export interface ErrorIssue {
  path: string;
  message: string;
}

/**
 * Stable error codes. Clients switch on these, never on messages, so a code
 * never changes meaning once shipped.
 */
export const errorCodes = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  CSV_HEADER_INVALID: 400,
  NIK_INVALID: 400,
  KK_INVALID: 400,
  INVALID_CONFIGURATION: 422,
  TEST_HOUSEHOLDS_FAILED: 422,
  OVERRIDE_NOT_ALLOWED: 422,
  OVERRIDE_JUSTIFICATION_REQUIRED: 422,
  OVERRIDE_CATEGORY_UNKNOWN: 422,
  DOCUMENTS_INCOMPLETE: 422,
  CATEGORY_UNKNOWN: 422,
  LEVEL_MAY_NOT_ISSUE: 422,
  NO_HIGHER_LEVEL: 422,
  UNKNOWN_SERVICE: 422,
  SERVICE_NOT_AT_DESK: 422,
  SERVICE_NOT_RECEIVED_HERE: 422,
  UNKNOWN_VILLAGE: 422,
  UNKNOWN_DOCUMENT: 422,
  COMPLAINT_CATEGORY_UNKNOWN: 422,
  COMPLAINT_LINK_REQUIRED: 422,
  COMPLAINT_VILLAGE_REQUIRED: 422,
  COMPLAINT_OUTSIDE_REACH: 422,
  ASSIGNEE_NOT_ELIGIBLE: 422,
  RESOLUTION_REQUIRED: 422,
  UNAUTHORIZED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  ROLE_NOT_GRANTABLE: 403,
  LEVEL_NOT_ALLOWED: 403,
  NOT_FOUND: 404,
  TENANT_NOT_FOUND: 404,
  VERSION_NOT_FOUND: 404,
  CONFIG_NOT_PUBLISHED: 404,
  CONFLICT: 409,
  NO_TEMPLATE: 409,
  OUTCOMES_CHANGED_UNACKNOWLEDGED: 409,
  ALREADY_MEMBER: 409,
  TRANSITION_NOT_ALLOWED: 409,
  CASE_CHANGED: 409,
  CARD_ALREADY_ACTIVE: 409,
  CARD_NOT_ACTIVE: 409,
  LETTER_NOT_RENEWABLE: 409,
  LETTER_ALREADY_RENEWED: 409,
  RECOMMENDATION_NOT_PENDING: 409,
  QUOTA_EXHAUSTED: 409,
  REASON_REQUIRED: 422,
  OUTPUT_NOT_CONFIGURED: 422,
  DUPLICATE_APPLICATION: 409,
  COMPLAINT_CHANGED: 409,
  COMPLAINT_RESOLVED: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PRECONDITION_REQUIRED: 428,
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
  NIK_KEYS_MISSING: 500,
  DOCUMENT_KEYS_MISSING: 500,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof errorCodes;

/**
 * The only way a handler or service reports a client-visible failure: throw it,
 * and the app's `onError` turns it into the one error envelope.
 *
 * @example
 * throw new ApiError("TENANT_NOT_FOUND", { id: "Kabupaten tidak ditemukan", en: "Regency not found" });
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: ContentfulStatusCode;
  readonly messages: LocalizedMessage;
  readonly issues: ErrorIssue[] | undefined;

  constructor(code: ErrorCode, messages: LocalizedMessage, issues?: ErrorIssue[]) {
    super(messages.en);
    this.name = "ApiError";
    this.code = code;
    this.status = errorCodes[code];
    this.messages = messages;
    this.issues = issues;
  }
}

/** The body of every 4xx/5xx response. */
export interface ErrorEnvelope {
  error: {
    code: ErrorCode;
    message: string;
    messages: LocalizedMessage;
    issues?: ErrorIssue[];
    requestId: string;
  };
}

export function envelope(error: ApiError, requestId: string): ErrorEnvelope {
  return {
    error: {
      code: error.code,
      message: error.messages.en,
      messages: error.messages,
      ...(error.issues ? { issues: error.issues } : {}),
      requestId,
    },
  };
}

/** Frequently thrown errors, so their wording is the same everywhere. */
export const commonErrors = {
  tenantNotFound: () =>
    new ApiError("TENANT_NOT_FOUND", {
      id: "Kabupaten/kota tidak ditemukan.",
      en: "Regency not found.",
    }),
  unauthorized: () =>
    new ApiError("UNAUTHORIZED", {
      id: "Silakan masuk terlebih dahulu.",
      en: "Sign in first.",
    }),
  forbidden: () =>
    new ApiError("FORBIDDEN", {
      id: "Anda tidak berwenang melakukan ini.",
      en: "You are not allowed to do this.",
    }),
  routeNotFound: () =>
    new ApiError("NOT_FOUND", {
      id: "Alamat tidak ditemukan.",
      en: "No such route.",
    }),
  internal: () =>
    new ApiError("INTERNAL", {
      id: "Terjadi kesalahan pada server. Silakan coba lagi.",
      en: "Something went wrong on the server. Please try again.",
    }),
};
