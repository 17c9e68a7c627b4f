import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  checkPasswordPolicy,
  commonPasswordList,
  isCommonPassword,
} from "../src/password-policy.ts";
import { COMMON_PASSWORDS_TEXT } from "../src/data/common-passwords-10k.ts";

const codes = (password: string, context = {}): string[] => checkPasswordPolicy(password, context).map((p) => p.code);
const strong = "teh manis di alun-alun sore";

describe("length", () => {
  it("refuses 11 characters and accepts 12", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(codes("gudeg-jogja")).toEqual(["too-short"]); // 11
    expect(codes("gudeg-jogja!")).toEqual([]); // 12
  });

  it("counts code points, not UTF-16 units", () => {
    // 11 emoji are 22 UTF-16 units but 11 characters: still too short.
    expect(codes("🌾".repeat(11))).toEqual(["too-short"]);
    expect(codes("🌾".repeat(12))).toEqual([]);
  });

  it("refuses more than the maximum", () => {
    expect(codes("a b".repeat(86) /* 258 */)).toContain("too-long");
    expect(codes("x".repeat(PASSWORD_MAX_LENGTH - 3) + "yz1")).toEqual([]);
  });
});

describe("common passwords", () => {
  it("refuses list entries of acceptable length, case-insensitively", () => {
    // Both are in the shipped list (ranks 1470 and 2744) and are 12 characters long.
    for (const word of ["1qaz2wsx3edc", "QWERTY123456", "Qwerty123456", "1QAZ2WSX3EDC"]) {
      expect(codes(word), word).toEqual(["common"]);
    }
  });

  it("flags short common passwords as both short and common", () => {
    expect(codes("Password")).toEqual(["too-short", "common"]);
    expect(isCommonPassword("SAYANG")).toBe(true); // Indonesian, rank ~3200
  });

  it("accepts a long passphrase that is not in the list", () => {
    expect(codes(strong)).toEqual([]);
    expect(isCommonPassword(strong)).toBe(false);
  });
});

describe("identity", () => {
  const context = { email: "Budi.Santoso1980@sragenkab.go.id", name: "Budi Santoso Wibowo" };

  it("refuses the email address and its local part, in any case", () => {
    expect(codes("budi.santoso1980@sragenkab.go.id", context)).toEqual(["matches-identity"]);
    expect(checkPasswordPolicy("BUDI.SANTOSO1980", context)[0]).toMatchObject({ code: "matches-identity", field: "email" });
  });

  it("refuses the name, with or without spaces", () => {
    expect(checkPasswordPolicy("budi santoso wibowo", context)[0]).toMatchObject({ field: "name" });
    expect(checkPasswordPolicy("BudiSantosoWibowo", context)[0]).toMatchObject({ field: "name" });
  });

  it("accepts unrelated passwords and missing context", () => {
    expect(codes(strong, context)).toEqual([]);
    expect(codes(strong, { email: null, name: null })).toEqual([]);
    expect(codes(strong, { email: "", name: "" })).toEqual([]);
  });
});

describe("messages", () => {
  it("every problem carries Indonesian and English text", () => {
    const problems = checkPasswordPolicy("password", { email: "password" });
    expect(problems.map((p) => p.code)).toEqual(["too-short", "common", "matches-identity"]);
    for (const p of problems) {
      expect(p.message.id.length).toBeGreaterThan(10);
      expect(p.message.en.length).toBeGreaterThan(10);
      expect(p.message.id).not.toBe(p.message.en);
    }
  });
});

describe("the shipped list", () => {
  it("has at least 10,000 unique, lower-case, non-empty entries", () => {
    const list = commonPasswordList();
    expect(list.size).toBeGreaterThanOrEqual(10_000);
    const words = COMMON_PASSWORDS_TEXT.split("\n");
    expect(new Set(words).size).toBe(words.length);
    for (const word of words) {
      expect(word).not.toBe("");
      expect(word).toBe(word.toLowerCase());
    }
    expect(words.slice(0, 3)).toEqual(["123456", "password", "12345678"]);
  });

  it("the generated module matches the checked-in text file", () => {
    const txt = readFileSync(new URL("../src/data/common-passwords-10k.txt", import.meta.url), "utf8");
    expect(COMMON_PASSWORDS_TEXT).toBe(txt.trimEnd());
  });
});
