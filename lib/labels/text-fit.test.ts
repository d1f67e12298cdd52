import { describe, expect, it } from "vitest";
import { fitLine, pdfSafeText, textWidth } from "./text-fit";

describe("pdfSafeText", () => {
  it("keeps French letters and the city line's double space, and replaces what the standard fonts cannot show", () => {
    expect(pdfSafeText("MONTRÉAL QC  H2H 2S6")).toBe("MONTRÉAL QC  H2H 2S6");
    expect(pdfSafeText("Œuvre à Sainte-Anne-de-Beaupré ç")).toBe("Œuvre à Sainte-Anne-de-Beaupré ç");
    expect(pdfSafeText("Łódź Gdańsk Őrség")).toBe("Lódz Gdansk Orség");
    expect(pdfSafeText("東京\tline\nbreak\u00ad")).toBe("?? line break");
  });
});

describe("fitLine", () => {
  it("keeps the preferred size when the text fits", () => {
    expect(fitLine("Priya Raman", { font: "Helvetica", width: 200, size: 12, minSize: 8 })).toEqual({ text: "Priya Raman", fontSize: 12, truncated: false });
  });

  it("shrinks a long line to fit its width", () => {
    const line = "Boulevard des Entreprises-Internationales 99";
    const fitted = fitLine(line, { font: "Helvetica", width: 200, size: 12, minSize: 6 });
    expect(fitted.text).toBe(line);
    expect(fitted.fontSize).toBeLessThan(12);
    expect(textWidth(line, "Helvetica", fitted.fontSize)).toBeLessThanOrEqual(200);
  });

  it("truncates with an ellipsis below the smallest size, within the width", () => {
    const fitted = fitLine("W".repeat(44), { font: "Helvetica-Bold", width: 150, size: 10, minSize: 8 });
    expect(fitted.truncated).toBe(true);
    expect(fitted.fontSize).toBe(8);
    expect(fitted.text).toMatch(/^W+…$/);
    expect(textWidth(fitted.text, "Helvetica-Bold", 8)).toBeLessThanOrEqual(150);
  });

  it("cuts a city line in the city, keeping the province and postal code", () => {
    const line = "NOTRE-DAME-DES-SEPT-DOULEURS-DE-TÉMISCOUATA QC  J7V 8P2";
    const fitted = fitLine(line, { font: "Helvetica-Bold", width: 180, size: 12, minSize: 8, keepEnd: " QC  J7V 8P2".length });
    expect(fitted.truncated).toBe(true);
    expect(fitted.text).toMatch(/^NOTRE-DAME-.*… QC {2}J7V 8P2$/);
    expect(textWidth(fitted.text, "Helvetica-Bold", 8)).toBeLessThanOrEqual(180);
  });
});
