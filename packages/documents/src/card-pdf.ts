import { PDFDocument, StandardFonts, rgb } from "pdf-lib";
import { maskForPrint, signedLink, type DocumentBase, type RenderOptions, type RenderedDocument } from "./document.ts";
import { withDefaultLabels } from "./labels.ts";
import { MM, TextWriter, dateOf, formatDateId, hexColour, textColourOn, type BilingualText } from "./layout.ts";
import { drawQr, qrMatrix } from "./qr.ts";

/** A programme card to print; everything regional (names, tiers, colours) comes from configuration. */
export interface CardDocument extends DocumentBase {
  /** The issuing regency, e.g. the configuration's `meta.name`. */
  regencyName: BilingualText;
  programme: { label: BilingualText };
  /** The tier, with its colour (`#RRGGBB`) when the configuration has one. */
  tier?: { label: BilingualText; colour?: string | undefined } | undefined;
}

/** ID-1 card size (ISO/IEC 7810), as KTP and bank cards: 85.6 × 54 mm. */
export const CARD_SIZE = { width: 85.6 * MM, height: 54 * MM } as const;

const PRODUCER = "Satu Atap";

/**
 * Renders a programme card as a one-page PDF of ID-card size: regency, programme and tier
 * (in the tier's colour), card number, holder, masked NIK and KK, validity, and a QR code
 * of the signed verify link. The same input gives the same bytes.
 *
 * @example
 * const { bytes } = await renderCardPdf(card, { verifyUrl: "https://…/api/verify", signingKey });
 */
export async function renderCardPdf(card: CardDocument, options: RenderOptions): Promise<RenderedDocument> {
  const labels = withDefaultLabels(options.labels);
  const { token, verifyLink } = await signedLink("card", card, options);
  const pdf = await PDFDocument.create({ updateMetadata: false });
  setMetadata(pdf, `${card.programme.label.id} ${card.number}`, card.issuedOn);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([CARD_SIZE.width, CARD_SIZE.height]);
  const writer = new TextWriter(page);
  const { width, height } = CARD_SIZE;
  const margin = 3.5 * MM;

  // Band across the top in the tier's colour: the colour is how staff and clinics tell tiers apart at a glance.
  const band = hexColour(card.tier?.colour) ?? rgb(0.85, 0.85, 0.85);
  const bandHeight = 12 * MM;
  page.drawRectangle({ x: 0, y: height - bandHeight, width, height: bandHeight, color: band });
  const onBand = textColourOn(band);
  writer.text(card.regencyName.id, { x: margin, y: height - 4.8 * MM, size: 7, font: bold, color: onBand, maxWidth: width - 2 * margin });
  const programme = card.tier ? `${card.programme.label.id} - ${card.tier.label.id}` : card.programme.label.id;
  writer.text(programme, { x: margin, y: height - 9.6 * MM, size: 10, font: bold, color: onBand, maxWidth: width - 2 * margin });

  const qrSide = 24 * MM;
  const qrX = width - qrSide - 1.5 * MM;
  const textWidth = qrX - margin;
  const rows: Array<[string, string]> = [
    [labels.cardNumber.id, card.number],
    [labels.holder.id, card.holder.name],
    [labels.nik.id, maskForPrint(card.holder.nik)],
    ...(card.household ? [[labels.household.id, maskForPrint(card.household.kk)] as [string, string]] : []),
    [labels.valid.id, validity(card.validFrom, card.validUntil, labels.validUntilFurtherNotice.id)],
  ];
  let y = height - bandHeight - 4.5 * MM;
  for (const [caption, value] of rows) {
    writer.text(caption, { x: margin, y, size: 5.5, font: regular, color: rgb(0.35, 0.35, 0.35) });
    writer.text(value, { x: margin, y: y - 2.9 * MM, size: 7.5, font: bold, maxWidth: textWidth });
    y -= 6.6 * MM;
  }

  drawQr(page, qrMatrix(verifyLink), qrX, 1.5 * MM, qrSide);
  const bytes = await pdf.save({ useObjectStreams: false });
  return { bytes, token, verifyLink, printed: writer.printed };
}

/** `15 Januari 2026 - 14 Januari 2027`, or open-ended. */
export function validity(from: string, until: string | null, openEnded: string): string {
  return `${formatDateId(from)} - ${until === null ? openEnded : formatDateId(until)}`;
}

/** Fixed metadata from the input only, so renders are byte-for-byte reproducible. */
export function setMetadata(pdf: PDFDocument, title: string, issuedOn: string): void {
  pdf.setTitle(title);
  pdf.setProducer(PRODUCER);
  pdf.setCreator(PRODUCER);
  pdf.setCreationDate(dateOf(issuedOn));
  pdf.setModificationDate(dateOf(issuedOn));
}
