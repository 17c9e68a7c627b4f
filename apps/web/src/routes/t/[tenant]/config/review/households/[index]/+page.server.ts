import { error, fail, redirect } from "@sveltejs/kit";
import { localFormErrors, type FormErrors } from "$lib/api/errors.ts";
import { m } from "$lib/paraglide/messages.js";
import { loadDraft, patchDraft, postedEtag, type ConfigDraft } from "$lib/server/draft.ts";
import type { Actions, PageServerLoad } from "./$types";
import { runCheck } from "../../check.server.ts";

type Localized = { id: string; en: string };
interface Member {
  name?: string; birthDate: string; sex: string; relation: string; schoolLevel: string; educationCompleted: string;
  disability: string; chronicIllness: boolean; working: boolean; gpa: number | null; socialProblem: string | null;
}
interface Household {
  id: string; label: Localized; description?: Localized; decisionDate: string;
  household: { inReferenceList: boolean; referenceSource: string | null; hasNationalHealthInsurance: boolean; hasOtherHealthInsurance: boolean; villageCode: string; recentDeathDate: string | null; members: Member[] };
  applicantIndex: number; holds: Record<string, string | null>; answers: Record<string, boolean | number | string>;
  expected: { category: string; tiers: Record<string, string | null>; eligibleServices: string[] };
}
type Criterion = { id: string; label: Localized; question: Localized; answer: { type: "yes-no" } | { type: "number"; min?: number; max?: number; integer: boolean; unit?: Localized } | { type: "choice"; options: Array<{ id: string; label: Localized }> } | { type: "text"; maxLength?: number } };

/** What the form needs from the draft: villages, reference lists, criteria, categories, programmes, services. */
function choicesOf(content: ConfigDraft["content"]) {
  const areas = (content.areas ?? { subdistricts: [] }) as { subdistricts: Array<{ name: string; villages: Array<{ code: string; name: string }> }> };
  const procedure = (content.procedure ?? {}) as { referenceLists?: Array<{ id: string; label: Localized }> };
  const survey = (content.survey ?? {}) as { criteria?: Criterion[]; categories?: Array<{ id: string; label: Localized }> };
  return {
    villages: areas.subdistricts.flatMap((subdistrict) => subdistrict.villages.map((village) => ({ code: village.code, name: `${village.name} (${subdistrict.name})` }))),
    referenceLists: procedure.referenceLists ?? [],
    criteria: survey.criteria ?? [],
    categories: survey.categories ?? [],
    programmes: (content.cardProgrammes ?? []) as Array<{ id: string; label: Localized; tiers: Array<{ id: string; label: Localized }> }>,
    services: (content.services ?? []) as Array<{ id: string; label: Localized }>,
  };
}

/** Draft problems of household `index`, by the form's field names (`household/members/0/birthDate`). */
function problemsOf(draft: ConfigDraft, index: number, locale: "id" | "en"): FormErrors | null {
  const prefix = `/testHouseholds/${index}/`;
  const fields: Record<string, string[]> = {};
  for (const problem of draft.problems) {
    if (!problem.path.startsWith(prefix)) continue;
    const text = problem.messages ? problem.messages[locale] : problem.message;
    (fields[problem.path.slice(prefix.length)] ??= []).push(text);
  }
  return Object.keys(fields).length === 0 ? null : { code: "INVALID_CONFIGURATION", form: null, fields, requestId: null };
}

export const load: PageServerLoad = async (event) => {
  const { permissions } = await event.parent();
  if (!permissions.includes("config:edit")) error(404, { message: m.common_error_not_found() });
  const { draft, etag } = await loadDraft(event);
  const list = (draft.content.testHouseholds ?? []) as Household[];
  const isNew = event.params.index === "new";
  const index = isNew ? list.length : Number(event.params.index);
  const household = isNew ? null : list[index];
  if (!isNew && household === undefined) error(404, { message: m.common_error_not_found() });
  const check = isNew ? null : (await runCheck(event)).report?.households.find((candidate) => candidate.index === index) ?? null;
  return {
    household: household ?? null, index, isNew, etag, check,
    saved: event.url.searchParams.has("saved"),
    choices: choicesOf(draft.content),
    problems: problemsOf(draft, index, event.locals.locale),
  };
};

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();
const orNull = (value: string) => (value === "" ? null : value);

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const values: Record<string, string> = {};
    for (const [key, value] of form.entries()) if (typeof value === "string" && key !== "etag") values[key] = values[key] === undefined ? value : `${values[key]}\n${value}`;

    const { draft } = await loadDraft(event);
    const list = (draft.content.testHouseholds ?? []) as Household[];
    const isNew = event.params.index === "new";
    const index = isNew ? list.length : Number(event.params.index);
    const previous = isNew ? undefined : list[index];
    if (!isNew && previous === undefined) error(404, { message: m.common_error_not_found() });
    const choices = choicesOf(draft.content);

    const id = isNew ? text(form, "id") : (previous as Household).id;
    const missing: Record<string, string> = {};
    if (isNew && !/^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/.test(id)) missing.id = m.review_hh_id_invalid();
    if (isNew && list.some((other) => other.id === id)) missing.id = m.review_hh_id_taken();

    const rows = Number(form.get("memberRows") ?? 0);
    const members: Member[] = [];
    let applicantIndex = 0;
    for (let row = 0; row < rows; row++) {
      const p = `household/members/${row}/`;
      if (form.get(`${p}remove`) !== null || text(form, `${p}birthDate`) === "") continue;
      if (text(form, "applicant") === String(row)) applicantIndex = members.length;
      const gpa = text(form, `${p}gpa`);
      const name = text(form, `${p}name`);
      members.push({
        ...(name === "" ? {} : { name }),
        birthDate: text(form, `${p}birthDate`),
        sex: text(form, `${p}sex`),
        relation: text(form, `${p}relation`),
        schoolLevel: text(form, `${p}schoolLevel`),
        educationCompleted: text(form, `${p}educationCompleted`),
        disability: text(form, `${p}disability`),
        chronicIllness: form.get(`${p}chronicIllness`) !== null,
        working: form.get(`${p}working`) !== null,
        gpa: gpa === "" ? null : Number(gpa),
        socialProblem: orNull(text(form, `${p}socialProblem`)),
      });
    }
    if (members.length === 0) missing["household/members/0/birthDate"] = m.review_hh_members_required();
    if (Object.keys(missing).length > 0) return fail(400, { errors: localFormErrors(missing), values });

    const answers: Household["answers"] = {};
    for (const criterion of choices.criteria) {
      const raw = text(form, `answers/${criterion.id}`);
      if (raw === "") continue;
      answers[criterion.id] = criterion.answer.type === "yes-no" ? raw === "true" : criterion.answer.type === "number" ? Number(raw) : raw;
    }
    const household: Household = {
      id,
      label: { id: text(form, "label/id"), en: text(form, "label/en") },
      ...(previous?.description ? { description: previous.description } : {}),
      decisionDate: text(form, "decisionDate"),
      household: {
        inReferenceList: form.get("household/inReferenceList") !== null,
        referenceSource: orNull(text(form, "household/referenceSource")),
        hasNationalHealthInsurance: form.get("household/hasNationalHealthInsurance") !== null,
        hasOtherHealthInsurance: form.get("household/hasOtherHealthInsurance") !== null,
        villageCode: text(form, "household/villageCode"),
        recentDeathDate: orNull(text(form, "household/recentDeathDate")),
        members,
      },
      applicantIndex,
      holds: Object.fromEntries(choices.programmes.map((programme) => [programme.id, orNull(text(form, `holds/${programme.id}`))])),
      answers,
      expected: {
        category: text(form, "expected/category"),
        tiers: Object.fromEntries(choices.programmes.map((programme) => [programme.id, orNull(text(form, `expected/tiers/${programme.id}`))])),
        eligibleServices: form.getAll("expected/eligibleServices").map(String),
      },
    };

    const saved = await patchDraft(event, {
      etag: postedEtag(form),
      operations: [isNew ? { op: "add", path: "/testHouseholds/-", value: household } : { op: "replace", path: `/testHouseholds/${index}`, value: household }],
      values,
    });
    if (!saved.ok) {
      const errors = saved.failure.data.errors;
      const prefix = `testHouseholds/${index}/`;
      errors.fields = Object.fromEntries(Object.entries(errors.fields).map(([field, messages]) => [field.startsWith(prefix) ? field.slice(prefix.length) : field, messages]));
      if (errors.code === "PRECONDITION_FAILED") errors.form = m.review_stale_draft();
      return saved.failure;
    }
    redirect(303, `/t/${event.params.tenant}/config/review/households/${index}?saved=1`);
  },
};
