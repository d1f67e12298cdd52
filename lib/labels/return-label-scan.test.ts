// A return label as the post office scans it: rendered on its own (as it is issued), rasterised and
// decoded by ZXing, in both formats. It must scan as its own PIN, be addressed back to the business
// and read as a return.
import { describe, expect, it } from "vitest";
import { decodeBarcodes, pageText, rasterizePage } from "./pdf-test-tools";
import { renderLabelDocuments } from "./render";
import { returnLabelOf } from "./return-label";
import { document, domesticLabel, MONTREAL_SHOP, TORONTO_CUSTOMER } from "./test-fixtures";

const PIN = "7023210039414628";
const label = returnLabelOf(domesticLabel(), PIN);

const decoded = async (image: Uint8Array) => {
  const found = await decodeBarcodes(image);
  return { code128: found.filter((b) => b.format === "Code128").map((b) => b.text), dataMatrix: found.filter((b) => b.format === "DataMatrix").map((b) => b.text) };
};

/**
 * Whether a line of the page's text is in the "TO / À" block or the "FROM / DE" one: below the
 * heading on the 4x6 label (one column), in its column on the letter page (side by side).
 */
function side(text: string, part: string): "from" | "to" {
  const lines = text.split("\n");
  const at = (needle: string) => {
    const row = lines.findIndex((l) => l.includes(needle));
    expect(row, needle).toBeGreaterThanOrEqual(0);
    return { row, column: lines[row]!.indexOf(needle) };
  };
  const heading = at("TO / À");
  const found = at(part);
  if (heading.column > 0) return found.column >= heading.column / 2 ? "to" : "from";
  return found.row > heading.row ? "to" : "from";
}

describe("a return label, scanned", () => {
  it.each([
    ["4 x 6", "thermal4x6", undefined],
    // The top half of the letter page: the label is what gets cut out and scanned.
    ["letter", "letter", { x: 0, y: 0, width: 612, height: 396 }],
  ] as const)("%s: reads as its PIN, going back to the business's address, as a return", async (_name, format, crop) => {
    const pdf = await renderLabelDocuments([document(label)], format);
    // The PIN, and the payload routing it to the business's postal code.
    expect(await decoded(rasterizePage(pdf, 1, 300, crop ? { crop } : {}))).toEqual({ code128: [PIN], dataMatrix: [`${PIN}|H2J3S6|DOM.EP`] });
    const text = pageText(pdf, 1);
    expect(text).toContain("RETURN / RETOUR");
    // From the customer, to the business.
    expect(side(text, TORONTO_CUSTOMER.name)).toBe("from");
    for (const part of [MONTREAL_SHOP.name, MONTREAL_SHOP.line1, "H2J 3S6"]) expect(side(text, part), part).toBe("to");
    // Nothing of the outbound parcel's options travels back.
    expect(text).not.toMatch(/COD|collect on delivery/i);
  });
});
