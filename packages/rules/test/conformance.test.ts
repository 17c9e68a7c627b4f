/**
 * The official JSON-logic suite (jsonlogic.com/tests.json, 277 cases) on every
 * evaluation path: each must pass 277/277, like json-logic-js 2.0.5 itself.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONFORMANCE_DIR, OUR_PATHS, reference, sameValue, show } from "./conformance-paths.ts";

interface Case {
  readonly title: string;
  readonly rule: unknown;
  readonly data: unknown;
  readonly expected: unknown;
}

function loadCases(): Case[] {
  const raw: unknown = JSON.parse(readFileSync(`${CONFORMANCE_DIR}jsonlogic-tests.json`, "utf8"));
  if (!Array.isArray(raw)) throw new Error("jsonlogic-tests.json is not an array");
  const cases: Case[] = [];
  let section = "";
  for (const entry of raw) {
    if (typeof entry === "string") {
      section = entry.replace(/^#\s*/, "");
      continue;
    }
    if (!Array.isArray(entry) || entry.length !== 3) throw new Error(`unexpected entry ${show(entry)}`);
    const [rule, data, expected] = entry as [unknown, unknown, unknown];
    cases.push({ title: `#${cases.length + 1} ${section}: ${show(rule)} on ${show(data)}`, rule, data, expected });
  }
  return cases;
}

const CASES = loadCases();

describe("official JSON-logic suite", () => {
  it("has 277 cases", () => {
    expect(CASES).toHaveLength(277);
  });

  describe("json-logic-js 2.0.5 (sanity)", () => {
    it.each(CASES)("$title", ({ rule, data, expected }) => {
      expect(sameValue(reference(rule, data), expected)).toBe(true);
    });
  });

  for (const path of OUR_PATHS) {
    describe(path.name, () => {
      it.each(CASES)("$title", ({ rule, data, expected }) => {
        const got = path.run(structuredClone(rule), structuredClone(data));
        expect(show(got)).toBe(show(expected));
        expect(sameValue(got, expected)).toBe(true);
      });
    });
  }

  it("no path modifies the rule or the data", () => {
    for (const path of OUR_PATHS) {
      for (const { rule, data } of CASES) {
        const r = structuredClone(rule);
        const d = structuredClone(data);
        path.run(r, d);
        expect(r).toStrictEqual(rule);
        expect(d).toStrictEqual(data);
      }
    }
  });
});
