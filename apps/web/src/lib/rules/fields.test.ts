import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describerLabels, ruleFields } from "./fields.ts";

const read = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../../../tenants/sragen/${file}.json`, import.meta.url), "utf8"));
const config = {
  survey: read("survey"),
  cardProgrammes: read("cardProgrammes"),
  procedure: read("procedure"),
  areas: read("areas"),
};

describe("ruleFields", () => {
  it("offers a criterion's sign the survey answers with their types and option labels, and the household facts", () => {
    const fields = ruleFields(config, "id", "sign");
    expect(fields.find((f) => f.path === "answers.floor_type")).toMatchObject({
      label: "Jenis lantai",
      type: "choice",
      options: expect.arrayContaining([{ id: "earth", label: "Tanah" }]),
    });
    expect(fields.find((f) => f.path === "answers.floor_area_per_person")).toMatchObject({ type: "number", unit: "m² per orang" });
    expect(fields.find((f) => f.path === "answers.can_afford_puskesmas")?.type).toBe("boolean");
    expect(fields.find((f) => f.path === "household.inReferenceList")?.type).toBe("boolean");
    expect(fields.some((f) => f.path === "score")).toBe(false);
  });

  it("offers the classification the score and signs; tiers and services the whole household, in English too", () => {
    expect(ruleFields(config, "en", "classification").map((f) => f.path)).toContain("score");
    const household = ruleFields(config, "en", "household");
    expect(household.find((f) => f.path === "category")?.options?.[0]).toEqual({ id: "very-poor", label: "Very poor" });
    expect(household.find((f) => f.path === "household.members")?.type).toBe("list");
    expect(household.find((f) => f.path === "applicant.sex")?.options).toEqual([
      { id: "female", label: "female" },
      { id: "male", label: "male" },
    ]);
  });

  it("copes with an incomplete draft and with nothing", () => {
    expect(ruleFields({}, "id", "sign").length).toBeGreaterThan(0);
    expect(ruleFields(null, "id")).toEqual([]);
  });

  it("gives the describer labels in one language", () => {
    const labels = describerLabels([{ path: "a", label: "A", type: "choice", options: [{ id: "x", label: "X" }] }]);
    expect(labels).toEqual({ a: { label: { id: "A", en: "A" }, values: { x: { id: "X", en: "X" } } } });
  });
});
