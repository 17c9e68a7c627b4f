import { fail, redirect } from "@sveltejs/kit";
import type { RegencyConfig } from "@satu-atap/config";
import { localFormErrors } from "$lib/api/errors.ts";
import { m } from "$lib/paraglide/messages.js";
import { loadDraft, patchDraft, postedEtag } from "$lib/server/draft.ts";
import type { Actions, PageServerLoad } from "./$types";
import { requireOnboarding } from "../../guard.ts";

/** A draft problem that a test household names a village this regency does not have. */
const isVillageProblem = (path: string) => /^\/testHouseholds\/\d+\/.*villageCode$/.test(path);

/** Step 4: what the clone copied, what still keeps the draft from being published, and a one-click fix. */
export const load: PageServerLoad = async (event) => {
  requireOnboarding(event);
  const { draft, etag } = await loadDraft(event);
  const config = draft.content as unknown as RegencyConfig;
  const villages = config.areas.subdistricts.flatMap((subdistrict) =>
    (subdistrict.villages ?? []).map((village) => ({ code: village.code, name: village.name, subdistrict: subdistrict.name })),
  );
  const villageProblems = [...new Set(draft.problems.filter((problem) => isVillageProblem(problem.path)).map((problem) => problem.path))];
  return {
    etag,
    regency: { slug: event.params.tenant, name: config.meta.name[event.locals.locale] },
    counts: {
      desks: config.desks.length,
      services: config.services.length,
      programmes: config.cardProgrammes.length,
      tiers: config.cardProgrammes.reduce((n, programme) => n + programme.tiers.length, 0),
      criteria: config.survey.criteria.length,
      agencies: config.agencies.length,
      subdistricts: config.areas.subdistricts.length,
      villages: villages.length,
      households: config.testHouseholds?.length ?? 0,
    },
    problems: draft.problems.map((problem) => ({ path: problem.path, message: problem.messages[event.locals.locale] })),
    villageProblems: villageProblems.length,
    villages,
  };
};

export const actions: Actions = {
  /** Points every test household that names an unknown village at one village of this regency. */
  fixVillages: async (event) => {
    requireOnboarding(event);
    const form = await event.request.formData();
    const village = String(form.get("village") ?? "");
    const values = { village };
    const { draft } = await loadDraft(event);
    const target = (draft.content as unknown as RegencyConfig).areas.subdistricts.flatMap((s) => s.villages ?? []).find((v) => v.code === village);
    if (target === undefined) return fail(400, { errors: localFormErrors({ village: m.onboarding_fix_no_villages() }), values });
    const paths = [...new Set(draft.problems.filter((problem) => isVillageProblem(problem.path)).map((problem) => problem.path))];
    const saved = await patchDraft(event, {
      etag: postedEtag(form),
      operations: paths.map((path) => ({ op: "replace" as const, path, value: village })),
      values,
      fields: ["village"],
    });
    if (!saved.ok) {
      if (saved.failure.status === 412) return fail(412, { errors: { ...saved.failure.data.errors, form: m.onboarding_stale() }, values });
      return saved.failure;
    }
    return { fixed: { count: paths.length, village: target.name } };
  },
  finish: async (event) => {
    requireOnboarding(event);
    redirect(303, `/t/${encodeURIComponent(event.params.tenant)}/users?welcome=1`);
  },
};
