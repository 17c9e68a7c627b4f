// Turns the API's error envelope into what a form shows: one message per field, next to the
// field, in the page's language. Pure (no SvelteKit imports), so it is unit-tested directly;
// `$lib/server/forms.ts` wraps it in SvelteKit's `fail()`.
import type { ErrorCode } from "./types.ts";

type Locale = "id" | "en";

/** A bilingual message as the API sends it. */
export interface LocalizedMessage {
  id: string;
  en: string;
}

/** The envelope's `error`, read defensively (it crosses a process boundary). */
export interface ApiErrorBody {
  code: ErrorCode | (string & {});
  message: string;
  messages: LocalizedMessage;
  issues?: Array<{ path: string; message: string; messages?: LocalizedMessage }>;
  requestId: string;
}

/**
 * What a form action returns with `fail(status, { errors })` and a page shows: `fields` maps an
 * input's name to its messages; `form` is a message that belongs to no field (null when every
 * problem landed on a field).
 */
export interface FormErrors {
  code: string;
  form: string | null;
  fields: Record<string, string[]>;
  requestId: string | null;
}

export interface FormErrorOptions {
  /**
   * Codes whose message belongs next to one field although the API names none, e.g.
   * `{ INVALID_CREDENTIALS: "password" }` on the sign-in form.
   */
  codeFields?: Partial<Record<ErrorCode, string>>;
  /**
   * The form's field names. An issue on any other path goes to the form-level message, so
   * nothing is lost when the API points at something the form does not show. Omit to accept
   * every path.
   */
  fields?: readonly string[];
}

/** True for a body shaped like the API's error envelope. */
export function isErrorEnvelope(body: unknown): body is { error: ApiErrorBody } {
  if (typeof body !== "object" || body === null || !("error" in body)) return false;
  const error = (body as { error: unknown }).error;
  if (typeof error !== "object" || error === null) return false;
  const { code, messages } = error as { code?: unknown; messages?: unknown };
  return typeof code === "string" && typeof messages === "object" && messages !== null;
}

/**
 * The field an issue's path names: the path without its source segment. The API prefixes
 * JSON Pointers with where the input came from: `body/email` → `email`,
 * `draft/desks/0/name` → `desks/0/name`, `query/version` → `version`.
 */
export function fieldOfIssuePath(path: string): string {
  const slash = path.indexOf("/");
  return slash === -1 ? path : path.slice(slash + 1);
}

/** The message in the page's language (English text is never shown on an Indonesian page). */
export function localized(messages: LocalizedMessage, locale: Locale): string {
  return messages[locale];
}

/**
 * Maps an error envelope onto a form. Issue messages come from zod and the configuration
 * checks, in English unless the API adds `messages`; on an Indonesian page such an issue shows
 * the envelope's own (bilingual) message next to its field instead, so a page never mixes
 * languages.
 */
export function formErrorsFrom(error: ApiErrorBody, locale: Locale, options: FormErrorOptions = {}): FormErrors {
  const summary = localized(error.messages, locale);
  const fields: Record<string, string[]> = {};
  const leftOver: string[] = [];
  const known = options.fields === undefined ? undefined : new Set(options.fields);
  const add = (field: string, text: string) => {
    const list = (fields[field] ??= []);
    if (!list.includes(text)) list.push(text);
  };

  for (const issue of error.issues ?? []) {
    const field = fieldOfIssuePath(issue.path);
    const text = issue.messages ? localized(issue.messages, locale) : locale === "en" ? issue.message : summary;
    if (known === undefined || known.has(field)) add(field, text);
    else if (!leftOver.includes(text)) leftOver.push(text);
  }
  const codeField = options.codeFields?.[error.code as ErrorCode];
  if ((error.issues ?? []).length === 0 && codeField !== undefined) add(codeField, summary);

  const onFields = Object.keys(fields).length > 0;
  const form = leftOver.length > 0 ? [summary, ...leftOver.filter((text) => text !== summary)].join(" ") : onFields ? null : summary;
  return { code: error.code, form, fields, requestId: error.requestId ?? null };
}

/** Form errors made in the web app itself (e.g. an empty required field), before any API call. */
export function localFormErrors(fields: Record<string, string>): FormErrors {
  return {
    code: "VALIDATION_FAILED",
    form: null,
    fields: Object.fromEntries(Object.entries(fields).map(([name, text]) => [name, [text]])),
    requestId: null,
  };
}
