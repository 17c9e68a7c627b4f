import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json.ts";
import { contentHash } from "./content-hash.ts";

describe("canonicalJson", () => {
  it("sorts keys at every level and drops whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: "x" } })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it("is the same whatever the key order", () => {
    expect(canonicalJson({ id: "melati", rank: 1, label: { en: "M", id: "M" } })).toBe(
      canonicalJson({ label: { id: "M", en: "M" }, rank: 1, id: "melati" }),
    );
  });

  it("follows JSON.stringify for undefined and toJSON, and refuses non-JSON numbers", () => {
    expect(canonicalJson({ a: undefined, b: [undefined], c: new Date(0) })).toBe('{"b":[null],"c":"1970-01-01T00:00:00.000Z"}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });

  it("keeps non-ASCII text as is", () => {
    expect(canonicalJson({ unit: "m² per orang" })).toBe('{"unit":"m² per orang"}');
  });
});

describe("contentHash", () => {
  it("is sha256 of the canonical JSON", async () => {
    // sha256('{"a":1}')
    expect(await contentHash({ a: 1 })).toBe("sha256:015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862");
  });

  it("is stable across key order and changes with content", async () => {
    const one = await contentHash({ x: [1, 2], y: { b: true, a: null } });
    const two = await contentHash({ y: { a: null, b: true }, x: [1, 2] });
    expect(one).toBe(two);
    expect(await contentHash({ x: [2, 1], y: { a: null, b: true } })).not.toBe(one);
  });
});
