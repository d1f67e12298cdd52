// Test helpers: read a rendered PDF the way a person or a scanner would. Text through poppler's
// pdftotext, pages rasterised by pdftoppm, barcodes decoded by ZXing (zxing-wasm). Tests only:
// these touch the file system and spawn processes, which the renderer itself never does.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { prepareZXingModule, readBarcodes } from "zxing-wasm/reader";

const WASM = path.resolve(import.meta.dirname, "../../node_modules/zxing-wasm/dist/reader/zxing_reader.wasm");
let zxingReady = false;

function withPdfFile<T>(pdf: Uint8Array, fn: (file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "envoi-labels-"));
  const file = path.join(dir, "doc.pdf");
  fs.writeFileSync(file, pdf);
  try {
    return fn(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// pdftotext runs once per PDF for all its pages; tests then ask for pages one at a time.
const textCache = new WeakMap<Uint8Array, string[]>();
const wordCache = new WeakMap<Uint8Array, Word[][]>();

/** The text of one page (1-based), laid out as on paper (`pdftotext -layout`). */
export function pageText(pdf: Uint8Array, page: number): string {
  let pages = textCache.get(pdf);
  if (!pages) {
    const text = withPdfFile(pdf, (file) => execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
    pages = text.split("\f"); // pdftotext ends every page with a form feed
    textCache.set(pdf, pages);
  }
  return pages[page - 1] ?? "";
}

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word of one page (1-based) with its box in points from the top left (`pdftotext -bbox`). */
export function pageWords(pdf: Uint8Array, page: number): Word[] {
  let pages = wordCache.get(pdf);
  if (!pages) {
    const html = withPdfFile(pdf, (file) => execFileSync("pdftotext", ["-bbox", "-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
    const decode = (s: string) => s.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'");
    pages = html.split("<page ").slice(1).map((pageHtml) =>
      [...pageHtml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: decode(m[5]!),
      })),
    );
    wordCache.set(pdf, pages);
  }
  return pages[page - 1] ?? [];
}

/**
 * The horizontal gaps between consecutive words of the line that contains `words` in order, in
 * points: how far apart they print (pdftotext itself collapses runs of spaces).
 */
export function gapsBetween(words: Word[], sequence: string[]): number[] | null {
  for (let i = 0; i + sequence.length <= words.length; i++) {
    const run = words.slice(i, i + sequence.length);
    if (run.every((w, j) => w.text === sequence[j] && Math.abs(w.yMin - run[0]!.yMin) < 1)) {
      return run.slice(1).map((w, j) => w.xMin - run[j]!.xMax);
    }
  }
  return null;
}

export interface RasterOptions {
  /** Anti-aliasing off, as a thermal printer prints. */
  crisp?: boolean;
  /** Only this part of the page, in points from the top left. */
  crop?: { x: number; y: number; width: number; height: number };
}

/**
 * One page as an 8-bit greyscale image (PGM) at `dpi`, by `pdftoppm -gray`: the same raster as
 * `-png`, ten times faster for a test to produce since nothing is compressed.
 */
export function rasterizePage(pdf: Uint8Array, page: number, dpi: number, options: RasterOptions = {}): Uint8Array {
  return withPdfFile(pdf, (file) => {
    const out = path.join(path.dirname(file), "page");
    const args = ["-r", String(dpi), "-gray", "-f", String(page), "-l", String(page), "-singlefile"];
    if (options.crisp) args.push("-aa", "no", "-aaVector", "no");
    if (options.crop) {
      const px = (pt: number) => String(Math.round((pt * dpi) / 72));
      args.push("-x", px(options.crop.x), "-y", px(options.crop.y), "-W", px(options.crop.width), "-H", px(options.crop.height));
    }
    execFileSync("pdftoppm", [...args, file, out]);
    return new Uint8Array(fs.readFileSync(`${out}.pgm`));
  });
}

/**
 * The Code 128 and DataMatrix symbols ZXing finds in an image (PNG or PGM), as format and text.
 * Upright and dark on light, as rendered: rotated and inverted passes are skipped (4x faster).
 */
export async function decodeBarcodes(image: Uint8Array): Promise<{ format: string; text: string }[]> {
  if (!zxingReady) {
    // The wasm file from node_modules, not the CDN the package would fetch it from by default.
    const wasm = fs.readFileSync(WASM);
    prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) } });
    zxingReady = true;
  }
  const results = await readBarcodes(image, { formats: ["Code128", "DataMatrix"], tryRotate: false, tryInvert: false });
  return results.filter((r) => r.isValid).map((r) => ({ format: r.format, text: r.text }));
}
