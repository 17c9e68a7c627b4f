import { inflateSync } from "node:zlib";

/** The page content streams of a PDF made by pdf-lib (Flate-compressed), as text. */
export function contentStreams(bytes: Uint8Array): string[] {
  const pdf = Buffer.from(bytes).toString("latin1");
  const streams: string[] = [];
  for (const match of pdf.matchAll(/\/Filter \/FlateDecode[\s\S]*?>>\s*stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    streams.push(inflateSync(Buffer.from(match[1] ?? "", "latin1")).toString("latin1"));
  }
  return streams;
}

/** The strings shown by `<hex> Tj` operators: the text layer as a reader would extract it. */
export function shownText(bytes: Uint8Array): string[] {
  const texts: string[] = [];
  for (const stream of contentStreams(bytes)) {
    for (const match of stream.matchAll(/<([0-9A-Fa-f]*)> Tj/g)) texts.push(Buffer.from(match[1] ?? "", "hex").toString("latin1"));
  }
  return texts;
}

interface FilledRectangle {
  x: number;
  y: number;
  width: number;
  height: number;
  grey: number;
}

/**
 * The filled rectangles of the content streams, as pdf-lib draws them (`q`, fill colour,
 * translations by `cm`, a closed path of four points, `f`, `Q`). Enough to see what a QR
 * code drawn as rectangles looks like, without a PDF renderer.
 */
export function filledRectangles(bytes: Uint8Array): FilledRectangle[] {
  const rectangles: FilledRectangle[] = [];
  for (const stream of contentStreams(bytes)) {
    for (const block of stream.split(/^Q$/m)) {
      if (!/^f$/m.test(block) || /BT/.test(block)) continue;
      const colour = /([\d.]+) ([\d.]+) ([\d.]+) rg/.exec(block);
      const grey = colour ? (Number(colour[1]) + Number(colour[2]) + Number(colour[3])) / 3 : 0;
      let tx = 0;
      let ty = 0;
      for (const cm of block.matchAll(/^1 0 0 1 (-?[\d.]+) (-?[\d.]+) cm$/gm)) {
        tx += Number(cm[1]);
        ty += Number(cm[2]);
      }
      const points = [...block.matchAll(/^(-?[\d.]+) (-?[\d.]+) [ml]$/gm)].map((point) => [Number(point[1]), Number(point[2])] as const);
      if (points.length < 4) continue;
      const xs = points.map(([x]) => x);
      const ys = points.map(([, y]) => y);
      rectangles.push({ x: tx + Math.min(...xs), y: ty + Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys), grey });
    }
  }
  return rectangles;
}

/** Paints the filled rectangles onto a white RGBA raster of the page, `scale` pixels per point. */
export function rasterise(bytes: Uint8Array, page: { width: number; height: number }, scale: number): { data: Uint8ClampedArray; width: number; height: number } {
  const width = Math.ceil(page.width * scale);
  const height = Math.ceil(page.height * scale);
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  for (const rectangle of filledRectangles(bytes)) {
    const value = Math.round(rectangle.grey * 255);
    const left = Math.round(rectangle.x * scale);
    const right = Math.round((rectangle.x + rectangle.width) * scale);
    // PDF y grows upwards, raster rows downwards.
    const top = Math.round((page.height - rectangle.y - rectangle.height) * scale);
    const bottom = Math.round((page.height - rectangle.y) * scale);
    for (let row = Math.max(0, top); row < Math.min(height, bottom); row++) {
      for (let column = Math.max(0, left); column < Math.min(width, right); column++) {
        const index = (row * width + column) * 4;
        data[index] = data[index + 1] = data[index + 2] = value;
      }
    }
  }
  return { data, width, height };
}
