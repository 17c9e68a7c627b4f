import { error, redirect, type RequestEvent } from "@sveltejs/kit";
import createClient, { type Client } from "openapi-fetch";
import { isErrorEnvelope, localized } from "$lib/api/errors.ts";
import type { paths } from "$lib/api/types.ts";
import { m } from "$lib/paraglide/messages.js";
import { apiBaseUrl } from "./api-url.ts";

/** The typed API client: `GET`, `POST`, `PUT`, `PATCH`, `DELETE` by OpenAPI path. */
export type ApiClient = Client<paths>;

/**
 * The one way server code talks to the API: a typed client (types generated from the API's
 * OpenAPI document) that sends the signed-in user's token as `Authorization: Bearer`.
 * Use it in `+page.server.ts` / `+layout.server.ts` loads and form actions, never in the
 * browser (the token never leaves the server).
 *
 * @example
 * const { data, error, response } = await apiClient(event).GET("/api/t/{tenant}/config", {
 *   params: { path: { tenant: event.params.tenant } },
 * });
 */
export function apiClient(event: Pick<RequestEvent, "locals">): ApiClient {
  const token = event.locals.sessionToken;
  return createClient<paths>({
    baseUrl: apiBaseUrl(),
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
    fetch: async (request) => {
      try {
        return await fetch(request);
      } catch {
        // Connection refused, DNS, reset: the API is down or misaddressed. Say so plainly.
        error(503, { message: m.common_api_unreachable() });
      }
    },
  });
}

/**
 * The data of a successful API answer, or the matching SvelteKit error page: 401 sends the user
 * to sign in again; 403 and 404 (another regency's records are 404 too) keep their status;
 * the API's bilingual message is shown in the page's language with its request id.
 *
 * @example
 * const { tenants } = apiData(await apiClient(event).GET("/api/tenants"), event);
 */
export function apiData<T>(
  result: { data?: T; error?: unknown; response: Response },
  event: Pick<RequestEvent, "locals" | "url">,
): T {
  if (result.data !== undefined && result.response.ok) return result.data;
  const status = result.response.status;
  if (status === 401) redirect(303, `/login?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
  if (isErrorEnvelope(result.error)) {
    error(status, { message: localized(result.error.error.messages, event.locals.locale), requestId: result.error.error.requestId });
  }
  error(status >= 400 ? status : 502, { message: m.common_error_generic() });
}
