import { describe, expect, it } from "vitest";
import { type ConfigIssue, validateConfig } from "../index.ts";
import { at, list, loadSragen, setAt } from "../test/sragen.ts";

function issuesOf(input: unknown): ConfigIssue[] {
  const result = validateConfig(input);
  expect(result.ok).toBe(false);
  return result.issues;
}

function pick(issues: readonly ConfigIssue[]): Array<Pick<ConfigIssue, "path" | "code">> {
  return issues.map(({ path, code }) => ({ path, code }));
}

describe("validateConfig: shape", () => {
  it("rejects a non-object with a root issue", () => {
    expect(pick(issuesOf("nope"))).toEqual([{ path: "", code: "invalid_type" }]);
  });

  it("reports an unknown field at the field itself, in English and Indonesian", async () => {
    const config = await loadSragen();
    setAt(config, "/desks/1/colour2", "#000000");
    const issues = issuesOf(config);
    expect(pick(issues)).toEqual([{ path: "/desks/1/colour2", code: "unrecognized_keys" }]);
    expect(issues[0]?.message).toBe('Unknown field "colour2"');
    expect(issues[0]?.messages.id).toBe('Kolom "colour2" tidak dikenal');
  });

  it("reports an unknown top-level key", async () => {
    const config = await loadSragen();
    config.deskz = [];
    expect(pick(issuesOf(config))).toEqual([{ path: "/deskz", code: "unrecognized_keys" }]);
  });

  it("reports a wrong type and a missing field", async () => {
    const config = await loadSragen();
    setAt(config, "/services/3/serviceTime/targetMinutes", "thirty");
    const service = at(config, "/services/5");
    if (typeof service === "object" && service !== null) delete (service as Record<string, unknown>).desk;
    expect(pick(issuesOf(config))).toEqual([
      { path: "/services/3/serviceTime/targetMinutes", code: "invalid_type" },
      { path: "/services/5/desk", code: "invalid_type" },
    ]);
  });

  it("says what a wrong type received, and calls only an absent field missing", async () => {
    const config = await loadSragen();
    setAt(config, "/survey/criteria/1/weight", "heavy");
    const service = at(config, "/services/5");
    if (typeof service === "object" && service !== null) delete (service as Record<string, unknown>).desk;
    expect(issuesOf(config).map(({ path, message, messages }) => ({ path, message, id: messages.id }))).toEqual([
      { path: "/services/5/desk", message: "Required field is missing (expected string)", id: "Kolom wajib tidak ada (seharusnya teks)" },
      { path: "/survey/criteria/1/weight", message: "Expected number, received string", id: "Seharusnya angka, diterima teks" },
    ]);
  });

  it("enforces the locale order", async () => {
    const config = await loadSragen();
    config.locales = ["en", "id"];
    expect(pick(issuesOf(config))).toEqual([
      { path: "/locales/0", code: "invalid_value" },
      { path: "/locales/1", code: "invalid_value" },
    ]);
  });

  it("points into a discriminated union (benefit kind, haemodialysis limit)", async () => {
    const config = await loadSragen();
    setAt(config, "/cardProgrammes/0/tiers/0/benefits/0/kind", "massage");
    setAt(config, "/cardProgrammes/0/tiers/1/benefits/3/limit", { perYear: -1 });
    expect(pick(issuesOf(config))).toEqual([
      { path: "/cardProgrammes/0/tiers/0/benefits/0/kind", code: "invalid_union" },
      { path: "/cardProgrammes/0/tiers/1/benefits/3/limit/perYear", code: "too_small" },
    ]);
  });
});

describe("validateConfig: cross-references", () => {
  it("reports an unknown desk and an unknown agency", async () => {
    const config = await loadSragen();
    setAt(config, "/services/2/desk", "helth");
    setAt(config, "/services/4/deliveredBy/0", "ministry-of-magic");
    const issues = issuesOf(config);
    expect(pick(issues)).toEqual([
      { path: "/services/2/desk", code: "unknown_reference" },
      { path: "/services/4/deliveredBy/0", code: "unknown_reference" },
    ]);
    expect(issues[0]?.message).toContain('Unknown desk "helth"');
  });

  it("reports unknown documents, quotas, card programmes and skipped steps", async () => {
    const config = await loadSragen();
    setAt(config, "/services/0/requiredDocuments/0", "visa");
    setAt(config, "/services/3/quota", "nope");
    setAt(config, "/services/1/cardProgramme", "sehat");
    setAt(config, "/procedure/fastPath/skipSteps/0", "interview");
    expect(pick(issuesOf(config))).toEqual([
      { path: "/services/0/requiredDocuments/0", code: "unknown_reference" },
      { path: "/services/1/cardProgramme", code: "unknown_reference" },
      { path: "/services/3/quota", code: "unknown_reference" },
      { path: "/procedure/fastPath/skipSteps/0", code: "unknown_reference" },
    ]);
  });

  it("needs exactly one registration, match, survey and decision step", async () => {
    const config = await loadSragen();
    // Step 3 (the field survey) becomes a second registration: no survey step, two registrations.
    setAt(config, "/procedure/steps/3/kind", "registration");
    expect(pick(issuesOf(config))).toEqual([
      { path: "/procedure/steps/3/kind", code: "inconsistent_value" },
      { path: "/procedure/steps", code: "inconsistent_value" },
    ]);
  });

  it("reports a service drawing on the quota of an agency that does not deliver it", async () => {
    const config = await loadSragen();
    const services = list(config, "/services");
    const pakesra = services.findIndex((s) => s.id === "pakesra");
    setAt(config, `/services/${pakesra}/quota`, "rusela-houses");
    const issues = issuesOf(config);
    expect(pick(issues)).toEqual([{ path: `/services/${pakesra}/quota`, code: "inconsistent_value" }]);
    expect(issues[0]?.messages.en).toContain('belongs to the agency "matra"');
    setAt(config, `/services/${pakesra}/deliveredBy`, ["social-office", "matra"]);
    expect(validateConfig(config).ok).toBe(true);
  });

  it("requires a quota's exhaustion policy", async () => {
    const config = await loadSragen();
    delete list(config, "/quotas")[0]?.whenExhausted;
    expect(pick(issuesOf(config))).toContainEqual({ path: "/quotas/0/whenExhausted", code: "invalid_value" });
  });

  it("reports an unknown complaints desk and a repeated complaint category", async () => {
    const config = await loadSragen();
    setAt(config, "/complaints/desk", "front");
    setAt(config, "/complaints/categories/2/id", "wrongly-excluded");
    expect(pick(issuesOf(config))).toEqual([
      { path: "/complaints/desk", code: "unknown_reference" },
      { path: "/complaints/categories/2/id", code: "duplicate_id" },
    ]);
  });

  it("reports a reference list's category code mapped to an unknown category", async () => {
    const config = await loadSragen();
    setAt(config, "/procedure/referenceLists/0/categories/Desil 2", "rather-poor");
    const issues = issuesOf(config);
    expect(pick(issues)).toEqual([{ path: "/procedure/referenceLists/0/categories/Desil 2", code: "unknown_reference" }]);
    expect(issues[0]?.message).toContain('Unknown category "rather-poor"');
  });

  it("reports a duplicate id at the second occurrence", async () => {
    const config = await loadSragen();
    setAt(config, "/agencies/3/id", "rsud-x");
    setAt(config, "/agencies/5/id", "rsud-x");
    setAt(config, "/survey/criteria/3/id", "floor_type");
    const issues = pick(issuesOf(config));
    expect(issues).toContainEqual({ path: "/agencies/5/id", code: "duplicate_id" });
    expect(issues).toContainEqual({ path: "/survey/criteria/3/id", code: "duplicate_id" });
  });

  it("reports a duplicate tier rank", async () => {
    const config = await loadSragen();
    setAt(config, "/cardProgrammes/1/tiers/2/rank", 1);
    expect(pick(issuesOf(config))).toEqual([{ path: "/cardProgrammes/1/tiers/2/rank", code: "duplicate_rank" }]);
  });

  it("reports a proposing level that is not below the issuing level", async () => {
    const config = await loadSragen();
    setAt(config, "/cardProgrammes/0/tiers/2/issuance", { issuedBy: "subdistrict", proposedBy: "regency" });
    expect(pick(issuesOf(config))).toEqual([
      { path: "/cardProgrammes/0/tiers/2/issuance/proposedBy", code: "inconsistent_value" },
    ]);
  });

  it("reports area codes that do not start with their parent's code, and duplicates", async () => {
    const config = await loadSragen();
    setAt(config, "/areas/subdistricts/0/villages/0/code", "33.14.02.2001");
    setAt(config, "/areas/subdistricts/1/code", "33.15.02");
    const issues = pick(issuesOf(config));
    expect(issues).toContainEqual({ path: "/areas/subdistricts/0/villages/0/code", code: "area_code_mismatch" });
    expect(issues).toContainEqual({ path: "/areas/subdistricts/1/code", code: "area_code_mismatch" });
    expect(issues).toContainEqual({ path: "/areas/subdistricts/1/villages/0/code", code: "duplicate_id" });
  });

  it("does not hard-code Sragen's counts: fewer criteria and no villages are fine", async () => {
    const config = await loadSragen();
    const survey = at(config, "/survey") as { criteria: unknown[]; scoring: { rule: unknown } };
    survey.criteria = survey.criteria.slice(0, 3);
    survey.scoring.rule = { "+": [{ if: [{ var: "signs.floor_area_per_person" }, 1, 0] }] };
    const areas = at(config, "/areas") as { subdistricts: Array<{ villages: unknown[] }> };
    for (const s of areas.subdistricts) s.villages = [];
    delete config.testHouseholds;
    const services = at(config, "/services") as Array<{ eligibility: unknown }>;
    for (const s of services) s.eligibility = true;
    expect(validateConfig(config).issues).toEqual([]);
  });
});

describe("validateConfig: rules", () => {
  it("reports a rule reading an unknown variable, at the var", async () => {
    const config = await loadSragen();
    setAt(config, "/services/9/eligibility", { "==": [{ var: "categori" }, "poor"] });
    const issues = issuesOf(config);
    expect(pick(issues)).toEqual([{ path: "/services/9/eligibility/==/0/var", code: "rule_unknown_variable" }]);
    expect(issues[0]?.message).toBe('Variable "categori" cannot be read by this rule');
  });

  it("reports an unknown operator (and escapes '/' in pointers)", async () => {
    const config = await loadSragen();
    setAt(config, "/survey/criteria/0/sign", { "/": [{ var: "answers.floor_area_per_person" }, { regex: ["a", "b"] }] });
    expect(pick(issuesOf(config))).toEqual([{ path: "/survey/criteria/0/sign/~1/1/regex", code: "rule_unknown_operator" }]);
  });

  it("reports an object with two keys and a computed variable name", async () => {
    const config = await loadSragen();
    setAt(config, "/services/10/eligibility", { and: [{ "==": [1, 1], "!=": [1, 2] }, { var: { cat: ["cat", "egory"] } }] });
    expect(pick(issuesOf(config))).toEqual([
      { path: "/services/10/eligibility/and/0", code: "rule_invalid_operation" },
      { path: "/services/10/eligibility/and/1/var", code: "rule_dynamic_variable" },
    ]);
  });

  it("refuses rules deeper than 64 levels", async () => {
    const config = await loadSragen();
    let rule: unknown = true;
    for (let i = 0; i < 70; i += 1) rule = { "!": [rule] };
    setAt(config, "/services/0/eligibility", rule);
    const issues = pick(issuesOf(config));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe("rule_too_deep");
  });

  it("checks each rule against its scope", async () => {
    const config = await loadSragen();
    // A sign may not read the category (it is computed from the signs).
    setAt(config, "/survey/criteria/1/sign", { "==": [{ var: "category" }, "poor"] });
    // Scoring may read weights; classification may not.
    setAt(config, "/survey/classification/rule", { if: [{ ">": [{ var: "weights.floor_type" }, 1] }, "poor", "not-poor"] });
    // The fast path runs before the survey: no answers yet.
    setAt(config, "/procedure/fastPath/when", { var: "answers.floor_type" });
    expect(pick(issuesOf(config))).toEqual([
      { path: "/survey/criteria/1/sign/==/0/var", code: "rule_unknown_variable" },
      { path: "/survey/classification/rule/if/0/>/0/var", code: "rule_unknown_variable" },
      { path: "/procedure/fastPath/when/var", code: "rule_unknown_variable" },
    ]);
  });

  it("resolves element fields inside some/filter and rejects unknown ones", async () => {
    const config = await loadSragen();
    setAt(config, "/services/11/eligibility", {
      and: [
        { some: [{ var: "household.members" }, { "==": [{ var: "disability" }, "severe"] }] },
        { some: [{ filter: [{ var: "household.members" }, { var: "working" }] }, { var: "shoeSize" }] },
        { all: [{ var: "household.members" }, { var: "" }] },
        { "==": [{ var: "household.members.0.sex" }, "female"] },
      ],
    });
    expect(pick(issuesOf(config))).toEqual([
      { path: "/services/11/eligibility/and/1/some/1/var", code: "rule_unknown_variable" },
    ]);
  });

  it("checks literal values against closed lists (categories, tiers, options, classification results)", async () => {
    const config = await loadSragen();
    setAt(config, "/services/9/eligibility", { in: [{ var: "category" }, ["very-poor", "poorish"]] });
    setAt(config, "/cardProgrammes/1/tiers/0/qualification", { "==": ["mellati", { var: "holds.saraswati" }] });
    setAt(config, "/survey/criteria/1/sign", { "==": [{ var: "answers.floor_type" }, "dirt"] });
    setAt(config, "/survey/classification/rule", { if: [{ ">=": [{ var: "score" }, 9] }, "poor", "rich"] });
    expect(pick(issuesOf(config))).toEqual([
      { path: "/survey/criteria/1/sign/==/1", code: "rule_unknown_value" },
      { path: "/survey/classification/rule/if/2", code: "rule_unknown_value" },
      { path: "/services/9/eligibility/in/1/1", code: "rule_unknown_value" },
      { path: "/cardProgrammes/1/tiers/0/qualification/==/0", code: "rule_unknown_value" },
    ]);
  });
});

describe("validateConfig: every problem at once", () => {
  it("lists three unrelated cross-reference breakages as three issues", async () => {
    const config = await loadSragen();
    setAt(config, "/services/0/desk", "nowhere");
    setAt(config, "/cardProgrammes/0/tiers/1/rank", 1);
    setAt(config, "/services/17/eligibility", { var: "household.income" });
    expect(pick(issuesOf(config))).toEqual([
      { path: "/services/0/desk", code: "unknown_reference" },
      { path: "/cardProgrammes/0/tiers/1/rank", code: "duplicate_rank" },
      { path: "/services/17/eligibility/var", code: "rule_unknown_variable" },
    ]);
  });

  it("lists three unrelated shape breakages as three issues", async () => {
    const config = await loadSragen();
    setAt(config, "/meta/regencyCode", "33.14");
    setAt(config, "/desks/0/colour", "red");
    setAt(config, "/survey/criteria/4/weight", -1);
    expect(pick(issuesOf(config))).toEqual([
      { path: "/meta/regencyCode", code: "invalid_format" },
      { path: "/desks/0/colour", code: "invalid_format" },
      { path: "/survey/criteria/4/weight", code: "too_small" },
    ]);
  });
});
