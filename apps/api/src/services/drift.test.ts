import { describe, expect, it } from "vitest";
import { countDrift } from "./drift.ts";

const template = {
  meta: { name: { id: "Kabupaten Sragen", en: "Sragen Regency" }, regencyCode: "3314" },
  areas: { regency: { code: "33.14", name: "Sragen" }, subdistricts: [{ code: "33.14.01", name: "Kalijambe", villages: [] }] },
  testHouseholds: [{ id: "sumarni", household: { villageCode: "33.14.20.2001" } }],
  services: [
    { id: "saraswati", validity: { days: 365 } },
    { id: "sintawati", validity: { days: 365 } },
  ],
  survey: { criteria: [{ id: "floor", weight: 2 }, { id: "wall", weight: 1 }] },
};

describe("countDrift", () => {
  it("is 0 for a copy that differs only in the regency's own sections", () => {
    const clone = structuredClone(template);
    clone.meta = { name: { id: "Kabupaten Wonogiri", en: "Kabupaten Wonogiri" }, regencyCode: "3312" };
    clone.areas = { regency: { code: "33.12", name: "Wonogiri" }, subdistricts: [{ code: "33.12.01", name: "Pracimantoro", villages: [] }] };
    clone.testHouseholds = [{ id: "sumarni", household: { villageCode: "33.12.01.2001" } }];
    expect(countDrift(clone, template)).toBe(0);
  });

  it("counts each differing path once, matching elements by identity", () => {
    const local = structuredClone(template);
    local.services.reverse(); // reordering is no change
    local.survey.criteria[0] = { id: "floor", weight: 3 };
    local.services.push({ id: "rusela", validity: { days: 30 } });
    expect(countDrift(local, template)).toBe(2);
    expect(countDrift(template, local)).toBe(2);
  });

  it("compares non-objects as whole values", () => {
    expect(countDrift(null, template)).toBe(1);
  });
});
