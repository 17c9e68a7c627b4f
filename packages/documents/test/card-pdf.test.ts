import jsQR from "jsqr";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { CARD_SIZE, renderCardPdf, verifyDocumentToken } from "../src/index.ts";
import { FULL_KK, FULL_NIK, card, signingKey, verifyUrl } from "./support/fixtures.ts";
import { contentStreams, rasterise, shownText } from "./support/pdf-content.ts";

describe("card PDF", () => {
  it("is one ID-card-sized page (85.6 × 54 mm) that pdf-lib reads back", async () => {
    const { bytes } = await renderCardPdf(card, { verifyUrl, signingKey });
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect(width / (72 / 25.4)).toBeCloseTo(85.6, 1);
    expect(height / (72 / 25.4)).toBeCloseTo(54, 1);
    expect(pdf.getCreationDate()?.toISOString()).toBe("2026-01-15T00:00:00.000Z");
  });

  it("prints regency, programme and tier, card number, holder, masked NIK and KK, and validity", async () => {
    const { bytes, printed } = await renderCardPdf(card, { verifyUrl, signingKey });
    const text = shownText(bytes);
    expect(text).toEqual(printed);
    expect(text).toEqual(
      expect.arrayContaining(["Kabupaten Sragen", "Saraswati - Melati", "SRS-2026-000123", "Sri Wahyuni", "3314xxxxxxxxxxxx", "15 Januari 2026 - 14 Januari 2027"]),
    );
  });

  it("never carries the full NIK or KK, in the text layer or anywhere in the file", async () => {
    const { bytes } = await renderCardPdf(card, { verifyUrl, signingKey });
    const everything = [Buffer.from(bytes).toString("latin1"), ...contentStreams(bytes)].join("\n");
    for (const secret of [FULL_NIK, FULL_KK]) {
      expect(everything).not.toContain(secret);
      expect(everything.toLowerCase()).not.toContain(Buffer.from(secret).toString("hex"));
    }
  });

  it("fills the top band with the tier's colour", async () => {
    const { bytes } = await renderCardPdf(card, { verifyUrl, signingKey });
    // #F472B6 = 244 114 182.
    expect(contentStreams(bytes)[0]).toContain(`${244 / 255} ${114 / 255} ${182 / 255} rg`);
  });

  it("draws a QR code that scans to <verifyUrl>/<token>, and the token verifies to this card", async () => {
    const { bytes, verifyLink, token } = await renderCardPdf(card, { verifyUrl: `${verifyUrl}/`, signingKey });
    expect(verifyLink).toBe(`${verifyUrl}/${token}`);
    const image = rasterise(bytes, CARD_SIZE, 8);
    expect(jsQR(image.data, image.width, image.height)?.data).toBe(verifyLink);
    expect(await verifyDocumentToken(token, [signingKey])).toEqual({
      ok: true,
      payload: { keyId: "test1", tenant: "sragen", kind: "card", documentId: card.id, issuedOn: "2026-01-15" },
    });
  });

  it("gives the same bytes for the same input", async () => {
    const first = await renderCardPdf(card, { verifyUrl, signingKey });
    const second = await renderCardPdf(card, { verifyUrl, signingKey });
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });

  it("works without tier, colour or household, open-ended, and prints what the font cannot as ?", async () => {
    const { printed } = await renderCardPdf(
      { ...card, tier: undefined, household: undefined, validUntil: null, holder: { name: "Nguyễn Sri", nik: FULL_NIK } },
      { verifyUrl, signingKey, labels: { validUntilFurtherNotice: { id: "seterusnya", en: "onwards" } } },
    );
    expect(printed).toEqual(expect.arrayContaining(["Saraswati", "Nguy?n Sri", "15 Januari 2026 - seterusnya"]));
    expect(printed).not.toContain("No. KK");
  });
});
