import jsQR from "jsqr";
import { PDFDocument, PageSizes } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { renderLetterPdf, verifyDocumentToken } from "../src/index.ts";
import { FULL_KK, FULL_NIK, letter, signingKey, verifyUrl } from "./support/fixtures.ts";
import { contentStreams, rasterise, shownText } from "./support/pdf-content.ts";

describe("letter PDF", () => {
  it("is one A4 page that pdf-lib reads back", async () => {
    const { bytes } = await renderLetterPdf(letter, { verifyUrl, signingKey });
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect([width, height]).toEqual(PageSizes.A4);
    expect(pdf.getTitle()).toBe("Surat Rekomendasi 470/123/UPTPK/2026");
  });

  it("prints the letterhead, number, service, holder with masked NIK and KK, validity, renewed letter and the body in both languages", async () => {
    const { bytes, printed } = await renderLetterPdf(letter, { verifyUrl, signingKey });
    const text = shownText(bytes);
    expect(text).toEqual(printed);
    expect(text).toEqual(
      expect.arrayContaining([
        "PEMERINTAH KABUPATEN SRAGEN",
        "SURAT REKOMENDASI",
        "Nomor / Number: 470/123/UPTPK/2026",
        ": Sri Wahyuni",
        ": 3314xxxxxxxxxxxx",
        ": 2 Februari 2026 - 2 Mei 2026",
        ": 470/045/UPTPK/2025",
        "Sragen, 2 Februari 2026",
      ]),
    );
    const joined = text.join(" ");
    expect(joined).toContain(": Rehabilitasi rumah tidak layak huni (Rehabilitation of an unfit house)");
    expect(joined).toContain("Yang bersangkutan adalah warga miskin");
    expect(joined).toContain("The person named is a registered poor resident");
  });

  it("never carries the full NIK or KK anywhere in the file", async () => {
    const { bytes } = await renderLetterPdf(letter, { verifyUrl, signingKey });
    const everything = [Buffer.from(bytes).toString("latin1"), ...contentStreams(bytes)].join("\n");
    for (const secret of [FULL_NIK, FULL_KK]) {
      expect(everything).not.toContain(secret);
      expect(everything.toLowerCase()).not.toContain(Buffer.from(secret).toString("hex"));
    }
  });

  it("draws a QR code that scans to the verify link of a recommendation token", async () => {
    const { bytes, verifyLink, token } = await renderLetterPdf(letter, { verifyUrl, signingKey });
    const [width, height] = PageSizes.A4;
    const image = rasterise(bytes, { width, height }, 2);
    expect(jsQR(image.data, image.width, image.height)?.data).toBe(verifyLink);
    expect(await verifyDocumentToken(token, [signingKey])).toMatchObject({ ok: true, payload: { kind: "recommendation", documentId: letter.id } });
  });

  it("is a plain letter by default, without a renewed letter line when it renews none", async () => {
    const { printed, token } = await renderLetterPdf({ ...letter, kind: undefined, renewsNumber: null }, { verifyUrl, signingKey });
    expect(printed).not.toContain("Memperbarui surat");
    expect(await verifyDocumentToken(token, [signingKey])).toMatchObject({ ok: true, payload: { kind: "letter" } });
  });

  it("gives the same bytes for the same input", async () => {
    const first = await renderLetterPdf(letter, { verifyUrl, signingKey });
    const second = await renderLetterPdf(letter, { verifyUrl, signingKey });
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });
});
