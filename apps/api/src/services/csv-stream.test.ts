import { describe, expect, it } from "vitest";
import { csvRecords } from "./csv-stream.ts";

async function readAll(text: string, chunkSize: number) {
  async function* chunks() {
    for (let i = 0; i < text.length; i += chunkSize) yield text.slice(i, i + chunkSize);
  }
  const out: Array<{ line: number; fields: string[] }> = [];
  for await (const records of csvRecords(chunks())) out.push(...records);
  return out;
}

describe("csvRecords", () => {
  const text = '\uFEFFnik,name\r\n1,"Siti, ""Ani"""\n\n2,"two\nlines"\n3,plain\n4,last';
  const expected = [
    { line: 1, fields: ["nik", "name"] },
    { line: 2, fields: ["1", 'Siti, "Ani"'] },
    { line: 4, fields: ["2", "two\nlines"] },
    { line: 6, fields: ["3", "plain"] },
    { line: 7, fields: ["4", "last"] },
  ];

  it("reads quoted fields, doubled quotes, line breaks in quotes, CRLF, a BOM and a missing final newline, with file line numbers", async () => {
    expect(await readAll(text, 1 << 16)).toEqual(expected);
  });

  it("gives the same records whatever the chunk boundaries", async () => {
    for (const size of [1, 2, 3, 5, 7, 11]) expect(await readAll(text, size), `chunks of ${size}`).toEqual(expected);
  });
});
