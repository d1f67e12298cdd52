import { describe, expect, it } from "vitest";
import { isBlock, parseBlock, pastedRows } from "./paste";

describe("a block of cells pasted from a spreadsheet", () => {
  it("reads Excel's tab-separated rows, with the line break Excel adds after the last row", () => {
    expect(parseBlock("Zoé Gagnon\t\t12 rue Principale\r\nLéa Roy\tAtelier\t5 rue King\r\n")).toEqual([
      ["Zoé Gagnon", "", "12 rue Principale"],
      ["Léa Roy", "Atelier", "5 rue King"],
    ]);
  });

  it("keeps a quoted cell's tab, line break and quotes", () => {
    expect(parseBlock('"Unit 4\nBack door"\t"say ""hi"""\nnext')).toEqual([["Unit 4\nBack door", 'say "hi"'], ["next"]]);
  });

  it("maps columns in the sheet's order from the column pasted into, leaving out what falls past the last column and blank rows", () => {
    const rows = pastedRows("Québec\tqc\tG1R 4P5\tCanada\n\t\t\t\n Ottawa \tON\tK1A 0B1\tusa\t613 555 0100", "city");
    expect(rows).toEqual([
      { city: "Québec", province: "QC", postalCode: "G1R 4P5", country: "CA" },
      { city: "Ottawa", province: "ON", postalCode: "K1A 0B1", country: "US", phone: "613 555 0100" },
    ]);
    expect(pastedRows("ref A\tref B\tpast the end", "reference1")).toEqual([{ reference1: "ref A", reference2: "ref B" }]);
  });

  it("reads a signature column as ticked for yes, oui, x or 1, and sizes as typed (the server reads them in the member's units)", () => {
    expect(pastedRows("2,5\tdom.ep\toui\n1\tDOM.RP\tno", "weight")).toEqual([
      { weight: "2,5", serviceCode: "DOM.EP", signature: "on" },
      { weight: "1", serviceCode: "DOM.RP", signature: "" },
    ]);
  });

  it("takes at most a batch's 50 rows", () => {
    expect(pastedRows(Array.from({ length: 80 }, (_, i) => `Name ${i}`).join("\n"), "name")).toHaveLength(50);
  });

  it("tells a block from a single value", () => {
    expect(isBlock("Zoé Gagnon")).toBe(false);
    expect(isBlock("Zoé Gagnon\n")).toBe(false);
    expect(isBlock("a\tb")).toBe(true);
    expect(isBlock("a\nb")).toBe(true);
  });
});
