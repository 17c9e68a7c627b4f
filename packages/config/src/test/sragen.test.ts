import { describe, expect, it } from "vitest";
import { validateConfig } from "../index.ts";
import type { CardProgramme, RegencyConfig } from "../index.ts";
import { loadSragen } from "./sragen.ts";

async function sragen(): Promise<RegencyConfig> {
  const result = validateConfig(await loadSragen());
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.config;
}

function programme(config: RegencyConfig, id: string): CardProgramme {
  const found = config.cardProgrammes.find((p) => p.id === id);
  if (found === undefined) throw new Error(`no programme ${id}`);
  return found;
}

describe("tenants/sragen", () => {
  it("validates with no issues", async () => {
    const result = validateConfig(await loadSragen());
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("has the 4 desks, 18 services, 2 programmes × 3 tiers, 20 criteria, 20 sub-districts, 208 villages", async () => {
    const config = await sragen();
    expect(config.desks.map((d) => d.id)).toEqual(["complaints-data", "health", "education", "socio-economic"]);
    expect(config.services).toHaveLength(18);
    expect(config.cardProgrammes.map((p) => [p.id, p.tiers.map((t) => t.id)])).toEqual([
      ["saraswati", ["melati", "menur", "kenanga"]],
      ["sintawati", ["melati", "menur", "kenanga"]],
    ]);
    expect(config.survey.criteria).toHaveLength(20);
    expect(config.survey.criteria.filter((c) => c.group === "bps")).toHaveLength(14);
    expect(config.areas.subdistricts).toHaveLength(20);
    expect(config.areas.subdistricts.flatMap((s) => s.villages)).toHaveLength(208);
    expect(config.locales).toEqual(["id", "en"]);
  });

  it("encodes the Saraswati tiers and benefits of domain.md", async () => {
    const saraswati = programme(await sragen(), "saraswati");
    const [melati, menur, kenanga] = saraswati.tiers;
    expect(melati?.colourName.en).toBe("pink");
    expect(menur?.colourName.en).toBe("yellow");
    expect(kenanga?.colourName.en).toBe("green");
    expect(melati?.issuance).toEqual({ issuedBy: "regency", proposedBy: "subdistrict" });
    expect(menur?.issuance).toEqual({ issuedBy: "regency", proposedBy: "subdistrict" });
    expect(kenanga?.issuance).toEqual({ issuedBy: "subdistrict" });
    expect(melati?.benefits).toContainEqual({ kind: "haemodialysis", limit: "unlimited", cost: "free" });
    expect(menur?.benefits).toContainEqual({ kind: "haemodialysis", limit: { perYear: 10 }, cost: "free" });
    expect(kenanga?.benefits).toContainEqual({ kind: "haemodialysis", limit: { perYear: 5 }, cost: "free" });
    expect(kenanga?.benefits).toContainEqual({
      kind: "cost-relief",
      amountRupiah: 250000,
      maxTimesPerYear: 2,
      appliesTo: { level: "PPK-II", setting: "inpatient", roomClass: "III", facility: expect.anything() },
    });
    expect(melati?.benefits.filter((b) => b.kind === "care-access").map((b) => b.level)).toEqual(["PPK-I", "PPK-II", "PPK-III"]);
  });

  it("encodes the Sintawati tiers and benefits of domain.md", async () => {
    const sintawati = programme(await sragen(), "sintawati");
    const [melati, menur] = sintawati.tiers;
    expect(melati?.qualification).toMatchObject({ or: expect.arrayContaining([{ "==": [{ var: "holds.saraswati" }, "melati"] }]) });
    expect(melati?.benefits).toEqual([
      {
        kind: "school-items",
        schoolLevels: ["SD", "SMP"],
        items: [{ item: "entry-fee" }, { item: "tuition" }, { item: "bp3" }, { item: "uniform" }, { item: "books", complete: true }],
      },
      { kind: "fee-exemption", schoolLevels: ["SMA", "SMK"] },
    ]);
    expect(menur?.benefits).toEqual([
      { kind: "school-items", schoolLevels: ["SD", "SMP"], items: [{ item: "entry-fee" }, { item: "tuition" }, { item: "uniform", sets: 1 }] },
      { kind: "fee-exemption", schoolLevels: ["SMA", "SMK"] },
    ]);
  });

  it("has the SOP service time, the 30-day renewable care letter and the quotas", async () => {
    const config = await sragen();
    for (const service of config.services) expect(service.serviceTime).toEqual({ targetMinutes: 30, maxDays: 3 });
    const letter = config.services.find((s) => s.id === "care-recommendation-letter");
    expect(letter?.validity).toMatchObject({ days: 30, renewable: true });
    expect(config.services.find((s) => s.id === "sintawati-card")?.quota).toBe("sintawati-seats");
    expect(config.quotas?.find((q) => q.id === "rusela-matra")?.limit).toEqual({ kind: "amount-per-household", amountRupiah: 5000000 });
    expect(config.quotas?.find((q) => q.id === "sintawati-seats")).toMatchObject({ limit: { kind: "share", percent: 20 }, whenExhausted: "warn" });
    // Rusela draws on a countable quota that blocks when used up (numbers are assumptions: tenants/sragen/README.md).
    expect(config.services.find((s) => s.id === "rusela")?.quota).toBe("rusela-houses");
    expect(config.quotas?.find((q) => q.id === "rusela-houses")).toMatchObject({ limit: { kind: "count-per-period", period: "year" }, whenExhausted: "block" });
  });

  it("receives complaints at the complaints and data desk, re-verifying wrongly excluded or included households", async () => {
    const config = await sragen();
    expect(config.complaints?.desk).toBe("complaints-data");
    expect(config.complaints?.categories.map((c) => c.id)).toEqual(["wrongly-excluded", "wrongly-included", "refused", "data-correction", "service-quality", "other"]);
    expect(config.complaints?.categories.filter((c) => c.reverify).map((c) => c.id)).toEqual(["wrongly-excluded", "wrongly-included"]);
  });

  it("has the procedure steps and the L/B/P outcomes", async () => {
    const config = await sragen();
    expect(config.procedure.steps.map((s) => s.id)).toEqual([
      "registration",
      "database-match",
      "verification",
      "field-survey",
      "result",
      "recommendation",
    ]);
    expect(config.procedure.verificationOutcomes.map((o) => o.code)).toEqual(["L", "B", "P"]);
    expect(config.survey.categories.map((c) => c.label.id)).toEqual(["Sangat miskin", "Miskin", "Hampir miskin", "Tidak miskin"]);
  });

  it("uses official codes: regency 33.14, sub-districts 33.14.01–33.14.20", async () => {
    const config = await sragen();
    expect(config.meta.regencyCode).toBe("3314");
    expect(config.areas.regency.code).toBe("33.14");
    expect(config.areas.subdistricts.map((s) => s.code)).toEqual(
      Array.from({ length: 20 }, (_, i) => `33.14.${String(i + 1).padStart(2, "0")}`),
    );
    expect(config.areas.subdistricts.map((s) => s.name).sort()).toEqual([
      "Gemolong", "Gesi", "Gondang", "Jenar", "Kalijambe", "Karangmalang", "Kedawung", "Masaran", "Miri", "Mondokan",
      "Ngrampal", "Plupuh", "Sambirejo", "Sambungmacan", "Sidoharjo", "Sragen", "Sukodono", "Sumberlawang", "Tangen", "Tanon",
    ]);
  });
});
