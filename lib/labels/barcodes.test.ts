import { describe, expect, it } from "vitest";
import { code128Shape, dataMatrixPayload, dataMatrixShape, moduleSizePt, PRINTER_DOT_PT } from "./barcodes";
import { deliverToPostOfficeLabel, domesticLabel, internationalLabel } from "./test-fixtures";

describe("dataMatrixPayload", () => {
  it("is tracking number, postal code without space and service code, separated by |", () => {
    expect(dataMatrixPayload(domesticLabel())).toBe("7023210039414604|M5J0B8|DOM.EP");
    expect(dataMatrixPayload(internationalLabel())).toBe("RB123456785CA|75008|INT.XP");
  });

  it("carries the post office's postal code with Deliver to Post Office", () => {
    expect(dataMatrixPayload(deliverToPostOfficeLabel())).toBe("7023210039414611|M5C1J0|DOM.EP");
  });

  it("leaves the postal code empty for a country without one", () => {
    const label = internationalLabel({ trackingNumber: "rb 123 456 785 ca", recipient: { name: "Li", line1: "1 Queen's Rd", city: "Hong Kong", country: "HK" } });
    expect(dataMatrixPayload(label)).toBe("RB123456785CA||INT.XP");
  });
});

describe("barcode shapes", () => {
  it("encode a 16-digit PIN in Code 128 subset C: 8 digit pairs, start, check and stop (123 modules)", () => {
    const shape = code128Shape("7023210039414604");
    expect(shape.columns).toBe(11 * 10 + 13);
    expect(shape.path.match(/M/g)).toHaveLength(3 * 10 + 4); // three bars a character, four in the stop
  });

  it("draw a square DataMatrix of the size the payload needs", () => {
    const shape = dataMatrixShape("7023210039414604|M5J0B8|DOM.EP");
    expect(shape.columns).toBe(shape.rows);
    expect(shape.columns).toBeGreaterThanOrEqual(18);
    expect(dataMatrixShape("x".repeat(120)).columns).toBeGreaterThan(shape.columns);
  });

  it("size modules in whole printer dots", () => {
    expect(moduleSizePt(272, 143, 5) / PRINTER_DOT_PT).toBe(5);
    expect(moduleSizePt(200, 176, 5) / PRINTER_DOT_PT).toBe(3);
    expect(moduleSizePt(10, 176, 5) / PRINTER_DOT_PT).toBe(1);
  });
});
