import { describe, expect, it } from "vitest";
import { mergeErrors, nearestField, problemErrors, remapErrors } from "./problems.ts";

const problem = (path: string, id: string, en: string) => ({ path, message: en, messages: { id, en } });

describe("problems next to the input their path names", () => {
  const fields = ["services/3/validity/days", "services/3/requiredDocuments", "services/3/desk"];

  it("finds the input at or above a path", () => {
    expect(nearestField("services/3/validity/days", fields)).toBe("services/3/validity/days");
    expect(nearestField("services/3/requiredDocuments/1", fields)).toBe("services/3/requiredDocuments");
    expect(nearestField("services/3/label/id", fields)).toBeUndefined();
  });

  it("keeps only the section's problems, in the page's language; the rest of the section goes to the form", () => {
    const errors = problemErrors(
      [problem("/services/3/requiredDocuments/1", "Dokumen tidak dikenal", "Unknown document"), problem("/services/3/eligibility", "Aturan salah", "Bad rule"), problem("/desks/0/id", "x", "x")],
      "id",
      "/services/3",
      fields,
    );
    expect(errors?.fields).toEqual({ "services/3/requiredDocuments": ["Dokumen tidak dikenal"] });
    expect(errors?.form).toBe("Aturan salah");
    expect(problemErrors([problem("/desks/0/id", "x", "x")], "id", "/services/3", fields)).toBeUndefined();
    // "/services/30" is another service, not under "/services/3".
    expect(problemErrors([problem("/services/30/desk", "x", "x")], "id", "/services/3", fields)).toBeUndefined();
  });

  it("moves a refusal's deeper paths to their input and merges with the draft's problems", () => {
    const refusal = { code: "VALIDATION_FAILED", form: null, fields: { "services/3/validity/days/0": ["Terlalu kecil"] }, requestId: "r1" };
    const remapped = remapErrors(refusal, fields);
    expect(remapped?.fields).toEqual({ "services/3/validity/days": ["Terlalu kecil"] });
    const merged = mergeErrors(remapped, { code: "PROBLEMS", form: null, fields: { "services/3/desk": ["Meja tidak dikenal"] }, requestId: null });
    expect(merged?.fields).toEqual({ "services/3/validity/days": ["Terlalu kecil"], "services/3/desk": ["Meja tidak dikenal"] });
    expect(merged?.requestId).toBe("r1");
    expect(mergeErrors(undefined, undefined)).toBeUndefined();
  });
});
