/**
 * The benchmark rule: a 20-criterion weighted poverty score in the spirit of
 * Sragen's survey (tenants/sragen/survey.json), with exclusions, `in` lists,
 * arithmetic on nested `var`s and one iterating criterion over household
 * members — plus the same rule written by hand in JavaScript.
 */
import type { BenchHousehold } from "./js-households.ts";

interface Criterion {
  readonly id: string;
  readonly weight: number;
  readonly sign: unknown;
}

const v = (name: string): unknown => ({ var: name });

/** The criteria, each a sign (a condition) and a weight. */
export const CRITERIA: readonly Criterion[] = [
  { id: "floor_area_per_person", weight: 2, sign: { "<": [{ "/": [v("answers.floor_area"), v("household.size")] }, 8] } },
  { id: "floor_type", weight: 1, sign: { in: [v("answers.floor_type"), ["earth", "bamboo", "cheap-wood"]] } },
  { id: "wall_type", weight: 1, sign: { in: [v("answers.wall_type"), ["bamboo", "thatch", "cheap-wood", "unplastered-brick"]] } },
  { id: "toilet", weight: 2, sign: { in: [v("answers.toilet"), ["none", "shared"]] } },
  { id: "electricity", weight: 1, sign: { "==": [v("answers.electricity"), "none"] } },
  { id: "water_source", weight: 1, sign: { in: [v("answers.water_source"), ["unprotected-well", "unprotected-spring", "river", "rain"]] } },
  { id: "cooking_fuel", weight: 1, sign: { in: [v("answers.cooking_fuel"), ["firewood", "charcoal", "kerosene"]] } },
  { id: "protein_per_week", weight: 2, sign: { "<=": [v("answers.protein_per_week"), 1] } },
  { id: "new_clothes_per_year", weight: 1, sign: { "<=": [v("answers.new_clothes_per_year"), 1] } },
  { id: "meals_per_day", weight: 2, sign: { "<=": [v("answers.meals_per_day"), 2] } },
  { id: "can_afford_puskesmas", weight: 1, sign: { "==": [v("answers.can_afford_puskesmas"), false] } },
  {
    id: "income_per_capita",
    weight: 3,
    sign: { "<": [{ "/": [{ "+": [v("answers.income.head"), v("answers.income.other")] }, v("household.size")] }, 600000] },
  },
  { id: "head_education", weight: 1, sign: { in: [v("answers.head_education"), ["none", "sd-incomplete", "sd"]] } },
  { id: "has_saleable_asset", weight: 1, sign: { "==": [v("answers.has_saleable_asset"), false] } },
  { id: "dependants", weight: 1, sign: { ">=": [v("answers.dependants"), 4] } },
  { id: "chronic_illness", weight: 2, sign: { "==": [v("answers.chronic_illness"), true] } },
  { id: "disability", weight: 2, sign: { "==": [v("answers.disability"), true] } },
  { id: "head_age", weight: 1, sign: { ">=": [v("answers.head_age"), 60] } },
  { id: "female_head", weight: 1, sign: { "==": [v("answers.female_head"), true] } },
  {
    id: "child_out_of_school",
    weight: 2,
    sign: { some: [v("household.members"), { and: [{ "<=": [7, v("age"), 15] }, { "!": v("in_school") }] }] },
  },
];

/** Households excluded from scoring (moved away, a civil servant at the head, a high income). */
export const EXCLUSION = {
  or: [
    { in: [v("household.status"), ["moved", "deceased", "duplicate"]] },
    { "==": [v("answers.civil_servant"), true] },
    { ">": [{ "*": [v("answers.income.head"), 12] }, 60_000_000] },
  ],
};

/**
 * `-1` for an excluded household, else the weighted score. `weights` and the
 * thresholds can be varied to get distinct rules (for compile-time measurements).
 */
export function benchRule(variant = 0): unknown {
  const score = {
    "+": CRITERIA.map((c, i) => ({ if: [c.sign, c.weight + (i === variant % CRITERIA.length ? variant : 0), 0] })),
  };
  return { if: [EXCLUSION, -1, score] };
}

const FLOOR = new Set(["earth", "bamboo", "cheap-wood"]);
const WALL = new Set(["bamboo", "thatch", "cheap-wood", "unplastered-brick"]);
const TOILET = new Set(["none", "shared"]);
const WATER = new Set(["unprotected-well", "unprotected-spring", "river", "rain"]);
const FUEL = new Set(["firewood", "charcoal", "kerosene"]);
const EDUCATION = new Set(["none", "sd-incomplete", "sd"]);
const STATUS = new Set(["moved", "deceased", "duplicate"]);

/**
 * The same rule by hand, for the generated households (whose answers are
 * numbers, strings and booleans, or `null` when not given — the generator
 * never omits a key): `null` compares as 0, but `+` turns it into NaN.
 */
export function handWritten(h: BenchHousehold): number {
  const a = h.answers;
  const hh = h.household;
  if (STATUS.has(hh.status) || a.civil_servant === true || (a.income.head ?? 0) * 12 > 60_000_000) return -1;
  const size = hh.size;
  let s = 0;
  if ((a.floor_area ?? 0) / size < 8) s += 2;
  if (FLOOR.has(a.floor_type)) s += 1;
  if (WALL.has(a.wall_type)) s += 1;
  if (TOILET.has(a.toilet)) s += 2;
  if (a.electricity === "none") s += 1;
  if (WATER.has(a.water_source)) s += 1;
  if (FUEL.has(a.cooking_fuel)) s += 1;
  if ((a.protein_per_week ?? 0) <= 1) s += 2;
  if ((a.new_clothes_per_year ?? 0) <= 1) s += 1;
  if ((a.meals_per_day ?? 0) <= 2) s += 2;
  if (a.can_afford_puskesmas === false) s += 1;
  // `+` is parseFloat-based in json-logic-js: a missing (null) income makes the sum NaN, so no sign.
  const head = a.income.head;
  const other = a.income.other;
  if (head !== null && other !== null && (head + other) / size < 600000) s += 3;
  if (EDUCATION.has(a.head_education)) s += 1;
  if (a.has_saleable_asset === false) s += 1;
  if ((a.dependants ?? 0) >= 4) s += 1;
  if (a.chronic_illness === true) s += 2;
  if (a.disability === true) s += 2;
  if ((a.head_age ?? 0) >= 60) s += 1;
  if (a.female_head === true) s += 1;
  const members = hh.members;
  for (let i = 0; i < members.length; i++) {
    const m = members[i] as BenchHousehold["household"]["members"][number];
    if (m.age >= 7 && m.age <= 15 && !m.in_school) {
      s += 2;
      break;
    }
  }
  return s;
}
