import { error } from "@sveltejs/kit";
import { m } from "$lib/paraglide/messages.js";
import { loadDraft, patchDraft, postedEtag, type PatchOperation } from "$lib/server/draft.ts";
import { diffOps, findProgramme, findTier, localizedFrom, oneOf, postedForm } from "../../../edit.server.ts";
import {
  ADMIN_LEVELS,
  BENEFIT_KINDS,
  CARE_LEVELS,
  CARE_SETTINGS,
  checkColour,
  checkRequired,
  checkWhole,
  HOLDERS,
  newBenefit,
  ROOM_CLASSES,
  SCHOOL_ITEMS,
  SCHOOL_LEVELS,
  type Benefit,
  type LocalizedText,
  type SchoolItem,
  type Tier,
} from "../../../model.ts";
import { ruleFields } from "$lib/rules/fields.ts";
import type { Actions, PageServerLoad } from "./$types";

/** One tier: texts, colour, who issues it, the qualification rule and its structured benefits. */
export const load: PageServerLoad = async (event) => {
  const { permissions } = await event.parent();
  if (!permissions.includes("config:edit")) error(404, { message: m.common_error_not_found() });
  const { draft, etag } = await loadDraft(event);
  const { programme, index } = findProgramme(draft.content, event.params.programme);
  const { tier, index: tierIndex } = findTier(programme, event.params.tier);
  return {
    programme: { id: programme.id, label: programme.label },
    tier,
    index,
    tierIndex,
    fields: ruleFields(draft.content, event.locals.locale),
    problems: draft.problems,
    etag,
    revision: draft.revision,
  };
};

type Posted = ReturnType<typeof postedForm>;

/** An optional localized text: both empty → none; one empty → "required" on it. */
function optionalText(posted: Posted, name: string): LocalizedText | undefined {
  if (posted.text(`${name}/id`).trim() === "" && posted.text(`${name}/en`).trim() === "") return undefined;
  return localizedFrom(posted, name, checkRequired);
}

function whole(posted: Posted, name: string, min: number): number {
  return Number(posted.check(name, checkWhole(min)));
}

function optionalWhole(posted: Posted, name: string, min: number): number | undefined {
  const text = posted.check(name, checkWhole(min, true));
  return text === "" ? undefined : Number(text);
}

function pick<T extends string>(values: string[], options: readonly T[], posted: Posted, name: string): T[] {
  const chosen = options.filter((option) => values.includes(option));
  if (chosen.length === 0) posted.addError(name, m.programmes_error_choose_one());
  return chosen;
}

/** Sets `key` to `value`, or leaves it out when undefined (optional fields are omitted, never null). */
function withOptional<T extends object, K extends string, V>(object: T, key: K, value: V | undefined): T {
  const copy = { ...object } as Record<string, unknown>;
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy as T;
}

/** The benefit as posted under `base`, keeping its kind. */
function benefitFrom(posted: Posted, base: string, before: Benefit): Benefit {
  switch (before.kind) {
    case "care-access": {
      const benefit = {
        ...before,
        level: oneOf(posted.text(`${base}/level`), CARE_LEVELS),
        settings: pick(posted.all(`${base}/settings`), CARE_SETTINGS, posted, `${base}/settings`),
      };
      const roomClass = posted.text(`${base}/roomClass`);
      return withOptional(withOptional(benefit, "roomClass", roomClass === "" ? undefined : oneOf(roomClass, ROOM_CLASSES)), "facility", optionalText(posted, `${base}/facility`));
    }
    case "haemodialysis":
      return {
        ...before,
        limit: posted.text(`${base}/limit`) === "unlimited" ? "unlimited" : { perYear: whole(posted, `${base}/limit/perYear`, 1) },
      };
    case "cost-relief": {
      const roomClass = posted.text(`${base}/appliesTo/roomClass`);
      const appliesTo = withOptional(
        withOptional(
          { ...before.appliesTo, level: oneOf(posted.text(`${base}/appliesTo/level`), CARE_LEVELS), setting: oneOf(posted.text(`${base}/appliesTo/setting`), CARE_SETTINGS) },
          "roomClass",
          roomClass === "" ? undefined : oneOf(roomClass, ROOM_CLASSES),
        ),
        "facility",
        optionalText(posted, `${base}/appliesTo/facility`),
      );
      return {
        ...before,
        amountRupiah: whole(posted, `${base}/amountRupiah`, 0),
        maxTimesPerYear: whole(posted, `${base}/maxTimesPerYear`, 1),
        appliesTo,
      };
    }
    case "school-items": {
      const chosen = pick(posted.all(`${base}/items`), SCHOOL_ITEMS, posted, `${base}/items`);
      const items = chosen.map((item): SchoolItem => {
        const old = before.items.find((candidate) => candidate.item === item);
        if (item === "uniform") return withOptional<SchoolItem, "sets", number>({ ...old, item }, "sets", optionalWhole(posted, `${base}/uniformSets`, 1));
        if (item === "books") return { item, complete: posted.text(`${base}/booksComplete`) === "on" };
        return { item };
      });
      return { ...before, schoolLevels: pick(posted.all(`${base}/schoolLevels`), SCHOOL_LEVELS, posted, `${base}/schoolLevels`), items };
    }
    case "fee-exemption":
      return { ...before, schoolLevels: pick(posted.all(`${base}/schoolLevels`), SCHOOL_LEVELS, posted, `${base}/schoolLevels`) };
    case "cash":
      return withOptional(
        { ...before, amountRupiah: whole(posted, `${base}/amountRupiah`, 0), per: oneOf(posted.text(`${base}/per`), HOLDERS) },
        "maxTimesPerYear",
        optionalWhole(posted, `${base}/maxTimesPerYear`, 1),
      );
  }
}

export const actions: Actions = {
  /**
   * Saves the tier: only what changed becomes patch operations. Benefits ticked "remove" are
   * removed, and a kind chosen under "add a benefit" is appended with default settings.
   */
  save: async (event) => {
    const form = await event.request.formData();
    const posted = postedForm(form);
    const { draft } = await loadDraft(event);
    const { programme, index } = findProgramme(draft.content, event.params.programme);
    const { tier, index: tierIndex } = findTier(programme, event.params.tier);
    const at = `cardProgrammes/${index}/tiers/${tierIndex}`;

    let qualification: unknown = tier.qualification;
    const ruleText = posted.text(`${at}/qualification`);
    try {
      qualification = JSON.parse(ruleText);
    } catch {
      posted.addError(`${at}/qualification`, m.programmes_error_rule_json());
    }
    const proposedBy = posted.text(`${at}/issuance/proposedBy`);
    const removed = new Set(posted.all("removeBenefit").map(Number));
    const after: Omit<Tier, "benefits"> = withOptional(
      {
        ...tier,
        label: localizedFrom(posted, `${at}/label`, checkRequired),
        description: localizedFrom(posted, `${at}/description`, checkRequired),
        colour: posted.check(`${at}/colour`, checkColour),
        colourName: localizedFrom(posted, `${at}/colourName`, checkRequired),
        qualification,
        issuance: withOptional(
          { ...tier.issuance, issuedBy: oneOf(posted.text(`${at}/issuance/issuedBy`), ADMIN_LEVELS) },
          "proposedBy",
          proposedBy === "" ? undefined : oneOf(proposedBy, ADMIN_LEVELS),
        ),
      },
      "benefits",
      undefined,
    );
    const kept = tier.benefits.map((benefit, i) => ({ i, before: benefit, after: removed.has(i) ? null : benefitFrom(posted, `${at}/benefits/${i}`, benefit) }));
    const refused = posted.fail();
    if (refused) return refused;

    const { benefits: _benefits, ...beforeRest } = tier;
    const operations: PatchOperation[] = diffOps(beforeRest, after, `/${at}`, []);
    // Removals from the end, so the earlier indexes still point at the same benefits.
    for (const { i } of [...kept].reverse().filter((entry) => entry.after === null)) operations.push({ op: "remove", path: `/${at}/benefits/${i}` });
    kept
      .filter((entry) => entry.after !== null)
      .forEach((entry, position) => diffOps(entry.before, entry.after, `/${at}/benefits/${position}`, operations));
    const added = posted.text("addBenefit");
    if (added !== "") operations.push({ op: "add", path: `/${at}/benefits/-`, value: newBenefit(oneOf(added, BENEFIT_KINDS)) });

    if (operations.length === 0) return { saved: true, unchanged: true };
    // Issues on what the form shows land there; anything else goes to the top of the form.
    const groups = tier.benefits.flatMap((_, i) =>
      ["", "/settings", "/schoolLevels", "/items", "/limit"].map((suffix) => `${at}/benefits/${i}${suffix}`),
    );
    const fields = [...Object.keys(posted.values), `${at}/issuance`, ...groups];
    const saved = await patchDraft(event, { etag: postedEtag(form), operations, values: posted.values, fields });
    if (!saved.ok) return saved.failure;
    return { saved: true, unchanged: false };
  },
};
