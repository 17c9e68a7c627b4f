import qrcode from "qrcode-generator";
import { rgb, type PDFPage } from "pdf-lib";

/** A QR code as its module matrix: `modules[row][column]` is true for a dark module. */
export interface QrMatrix {
  size: number;
  modules: boolean[][];
}

/**
 * Encodes text (byte mode, error correction M: survives a crease or a smudge) into the
 * smallest QR version that holds it.
 */
export function qrMatrix(text: string): QrMatrix {
  const code = qrcode(0, "M");
  code.addData(text, "Byte");
  code.make();
  const size = code.getModuleCount();
  const modules = Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, column) => code.isDark(row, column)));
  return { size, modules };
}

/** Modules of white around the code that scanners need to find it (the standard asks for 4). */
export const QR_QUIET_ZONE = 4;

/**
 * Draws a QR code as vector rectangles (no images, no canvas), the square of side `side`
 * points with its lower-left corner at (x, y), quiet zone included. Runs of dark modules in
 * a row are drawn as one rectangle, which keeps the PDF small and free of hairline gaps.
 */
export function drawQr(page: PDFPage, matrix: QrMatrix, x: number, y: number, side: number): void {
  const total = matrix.size + 2 * QR_QUIET_ZONE;
  const module = side / total;
  page.drawRectangle({ x, y, width: side, height: side, color: rgb(1, 1, 1) });
  matrix.modules.forEach((row, r) => {
    let column = 0;
    while (column < matrix.size) {
      if (!row[column]) {
        column++;
        continue;
      }
      const start = column;
      while (column < matrix.size && row[column]) column++;
      page.drawRectangle({
        x: x + (QR_QUIET_ZONE + start) * module,
        y: y + side - (QR_QUIET_ZONE + r + 1) * module,
        width: (column - start) * module,
        height: module,
        color: rgb(0, 0, 0),
      });
    }
  });
}
