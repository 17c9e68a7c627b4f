import { describe, expect, it } from "vitest";
import { HouseholdFactsSchema, PersonFactsSchema } from "../schema/test-households.ts";
import { HOUSEHOLD_FIELDS, PERSON_FIELDS } from "./field-catalogue.ts";
import { readableFields } from "./readable-fields.ts";
import { validateConfig } from "../index.ts";
import { loadSragen } from "../test/sragen.ts";

describe("field catalogue", () => {
  it("matches the household facts test households are written with", () => {
    const householdKeys = Object.keys(HouseholdFactsSchema.shape).map((k) => `household.${k}`);
    expect(HOUSEHOLD_FIELDS.map((f) => f.path).sort()).toEqual(householdKeys.sort());
    const personKeys = Object.keys(PersonFactsSchema.shape).filter((k) => k !== "name");
    expect(PERSON_FIELDS.map((f) => f.path).sort()).toEqual(personKeys.sort());
  });

  it("is frozen: code reads it, nobody edits it", () => {
    expect(Object.isFrozen(HOUSEHOLD_FIELDS)).toBe(true);
    expect(Object.isFrozen(PERSON_FIELDS)).toBe(true);
  });

  it("resolves configuration fields per scope", async () => {
    const result = validateConfig(await loadSragen());
    if (!result.ok) throw new Error("Sragen must validate");
    const household = readableFields("household", result.config);
    const holds = household.find((f) => f.path === "holds.saraswati");
    expect(holds?.values).toEqual(["melati", "menur", "kenanga"]);
    expect(household.find((f) => f.path === "category")?.values).toEqual(["very-poor", "poor", "near-poor", "not-poor"]);
    expect(household.find((f) => f.path === "answers.floor_type")).toMatchObject({ type: "string", values: expect.arrayContaining(["earth"]) });
    expect(household.find((f) => f.path === "household.members")?.items?.map((f) => f.path)).toContain("birthDate");
    const scoring = readableFields("scoring", result.config).map((f) => f.path);
    expect(scoring).toContain("weights.floor_type");
    expect(scoring).not.toContain("category");
    expect(readableFields("registration", result.config).map((f) => f.path)).not.toContain("answers.floor_type");
  });
});
