import { PDFDocument, PageSizes, StandardFonts, rgb } from "pdf-lib";
import { setMetadata, validity } from "./card-pdf.ts";
import { maskForPrint, signedLink, type DocumentBase, type RenderOptions, type RenderedDocument } from "./document.ts";
import { withDefaultLabels } from "./labels.ts";
import { MM, TextWriter, formatDateId, type BilingualText } from "./layout.ts";
import { drawQr, qrMatrix } from "./qr.ts";

/** A service letter or recommendation to print; all its wording comes from the caller (configuration). */
export interface LetterDocument extends DocumentBase {
  /** `letter` (default) or `recommendation`: which kind the token names. */
  kind?: "letter" | "recommendation" | undefined;
  /** Letterhead lines, biggest first, e.g. the regency government and the unit's name and address. */
  letterhead: string[];
  /** The letter's heading, e.g. `{ id: "Surat Rekomendasi", en: "Letter of recommendation" }`. */
  title: BilingualText;
  service: { label: BilingualText };
  /** Number of the letter this one renews, if any. */
  renewsNumber?: string | null | undefined;
  /** The statement itself; printed in Indonesian, with the English below in smaller type. */
  body: BilingualText;
  /** Place of issue printed before the date (e.g. the regency's capital), if wanted. */
  place?: string | undefined;
}

/**
 * Renders a letter as a one-page A4 PDF: letterhead, title and number, the service, holder
 * (masked NIK and KK), validity, the renewed letter if any, the bilingual body, and a QR code
 * of the signed verify link. The same input gives the same bytes.
 */
export async function renderLetterPdf(letter: LetterDocument, options: RenderOptions): Promise<RenderedDocument> {
  const labels = withDefaultLabels(options.labels);
  const { token, verifyLink } = await signedLink(letter.kind ?? "letter", letter, options);
  const pdf = await PDFDocument.create({ updateMetadata: false });
  setMetadata(pdf, `${letter.title.id} ${letter.number}`, letter.issuedOn);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const italic = await pdf.embedFont(StandardFonts.HelveticaOblique);
  const [width, height] = PageSizes.A4;
  const page = pdf.addPage([width, height]);
  const writer = new TextWriter(page);
  const margin = 25 * MM;
  const inner = width - 2 * margin;
  const grey = rgb(0.35, 0.35, 0.35);

  // Letterhead, centred, closed by a double rule as Indonesian government letters are.
  let y = height - 22 * MM;
  letter.letterhead.forEach((line, index) => {
    const size = index === 0 ? 15 : index === 1 ? 12 : 9.5;
    const font = index < 2 ? bold : regular;
    writer.text(line, { x: margin, y, size, font, maxWidth: inner, centred: true });
    y -= size * 1.35;
  });
  y -= 2;
  page.drawLine({ start: { x: margin, y }, end: { x: width - margin, y }, thickness: 1.6 });
  page.drawLine({ start: { x: margin, y: y - 2.5 }, end: { x: width - margin, y: y - 2.5 }, thickness: 0.5 });

  y -= 14 * MM;
  writer.text(letter.title.id.toUpperCase(), { x: margin, y, size: 13, font: bold, maxWidth: inner, centred: true });
  writer.text(letter.title.en, { x: margin, y: y - 13, size: 9, font: italic, color: grey, maxWidth: inner, centred: true });
  y -= 13 + 14;
  writer.text(`${labels.letterNumber.id} / ${labels.letterNumber.en}: ${letter.number}`, { x: margin, y, size: 10, font: regular, maxWidth: inner, centred: true });

  y -= 12 * MM;
  const rows: Array<[BilingualText, string]> = [
    [labels.service, `${letter.service.label.id} (${letter.service.label.en})`],
    [labels.holder, letter.holder.name],
    [labels.nik, maskForPrint(letter.holder.nik)],
    ...(letter.household ? [[labels.household, maskForPrint(letter.household.kk)] as [BilingualText, string]] : []),
    [labels.valid, validity(letter.validFrom, letter.validUntil, `${labels.validUntilFurtherNotice.id} / ${labels.validUntilFurtherNotice.en}`)],
    ...(letter.renewsNumber ? [[labels.renews, letter.renewsNumber] as [BilingualText, string]] : []),
  ];
  const valueX = margin + 48 * MM;
  for (const [caption, value] of rows) {
    writer.text(caption.id, { x: margin, y, size: 10, font: regular });
    writer.text(caption.en, { x: margin, y: y - 9, size: 7, font: italic, color: grey });
    const below = writer.paragraph(`: ${value}`, { x: valueX, y, size: 10, font: bold, width: width - margin - valueX });
    y = Math.min(below + 10 * 1.35, y) - 8 * MM;
  }

  y -= 6 * MM;
  y = writer.paragraph(letter.body.id, { x: margin, y, size: 11, font: regular, width: inner });
  y -= 4;
  writer.paragraph(letter.body.en, { x: margin, y, size: 8.5, font: italic, width: inner, color: grey });

  // Signature block on the right: place and date; the QR code stands in for the stamp's check.
  const issued = `${letter.place ? `${letter.place}, ` : ""}${formatDateId(letter.issuedOn)}`;
  writer.text(issued, { x: width - margin - 70 * MM, y: 95 * MM, size: 10, font: regular, maxWidth: 70 * MM });

  const qrSide = 32 * MM;
  drawQr(page, qrMatrix(verifyLink), margin - 3 * MM, 20 * MM, qrSide);
  writer.text(labels.scanToVerify.id, { x: margin + qrSide, y: 38 * MM, size: 9, font: regular, maxWidth: inner - qrSide });
  writer.text(labels.scanToVerify.en, { x: margin + qrSide, y: 38 * MM - 11, size: 7.5, font: italic, color: grey, maxWidth: inner - qrSide });

  const bytes = await pdf.save({ useObjectStreams: false });
  return { bytes, token, verifyLink, printed: writer.printed };
}
