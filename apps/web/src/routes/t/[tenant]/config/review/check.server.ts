import type { RequestEvent } from "@sveltejs/kit";
import { isErrorEnvelope, localized, type ApiErrorBody } from "$lib/api/errors.ts";
import { apiClient, apiData } from "$lib/server/api.ts";

/** The draft's test households against its rules and the version in force, or why they cannot run. */
export async function runCheck(event: RequestEvent<{ tenant: string }>) {
  const result = await apiClient(event).POST("/api/t/{tenant}/config/draft/check", { params: { path: { tenant: event.params.tenant } } });
  if (result.data !== undefined) return { report: result.data, refusal: null, issues: [] as Array<{ path: string; text: string }> };
  if (result.response.status === 422 && isErrorEnvelope(result.error)) {
    const locale = event.locals.locale;
    const body = result.error.error as ApiErrorBody;
    return {
      report: null,
      refusal: localized(body.messages, locale),
      issues: (body.issues ?? []).map((issue) => ({
        path: issue.path.replace(/^draft/, ""),
        text: issue.messages ? localized(issue.messages, locale) : locale === "en" ? issue.message : localized(body.messages, locale),
      })),
    };
  }
  apiData(result, event);
  throw new Error("unreachable");
}

