import { describe, expect, it } from "vitest";
import { applyJsonPatch, jsonEqual, parsePointer, type JsonPatchOperation } from "./json-patch.ts";

const apply = (doc: unknown, ops: JsonPatchOperation[]) => applyJsonPatch(doc, ops);

describe("applyJsonPatch (RFC 6902)", () => {
  it("adds to objects, inserts into arrays and appends with -", () => {
    expect(apply({ a: [1, 3] }, [{ op: "add", path: "/a/1", value: 2 }, { op: "add", path: "/a/-", value: 4 }, { op: "add", path: "/b", value: { c: 1 } }])).toEqual({
      ok: true,
      document: { a: [1, 2, 3, 4], b: { c: 1 } },
    });
  });

  it("replaces and removes, including in arrays at the same index", () => {
    expect(apply({ a: [1, 2, 3], b: 1 }, [{ op: "replace", path: "/a/1", value: 9 }, { op: "remove", path: "/b" }])).toEqual({ ok: true, document: { a: [1, 9, 3] } });
    expect(apply({ a: 1 }, [{ op: "replace", path: "", value: [1] }])).toEqual({ ok: true, document: [1] });
  });

  it("moves and copies", () => {
    expect(apply({ a: { x: 1 }, b: {} }, [{ op: "move", from: "/a/x", path: "/b/y" }])).toEqual({ ok: true, document: { a: {}, b: { y: 1 } } });
    expect(apply({ a: [1, 2, 3] }, [{ op: "move", from: "/a/0", path: "/a/2" }])).toEqual({ ok: true, document: { a: [2, 3, 1] } });
    const copied = apply({ a: { x: [1] } }, [{ op: "copy", from: "/a", path: "/b" }]);
    expect(copied).toEqual({ ok: true, document: { a: { x: [1] }, b: { x: [1] } } });
  });

  it("tests values structurally and fails the whole patch on a mismatch", () => {
    expect(apply({ a: { x: 1, y: 2 } }, [{ op: "test", path: "/a", value: { y: 2, x: 1 } }]).ok).toBe(true);
    expect(apply({ a: 1 }, [{ op: "replace", path: "/a", value: 2 }, { op: "test", path: "/a", value: 3 }])).toEqual({ ok: false, index: 1, message: "test failed: the value differs" });
  });

  it("refuses missing paths, bad indexes, moves into a child and bad pointers, naming the operation", () => {
    expect(apply({}, [{ op: "replace", path: "/a", value: 1 }])).toMatchObject({ ok: false, index: 0 });
    expect(apply({}, [{ op: "remove", path: "/a" }])).toMatchObject({ ok: false, index: 0 });
    expect(apply({ a: [] }, [{ op: "add", path: "/a/1", value: 1 }])).toMatchObject({ ok: false, index: 0 });
    expect(apply({ a: [1] }, [{ op: "add", path: "/a/01", value: 1 }])).toMatchObject({ ok: false, index: 0 });
    expect(apply({ a: {} }, [{ op: "move", from: "/a", path: "/a/b" }])).toMatchObject({ ok: false, index: 0 });
    expect(apply({}, [{ op: "add", path: "a", value: 1 }])).toMatchObject({ ok: false, index: 0 });
    expect(apply({}, [{ op: "add", path: "/__proto__", value: { polluted: true } }])).toMatchObject({ ok: false, index: 0 });
  });

  it("never mutates its input", () => {
    const doc = { a: [1, { b: 2 }] };
    const before = structuredClone(doc);
    apply(doc, [{ op: "replace", path: "/a/1/b", value: 3 }, { op: "remove", path: "/a/0" }]);
    expect(doc).toEqual(before);
  });

  it("unescapes ~1 and ~0 in pointers", () => {
    expect(parsePointer("/a~1b/c~0d")).toEqual(["a/b", "c~d"]);
    expect(() => parsePointer("/a~2")).toThrow();
    expect(jsonEqual([1, { a: null }], [1, { a: null }])).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
  });
});
