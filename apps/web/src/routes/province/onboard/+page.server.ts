import { fail, redirect } from "@sveltejs/kit";
import { localFormErrors } from "$lib/api/errors.ts";
import { m } from "$lib/paraglide/messages.js";
import { apiClient, apiData } from "$lib/server/api.ts";
import type { Actions, PageServerLoad } from "./$types";
import { requireOnboarding } from "./guard.ts";

/** Step 1: the templates to clone from (`GET /api/tenants`, `isTemplate`) and their versions. */
export const load: PageServerLoad = async (event) => {
  requireOnboarding(event);
  const { tenants } = apiData(await apiClient(event).GET("/api/tenants"), event);
  const templates = tenants
    .filter((tenant) => tenant.isTemplate && tenant.latestVersion !== null)
    .map(({ slug, name, latestVersion }) => ({ slug, name, latestVersion: latestVersion ?? 1 }));
  return { templates, chosen: event.url.searchParams.get("template") };
};

export const actions: Actions = {
  default: async (event) => {
    requireOnboarding(event);
    const form = await event.request.formData();
    const template = String(form.get("template") ?? "");
    if (!/^[a-z0-9-]+$/.test(template)) {
      return fail(400, { errors: localFormErrors({ template: m.onboarding_template_required() }), values: { template } });
    }
    const version = String(form.get(`version-${template}`) ?? "");
    const query = new URLSearchParams({ template });
    if (/^\d+$/.test(version)) query.set("version", version);
    redirect(303, `/province/onboard/details?${query}`);
  },
};
