/**
 * Deterministic generated households for the benchmarks: the nested shape a
 * survey produces (`answers.*` for the 20 criteria, `household.members[]`).
 * The SQL benchmark (bench/sql.ts) can reuse `generateHouseholds`.
 */

export interface BenchMember {
  readonly age: number;
  readonly sex: "f" | "m";
  readonly in_school: boolean;
}

export interface BenchHousehold {
  readonly id: number;
  readonly answers: {
    readonly floor_area: number | null;
    readonly floor_type: string;
    readonly wall_type: string;
    readonly toilet: string;
    readonly electricity: string;
    readonly water_source: string;
    readonly cooking_fuel: string;
    readonly protein_per_week: number | null;
    readonly new_clothes_per_year: number | null;
    readonly meals_per_day: number | null;
    readonly can_afford_puskesmas: boolean | null;
    readonly income: { readonly head: number | null; readonly other: number | null };
    readonly head_education: string;
    readonly has_saleable_asset: boolean | null;
    readonly dependants: number | null;
    readonly chronic_illness: boolean | null;
    readonly disability: boolean | null;
    readonly head_age: number | null;
    readonly female_head: boolean | null;
    readonly civil_servant: boolean;
  };
  readonly household: {
    readonly size: number;
    readonly status: string;
    readonly village: string;
    readonly members: readonly BenchMember[];
  };
}

/** mulberry32: a small, fast, deterministic PRNG (uniform in [0, 1)). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` households from `seed`; the same arguments always give the same households. */
export function generateHouseholds(count: number, seed = 42): BenchHousehold[] {
  const r = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)] as T;
  const maybe = <T>(value: T): T | null => (r() < 0.03 ? null : value);
  const out = new Array<BenchHousehold>(count);
  for (let id = 0; id < count; id++) {
    const size = 1 + Math.floor(r() * 8);
    const members: BenchMember[] = [];
    for (let m = 0; m < size; m++) {
      const age = Math.floor(r() * 80);
      members.push({ age, sex: r() < 0.5 ? "f" : "m", in_school: age >= 7 && age <= 18 ? r() < 0.85 : false });
    }
    out[id] = {
      id,
      answers: {
        floor_area: maybe(Math.round(r() * 120 * 10) / 10),
        floor_type: pick(["earth", "bamboo", "cheap-wood", "cement", "tiles"]),
        wall_type: pick(["bamboo", "thatch", "cheap-wood", "unplastered-brick", "plastered-brick", "good-wood"]),
        toilet: pick(["none", "shared", "private"]),
        electricity: pick(["none", "shared", "pln-450", "pln-900"]),
        water_source: pick(["unprotected-well", "unprotected-spring", "river", "rain", "protected-well", "piped"]),
        cooking_fuel: pick(["firewood", "charcoal", "kerosene", "lpg", "electric"]),
        protein_per_week: maybe(Math.floor(r() * 5)),
        new_clothes_per_year: maybe(Math.floor(r() * 4)),
        meals_per_day: maybe(1 + Math.floor(r() * 3)),
        can_afford_puskesmas: maybe(r() < 0.7),
        income: { head: maybe(Math.floor(r() * 5_000_000)), other: maybe(Math.floor(r() * 1_000_000)) },
        head_education: pick(["none", "sd-incomplete", "sd", "smp", "sma", "diploma"]),
        has_saleable_asset: maybe(r() < 0.5),
        dependants: maybe(Math.floor(r() * 7)),
        chronic_illness: maybe(r() < 0.15),
        disability: maybe(r() < 0.08),
        head_age: maybe(18 + Math.floor(r() * 70)),
        female_head: maybe(r() < 0.25),
        civil_servant: r() < 0.04,
      },
      household: {
        size,
        status: r() < 0.03 ? pick(["moved", "deceased", "duplicate"]) : "active",
        village: `33.14.${String(1 + Math.floor(r() * 20)).padStart(2, "0")}.${String(2001 + Math.floor(r() * 15))}`,
        members,
      },
    };
  }
  return out;
}
