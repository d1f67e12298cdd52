import { describe, expect, it } from "vitest";
import { openReturnLabelOf } from "./open-return-label";
import { decodeBarcodes, pageText, rasterizePage } from "./pdf-test-tools";
import { renderLabelDocuments } from "./render";
import { document, domesticLabel, MONTREAL_SHOP } from "./test-fixtures";

describe("an open return label", () => {
  it("scans as its own tracking number, goes to the business and reads as a return", async () => {
    const label = openReturnLabelOf({ ...domesticLabel(), recipient: MONTREAL_SHOP }, "7023210039414628");
    expect(label.sender.name).toBe("");
    const pdf = await renderLabelDocuments([document(label)], "thermal4x6");
    const found = await decodeBarcodes(rasterizePage(pdf, 1, 300));
    expect(found.filter((b) => b.format === "Code128").map((b) => b.text)).toEqual(["7023210039414628"]);
    const text = pageText(pdf, 1);
    expect(text).toContain(MONTREAL_SHOP.name);
    expect(text.toLowerCase()).toContain("return");
  });
});
