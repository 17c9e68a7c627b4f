import type { RegencyConfig, TestHousehold } from "@satu-atap/config";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluate } from "../src/interpret.ts";
import { evaluateHousehold } from "../src/household/index.ts";
import { loadSragen } from "./household-fixtures.ts";

let config: RegencyConfig;
let households: readonly TestHousehold[];
beforeAll(async () => {
  config = await loadSragen();
  households = config.testHouseholds ?? [];
});

/** The score a test household gets from the rules. */
function scoreOf(example: TestHousehold): number {
  const applicant = example.household.members[example.applicantIndex];
  const input = { answers: example.answers, household: example.household, holds: example.holds, ...(applicant === undefined ? {} : { applicant }) };
  return evaluateHousehold(config, input, { decisionDate: example.decisionDate }).score;
}

/**
 * The classification's thresholds: every score (from 0 to the sum of the weights) whose
 * category differs from the score one below. Read from the rule itself, so a threshold moved
 * in the configuration moves the boundaries this test demands.
 */
function boundaries(): Array<{ score: number; below: string; atOrAbove: string }> {
  const categoryOf = (score: number): unknown => evaluate(config.survey.classification.rule, { score, signCount: score, signs: {}, answers: {} });
  const maximum = config.survey.criteria.reduce((sum, criterion) => sum + Math.max(criterion.weight, 0), 0);
  const found: Array<{ score: number; below: string; atOrAbove: string }> = [];
  for (let score = 1; score <= maximum; score += 1) {
    const below = String(categoryOf(score - 1));
    const atOrAbove = String(categoryOf(score));
    if (below !== atOrAbove) found.push({ score, below, atOrAbove });
  }
  return found;
}

describe("Sragen's test households cover the rules", () => {
  it("has at least 12", () => {
    expect(households.length).toBeGreaterThanOrEqual(12);
  });

  it("expect every tier of every card programme, and no tier, somewhere", () => {
    for (const programme of config.cardProgrammes) {
      const expected = new Set(households.map((h) => (Object.hasOwn(h.expected.tiers, programme.id) ? h.expected.tiers[programme.id] : undefined)));
      for (const tier of programme.tiers) expect({ programme: programme.id, tier: tier.id, covered: expected.has(tier.id) }).toMatchObject({ covered: true });
      expect({ programme: programme.id, tier: null, covered: expected.has(null) }).toMatchObject({ covered: true });
    }
  });

  it("expect every category", () => {
    const expected = new Set(households.map((h) => h.expected.category));
    for (const category of config.survey.categories) expect({ category: category.id, covered: expected.has(category.id) }).toMatchObject({ covered: true });
  });

  it("sit on both sides of every classification threshold: at the threshold and one below, with the category expected there", () => {
    const found = boundaries();
    expect(found.length).toBe(config.survey.categories.length - 1);
    const scored = households.map((h) => ({ id: h.id, score: scoreOf(h), category: h.expected.category }));
    for (const { score, below, atOrAbove } of found) {
      const at = scored.filter((h) => h.score === score && h.category === atOrAbove).map((h) => h.id);
      const under = scored.filter((h) => h.score === score - 1 && h.category === below).map((h) => h.id);
      expect({ threshold: score, category: atOrAbove, households: at.length > 0 }).toEqual({ threshold: score, category: atOrAbove, households: true });
      expect({ threshold: score, category: below, households: under.length > 0 }).toEqual({ threshold: score, category: below, households: true });
    }
  });
});
