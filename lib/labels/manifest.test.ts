import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { manifestPages, renderManifest, type ManifestDocument } from "./manifest";
import { decodeBarcodes, pageText, rasterizePage } from "./pdf-test-tools";
import { MONTREAL_SHOP } from "./test-fixtures";

function manifest(overrides: Partial<ManifestDocument> = {}): ManifestDocument {
  return {
    number: "104829375016",
    date: "2026-12-07",
    shipper: MONTREAL_SHOP,
    customerNumber: "0001234567",
    contractNumber: "0042708517",
    lines: [
      { trackingNumber: "7023210039414604", serviceName: "Expedited Parcel", weightGrams: 1200, priceCents: 1534 },
      { trackingNumber: "7023210039414611", serviceName: "Xpresspost", weightGrams: 2500, priceCents: 2411 },
    ],
    locale: "en",
    ...overrides,
  };
}

describe("the reference carrier's manifest", () => {
  it("is a letter page whose barcode reads as the manifest number, listing each parcel, the count and the totals", async () => {
    const pdf = await renderManifest(manifest());
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPages().map((p) => [Math.round(p.getWidth()), Math.round(p.getHeight())])).toEqual([[612, 792]]);
    const found = await decodeBarcodes(rasterizePage(pdf, 1, 300));
    expect(found).toContainEqual({ format: "Code128", text: "104829375016" });
    const text = pageText(pdf, 1);
    for (const expected of ["Manifest 104829375016", "7023 2100 3941 4604", "7023 2100 3941 4611", "Expedited Parcel", "Xpresspost", "1.200", "2.500", "$15.34", "$24.11", "2 parcels, 3.700 kg, $39.45", "0042708517", "Received by (post office)"]) {
      expect(text).toContain(expected);
    }
  });

  it("speaks French and carries a long day over numbered pages, each parcel once", async () => {
    const lines = Array.from({ length: 70 }, (_, i) => ({ trackingNumber: String(7023210039410000 + i), serviceName: "Colis accélérés", weightGrams: 1000, priceCents: 1000 }));
    expect(manifestPages(lines).map((p) => p.length)).toEqual([28, 40, 2]);
    const pdf = await renderManifest(manifest({ locale: "fr", lines }));
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(3);
    const text = [1, 2, 3].map((p) => pageText(pdf, p)).join("\n");
    expect(text).toContain("Manifeste 104829375016");
    expect(text).toContain("Page 3 de 3");
    expect(text).toContain("Totaux : 70 colis, 70.000 kg");
    expect(text.match(/7023 2100 3941 0000/g)).toHaveLength(1);
  });
});
