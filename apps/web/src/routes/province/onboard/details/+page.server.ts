import { fail, redirect, type RequestEvent } from "@sveltejs/kit";
import { localFormErrors } from "$lib/api/errors.ts";
import { m } from "$lib/paraglide/messages.js";
import { apiClient, apiData } from "$lib/server/api.ts";
import { failFromApi } from "$lib/server/forms.ts";
import type { Actions, PageServerLoad } from "./$types";
import { requireOnboarding } from "../guard.ts";
import { suggestSlug } from "../slug.ts";

/** The template and version chosen in step 1 (`?template=sragen&version=1`), or back to step 1. */
async function chosenTemplate(event: Pick<RequestEvent, "url" | "locals" | "fetch">) {
  const slug = event.url.searchParams.get("template") ?? "";
  const versionText = event.url.searchParams.get("version");
  const version = versionText !== null && /^\d+$/.test(versionText) ? Number(versionText) : null;
  const { tenants } = apiData(await apiClient(event).GET("/api/tenants"), event);
  const template = tenants.find((tenant) => tenant.slug === slug && tenant.isTemplate);
  if (template === undefined) redirect(303, "/province/onboard");
  return { slug: template.slug, name: template.name, version };
}

/** Step 2: the new regency's name, short address and code. */
export const load: PageServerLoad = async (event) => {
  requireOnboarding(event);
  return { template: await chosenTemplate(event) };
};

const FIELDS = ["name", "slug", "regencyCode"] as const;

export const actions: Actions = {
  default: async (event) => {
    requireOnboarding(event);
    const template = await chosenTemplate(event);
    const form = await event.request.formData();
    const name = String(form.get("name") ?? "").trim();
    const slug = String(form.get("slug") ?? "").trim() || suggestSlug(name);
    const regencyCode = String(form.get("regencyCode") ?? "").trim();
    const values = { name, slug, regencyCode };

    const local: Record<string, string> = {};
    if (name === "") local["name"] = m.onboarding_name_required();
    if (!/^\d{4}$/.test(regencyCode)) local["regencyCode"] = m.onboarding_code_format();
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) local["slug"] = m.onboarding_slug_format();
    if (Object.keys(local).length > 0) return fail(400, { errors: localFormErrors(local), values });

    const result = await apiClient(event).POST("/api/tenants", {
      body: { slug, name, regencyCode, cloneFrom: template.version === null ? { tenant: template.slug } : { tenant: template.slug, version: template.version } },
    });
    if (result.error) return failFromApi(result, event, { values, fields: FIELDS, codeFields: { CONFLICT: "slug" } });
    redirect(303, `/province/onboard/${encodeURIComponent(slug)}/areas`);
  },
};
