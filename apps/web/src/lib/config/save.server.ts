// Saving an editor's changes to the draft: `patchDraft` with the form's etag, then the
// refusal's errors moved to the nearest input of the form, and a stale page (412) told
// plainly that someone else saved meanwhile.
import { fail, type RequestEvent } from "@sveltejs/kit";
import type { FormErrors } from "$lib/api/errors.ts";
import { m } from "$lib/paraglide/messages.js";
import { loadDraft, patchDraft, postedEtag, type PatchOperation } from "$lib/server/draft.ts";
import { editable } from "./types.ts";
import { remapErrors } from "./problems.ts";

type DraftEvent = Pick<RequestEvent, "locals" | "url" | "params">;

/** Every posted value as text; a repeated name (ticked checkboxes) has its values one a line. Files are left out. */
export function postedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string") continue;
    values[name] = name in values ? `${values[name]}\n${value}` : value;
  }
  return values;
}

/** A refusal made by the web app itself, shown on the form (or next to `field`). */
export function refuse(status: number, message: string, values: Record<string, string>, field?: string) {
  const errors: FormErrors = {
    code: "REFUSED",
    form: field === undefined ? message : null,
    fields: field === undefined ? {} : { [field]: [message] },
    requestId: null,
  };
  return fail(status, { errors, values });
}

/**
 * Applies `operations` (nothing to do: `{ ok: true, unchanged: true }`). On refusal, a form
 * failure whose errors sit next to `fields` (a deeper path goes to the nearest field above).
 */
export async function saveDraft(
  event: DraftEvent,
  input: { form: FormData; operations: PatchOperation[]; values: Record<string, string>; fields: readonly string[] },
) {
  if (input.operations.length === 0) return { ok: true as const, unchanged: true };
  const saved = await patchDraft(event, { etag: postedEtag(input.form), operations: input.operations, values: input.values });
  if (saved.ok) return { ok: true as const, unchanged: false, draft: saved.draft };
  const { status, data } = saved.failure;
  const errors = remapErrors(data.errors, input.fields)!;
  if (status === 412) errors.form = m.desks_stale();
  return { ok: false as const, failure: fail(status, { errors, values: data.values }) };
}

/** The web app's own checks failed: each message next to its field, nothing sent to the API. */
export function refuseFields(wrong: Record<string, string>, values: Record<string, string>) {
  const errors: FormErrors = {
    code: "VALIDATION_FAILED",
    form: null,
    fields: Object.fromEntries(Object.entries(wrong).map(([name, text]) => [name, [text]])),
    requestId: null,
  };
  return fail(400, { errors, values });
}

/** The draft's content as the editors read it, fresh (a form action works on the latest draft). */
export async function loadEditable(event: DraftEvent) {
  const { draft } = await loadDraft(event);
  return editable(draft.content);
}
