// The barcodes as a scanner reads them: each label page rasterised by pdftoppm and decoded by
// ZXing, in both formats.
import { beforeAll, describe, expect, it } from "vitest";
import { dataMatrixPayload } from "./barcodes";
import { decodeBarcodes, rasterizePage } from "./pdf-test-tools";
import { renderLabelDocuments } from "./render";
import { deliverToPostOfficeLabel, document, domesticLabel, internationalLabel, MONTREAL_SHOP, TORONTO_CUSTOMER } from "./test-fixtures";

const returnLabel = domesticLabel({ trackingNumber: "7023210039414628", sender: TORONTO_CUSTOMER, recipient: MONTREAL_SHOP });
const DOCS = [
  document(domesticLabel(), { returnLabel }), // pages 1, 2
  document(deliverToPostOfficeLabel()), // page 3
  document(internationalLabel()), // page 4 (then CN 23 and invoice)
];
// What each label page must scan as, written out in full.
const EXPECTED = [
  { page: 1, code128: "7023210039414604", dataMatrix: "7023210039414604|M5J0B8|DOM.EP" },
  { page: 2, code128: "7023210039414628", dataMatrix: "7023210039414628|H2J3S6|DOM.EP" },
  { page: 3, code128: "7023210039414611", dataMatrix: "7023210039414611|M5C1J0|DOM.EP" },
  { page: 4, code128: "RB123456785CA", dataMatrix: "RB123456785CA|75008|INT.XP" },
];

const decoded = async (image: Uint8Array) => {
  const found = await decodeBarcodes(image);
  return { code128: found.filter((b) => b.format === "Code128").map((b) => b.text), dataMatrix: found.filter((b) => b.format === "DataMatrix").map((b) => b.text) };
};

describe("barcodes on the rendered labels", () => {
  it("match dataMatrixPayload for every label", () => {
    const labels = [DOCS[0]!.label, returnLabel, DOCS[1]!.label, DOCS[2]!.label];
    expect(labels.map(dataMatrixPayload)).toEqual(EXPECTED.map((e) => e.dataMatrix));
  });

  describe("4 x 6", () => {
    let pdf: Uint8Array;
    beforeAll(async () => {
      pdf = await renderLabelDocuments(DOCS, "thermal4x6");
    });

    it.each(EXPECTED)("page $page scans at 300 dpi as its tracking number and payload", async ({ page, code128, dataMatrix }) => {
      expect(await decoded(rasterizePage(pdf, page, 300))).toEqual({ code128: [code128], dataMatrix: [dataMatrix] });
    });

    it("scans as printed by a 203 dpi thermal printer, without anti-aliasing", async () => {
      expect(await decoded(rasterizePage(pdf, 4, 203, { crisp: true }))).toEqual({ code128: ["RB123456785CA"], dataMatrix: ["RB123456785CA|75008|INT.XP"] });
    });
  });

  describe("letter", () => {
    let pdf: Uint8Array;
    beforeAll(async () => {
      pdf = await renderLabelDocuments(DOCS, "letter");
    });

    // The top half only: the label is what gets cut out and scanned.
    it.each(EXPECTED)("page $page scans at 300 dpi as its tracking number and payload", async ({ page, code128, dataMatrix }) => {
      const image = rasterizePage(pdf, page, 300, { crop: { x: 0, y: 0, width: 612, height: 396 } });
      expect(await decoded(image)).toEqual({ code128: [code128], dataMatrix: [dataMatrix] });
    });
  });
});
