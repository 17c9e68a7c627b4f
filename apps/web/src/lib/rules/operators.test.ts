import { describe, expect, it } from "vitest";
import type { RuleField } from "./fields.ts";
import { newCondition, operatorsFor, withField, withOperator } from "./operators.ts";

const floor: RuleField = { path: "answers.floor_type", label: "Jenis lantai", type: "choice", options: [{ id: "earth", label: "Tanah" }, { id: "tiles", label: "Ubin" }] };
const area: RuleField = { path: "answers.area", label: "Luas", type: "number" };
const flag: RuleField = { path: "answers.flag", label: "Bendera", type: "boolean" };

describe("operators by field type", () => {
  it("offers comparisons that fit the field", () => {
    expect(operatorsFor(area)).toEqual(["==", "!=", "<", "<=", ">", ">="]);
    expect(operatorsFor(floor)).toContain("in");
    expect(operatorsFor(flag)).toContain("!");
    expect(operatorsFor(undefined)).toContain("in");
  });

  it("starts a condition with a value of the field's type", () => {
    expect(newCondition(floor)).toEqual({ kind: "condition", path: "answers.floor_type", op: "==", value: "earth" });
    expect(newCondition(area).value).toBe(0);
    expect(withField(flag, flag.path)).toEqual({ kind: "condition", path: "answers.flag", op: "==", value: true });
  });

  it("keeps the value when the comparison changes, as a list for `in`", () => {
    const c = newCondition(floor);
    const listed = withOperator(c, "in", floor);
    expect(listed.value).toEqual(["earth"]);
    expect(withOperator(listed, "!=", floor).value).toBe("earth");
    const negated = withOperator({ ...c, op: "!", value: null, wrapped: true }, "==", floor);
    expect(negated).toEqual({ kind: "condition", path: "answers.floor_type", op: "==", value: "earth" });
  });
});
