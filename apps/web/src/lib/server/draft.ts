// Reading and changing a regency's configuration draft from a page: every editor screen
// (desks, services, programmes, survey, agencies, areas, review) goes through these two
// functions, so the ETag/If-Match handshake and the error mapping live in one place.
import type { RequestEvent } from "@sveltejs/kit";
import type { Schemas } from "$lib/api/types.ts";
import type { FormErrorOptions } from "$lib/api/errors.ts";
import { apiClient, apiData } from "./api.ts";
import { failFromApi } from "./forms.ts";

export type ConfigDraft = Schemas["ConfigDraft"];

/** One RFC 6902 operation (`path` is a JSON Pointer into the draft's content). */
export type PatchOperation =
  | { op: "add" | "replace" | "test"; path: string; value: unknown }
  | { op: "remove"; path: string }
  | { op: "move" | "copy"; from: string; path: string };

type DraftEvent = Pick<RequestEvent, "locals" | "url" | "params">;

function tenantOf(event: DraftEvent): string {
  const tenant = event.params.tenant;
  if (tenant === undefined) throw new Error("draft helpers need a /t/[tenant] route");
  return tenant;
}

/**
 * The draft and its ETag (`"r<revision>"`). Put the ETag in a hidden `etag` input of every
 * form that saves, so a save made from a stale page gets 412 instead of overwriting someone.
 */
export async function loadDraft(event: DraftEvent): Promise<{ draft: ConfigDraft; etag: string }> {
  const result = await apiClient(event).GET("/api/t/{tenant}/config/draft", { params: { path: { tenant: tenantOf(event) } } });
  const draft = apiData(result, event);
  return { draft, etag: result.response.headers.get("etag") ?? `"r${draft.revision}"` };
}

/**
 * Applies `operations` to the draft read at `etag` (from the form's hidden input). On success
 * the saved draft (with its remaining `problems`) and new ETag; on refusal a form failure with
 * each issue next to its field (`draft/services/3/validity/days` → input `services/3/validity/days`).
 *
 * @example
 * const saved = await patchDraft(event, { etag, operations: [{ op: "replace", path: "/desks/0/label/id", value }], values });
 * if (!saved.ok) return saved.failure;
 */
export async function patchDraft<Values extends Record<string, string>>(
  event: DraftEvent,
  input: { etag: string; operations: PatchOperation[]; values: Values } & FormErrorOptions,
) {
  const { etag, operations, values, ...mapping } = input;
  const result = await apiClient(event).PATCH("/api/t/{tenant}/config/draft", {
    params: { path: { tenant: tenantOf(event) }, header: { "if-match": etag } },
    body: operations as Schemas["JsonPatch"],
    headers: { "content-type": "application/json-patch+json" },
    bodySerializer: (body: unknown) => JSON.stringify(body),
  });
  if (result.error !== undefined || result.data === undefined) {
    return { ok: false as const, failure: failFromApi(result, event, { values, ...mapping }) };
  }
  return { ok: true as const, draft: result.data, etag: result.response.headers.get("etag") ?? `"r${result.data.revision}"` };
}

/** The etag a form posted back (hidden input `etag`). */
export function postedEtag(form: FormData): string {
  return String(form.get("etag") ?? "");
}
