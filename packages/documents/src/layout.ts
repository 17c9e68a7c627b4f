import { rgb, type PDFFont, type RGB } from "pdf-lib";

/** A text in Indonesian and English, as in the regency configuration. */
export interface BilingualText {
  id: string;
  en: string;
}

/** Points per millimetre: PDF user space is 1/72 inch. */
export const MM = 72 / 25.4;

/**
 * The text as the font can print it: the standard PDF fonts know only WinAnsi, so other
 * characters (which names may hold) become `?` instead of failing the whole document.
 */
export function printable(font: PDFFont, text: string): string {
  const known = new Set(font.getCharacterSet());
  return Array.from(text.replace(/\s+/g, " "), (char) => (known.has(char.codePointAt(0) ?? 0) ? char : "?")).join("");
}

/** Splits text into lines no wider than `width` at `size`, breaking between words. */
export function wrapText(font: PDFFont, size: number, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ").filter((part) => part !== "")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** Shortens text with "…"-like ".." until it fits `width` (names on a card must not overflow). */
export function fitText(font: PDFFont, size: number, text: string, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text;
  let cut = text;
  while (cut.length > 1 && font.widthOfTextAtSize(`${cut}..`, size) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}..`;
}

const MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

/** `2026-01-15` → `15 Januari 2026`, the way Indonesian official letters write dates. */
export function formatDateId(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${day} ${MONTHS_ID[(month ?? 1) - 1] ?? ""} ${year}`;
}

/** `#RRGGBB` → pdf-lib colour; undefined for anything else. */
export function hexColour(hex: string | undefined): RGB | undefined {
  const match = hex === undefined ? null : /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return undefined;
  return rgb(parseInt(match[1] ?? "0", 16) / 255, parseInt(match[2] ?? "0", 16) / 255, parseInt(match[3] ?? "0", 16) / 255);
}

/** Black or white, whichever reads better on `colour` (relative luminance). */
export function textColourOn(colour: RGB): RGB {
  const luminance = 0.2126 * colour.red + 0.7152 * colour.green + 0.0722 * colour.blue;
  return luminance > 0.55 ? rgb(0, 0, 0) : rgb(1, 1, 1);
}

/** An ISO date as a UTC midnight, for the PDF's creation and modification dates. */
export function dateOf(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Draws text on a page and records it, so a render can say exactly what it printed. */
export class TextWriter {
  readonly printed: string[] = [];
  constructor(private readonly page: import("pdf-lib").PDFPage) {}

  /** Draws `text` (made printable) with its baseline's left end at (x, y); returns what was drawn. */
  text(text: string, options: { x: number; y: number; size: number; font: PDFFont; color?: RGB; maxWidth?: number; centred?: boolean }): string {
    let shown = printable(options.font, text);
    if (options.maxWidth !== undefined) shown = fitText(options.font, options.size, shown, options.maxWidth);
    // Centred within maxWidth from x.
    const x = options.centred && options.maxWidth !== undefined ? options.x + (options.maxWidth - options.font.widthOfTextAtSize(shown, options.size)) / 2 : options.x;
    this.page.drawText(shown, { x, y: options.y, size: options.size, font: options.font, color: options.color ?? rgb(0, 0, 0) });
    this.printed.push(shown);
    return shown;
  }

  /** Wrapped text from (x, y) downwards; returns the baseline y below the last line. */
  paragraph(text: string, options: { x: number; y: number; size: number; font: PDFFont; width: number; color?: RGB; leading?: number }): number {
    const leading = options.leading ?? options.size * 1.35;
    let y = options.y;
    for (const line of wrapText(options.font, options.size, printable(options.font, text), options.width)) {
      this.text(line, { x: options.x, y, size: options.size, font: options.font, ...(options.color ? { color: options.color } : {}) });
      y -= leading;
    }
    return y;
  }
}
