import { describe, expect, it } from "vitest";
import { areasToCsv } from "./areas-csv.ts";

describe("areasToCsv", () => {
  it("writes the header, each sub-district under the regency and its villages under it, quoting commas", () => {
    const csv = areasToCsv({
      regency: { code: "33.12", name: "Wonogiri" },
      subdistricts: [{ code: "33.12.01", name: "Pracimantoro", villages: [{ code: "33.12.01.2001", name: 'Joho, "Lor"' }] }],
    });
    expect(csv).toBe('code,name,parent\n33.12.01,Pracimantoro,33.12\n33.12.01.2001,"Joho, ""Lor""",33.12.01\n');
  });
});
