import { error, fail, type ActionFailure, type RequestEvent } from "@sveltejs/kit";
import { formErrorsFrom, isErrorEnvelope, type FormErrorOptions, type FormErrors } from "$lib/api/errors.ts";
import { m } from "$lib/paraglide/messages.js";

/** What a failed form action returns: the errors by field, and the values to show again. */
export interface FormFailure<Values extends Record<string, string> = Record<string, string>> {
  errors: FormErrors;
  values: Values;
}

/**
 * A form action's answer to a failed API call: `fail(status, { errors, values })`, with each
 * problem next to its field in the page's language (see `formErrorsFrom`). Pass back the
 * values the user typed, never passwords.
 *
 * @example
 * const result = await apiClient(event).POST("/api/auth/login", { body });
 * if (result.error) return failFromApi(result, event, { values: { email }, codeFields: { INVALID_CREDENTIALS: "password" } });
 */
export function failFromApi<Values extends Record<string, string>>(
  result: { error?: unknown; response: Response },
  event: Pick<RequestEvent, "locals">,
  options: FormErrorOptions & { values: Values },
): ActionFailure<FormFailure<Values>> {
  const { values, ...mapping } = options;
  const status = result.response.status;
  if (!isErrorEnvelope(result.error)) {
    // Not the API's envelope (a proxy's error page, say): nothing to show by field.
    error(status >= 400 ? status : 502, { message: m.common_error_generic() });
  }
  return fail(status, { errors: formErrorsFrom(result.error.error, event.locals.locale, mapping), values });
}
