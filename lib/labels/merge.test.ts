import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { mergePdfs } from "./merge";
import { pageText } from "./pdf-test-tools";

async function pdfWithPages(names: string[], size: [number, number]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const name of names) doc.addPage(size).drawText(name, { x: 20, y: 20, size: 12, font });
  return doc.save();
}

describe("mergePdfs", () => {
  it("keeps every page of every PDF, in order, at its size", async () => {
    const merged = await mergePdfs([
      await pdfWithPages(["first-a", "first-b"], [288, 432]),
      await pdfWithPages(["second-a"], [612, 792]),
      await pdfWithPages(["third-a", "third-b", "third-c"], [288, 432]),
    ]);
    const doc = await PDFDocument.load(merged);
    expect(doc.getPageCount()).toBe(6);
    expect(doc.getPages().map((p) => [p.getWidth(), p.getHeight()])).toEqual([[288, 432], [288, 432], [612, 792], [288, 432], [288, 432], [288, 432]]);
    const texts = [1, 2, 3, 4, 5, 6].map((n) => pageText(merged, n).trim());
    expect(texts).toEqual(["first-a", "first-b", "second-a", "third-a", "third-b", "third-c"]);
  });
});
