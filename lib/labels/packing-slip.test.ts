import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { LABEL_FORMATS, type LabelFormat } from "./page-sizes";
import { rowsPerPage, slipPageCount, type PackingSlip } from "./packing-slip";
import { pageText } from "./pdf-test-tools";
import { renderLabelDocuments, renderPackingSlips } from "./render";
import { document, domesticLabel, MONTREAL_SHOP, TORONTO_CUSTOMER } from "./test-fixtures";

function slip(overrides: Partial<PackingSlip> = {}): PackingSlip {
  return {
    from: MONTREAL_SHOP,
    to: TORONTO_CUSTOMER,
    orderNumber: "ORD-1042",
    date: "2026-12-07",
    trackingNumber: "7023210039414604",
    items: [
      { description: "Wool mittens, grey", sku: "MIT-GR-M", quantity: 2 },
      { description: "Maple syrup 500 ml", sku: null, quantity: 1 },
    ],
    note: "Thank you for your order!",
    locale: "en",
    ...overrides,
  };
}

const manyItems = (n: number) => Array.from({ length: n }, (_, i) => ({ description: `Item number ${i + 1}`, sku: `SKU-${i + 1}`, quantity: 1 }));

async function pageSizes(pdf: Uint8Array) {
  const doc = await PDFDocument.load(pdf);
  return doc.getPages().map((p) => [Math.round(p.getWidth()), Math.round(p.getHeight())]);
}

describe("packing slips", () => {
  for (const format of ["thermal4x6", "letter"] as LabelFormat[]) {
    it(`print the order, both addresses, each item with its quantity, the total and the note on an exact ${format} page`, async () => {
      const pdf = await renderPackingSlips([slip()], format);
      const { widthPt, heightPt } = LABEL_FORMATS[format];
      expect(await pageSizes(pdf)).toEqual([[widthPt, heightPt]]);
      const text = pageText(pdf, 1);
      for (const expected of ["Packing slip", "Order: ORD-1042", "December 7, 2026", "Wool mittens, grey", "MIT-GR-M", "Maple syrup 500 ml", "Total items: 3", "Thank you for your order!", "Ship to"]) {
        expect(text).toContain(expected);
      }
      expect(text).toMatch(/Montreal|Montréal/i);
      expect(text).toMatch(/Toronto/i);
    });
  }

  it("speak the business's language", async () => {
    const text = pageText(await renderPackingSlips([slip({ locale: "fr", note: "Merci de votre commande!" })], "letter"), 1);
    for (const expected of ["Bordereau d'emballage", "Commande : ORD-1042", "7 décembre 2026", "Total des articles : 3", "Livrer à", "Merci de votre commande!"]) expect(text).toContain(expected);
  });

  it("flow a long list of items onto more pages, each numbered, every item printed once", async () => {
    const items = manyItems(rowsPerPage("thermal4x6", true) + rowsPerPage("thermal4x6", false) + 1);
    const long = slip({ items });
    expect(slipPageCount(long, "thermal4x6")).toBe(3);
    const pdf = await renderPackingSlips([long], "thermal4x6");
    expect(await pageSizes(pdf)).toHaveLength(3);
    const text = [1, 2, 3].map((p) => pageText(pdf, p)).join("\n");
    for (const item of items) expect(text.match(new RegExp(`\\b${item.description}\\b(?!\\d)`, "g"))).toHaveLength(1);
    expect(pageText(pdf, 3)).toContain("Page 3 of 3");
    expect(pageText(pdf, 3)).toContain(`Total items: ${items.length}`);
  });

  it("say the parcel holds the order when it lists no items", async () => {
    const text = pageText(await renderPackingSlips([slip({ items: [] })], "letter"), 1);
    expect(text).toContain("Contents as ordered");
    expect(text).not.toContain("Total items");
  });

  it("follow their label in the labels PDF, in the label's size", async () => {
    const pdf = await renderLabelDocuments([document(domesticLabel(), { packingSlip: slip() }), document(domesticLabel({ reference1: "B" }), { packingSlip: slip({ orderNumber: "ORD-2" }) })], "thermal4x6");
    expect(await pageSizes(pdf)).toEqual([[288, 432], [288, 432], [288, 432], [288, 432]]);
    expect(pageText(pdf, 2)).toContain("ORD-1042");
    expect(pageText(pdf, 4)).toContain("ORD-2");
    expect(pageText(pdf, 3)).not.toContain("Packing slip");
  });
});
