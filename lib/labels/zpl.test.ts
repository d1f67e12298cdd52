import { describe, expect, it } from "vitest";
import { dataMatrixPayload } from "./barcodes";
import { deliverToPostOfficeLabel, domesticLabel, internationalLabel, longestLabel } from "./test-fixtures";
import { labelZpl, zplFieldData } from "./zpl";

/** The text of every ^FD field, with ^FH hex escapes decoded. */
function fields(zpl: string): string[] {
  return [...zpl.matchAll(/\^FD(.*?)\^FS/g)].map((m) => m[1]!.replace(/_([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
}

describe("labelZpl", () => {
  it("is one 4 x 6 format at 203 dpi in UTF-8", () => {
    const zpl = labelZpl(domesticLabel());
    expect(zpl.startsWith("^XA\n^CI28\n^PW812\n^LL1218\n")).toBe(true);
    expect(zpl.trimEnd().endsWith("^XZ")).toBe(true);
    expect(zpl.match(/\^XA/g)).toHaveLength(1);
  });

  it("has a Code 128 of the tracking number and a DataMatrix of the payload", () => {
    const label = internationalLabel();
    const zpl = labelZpl(label);
    expect(zpl).toMatch(/\^BY\d,3,\d+\^BCN,\d+,N,N,N,A\^FH\^FDRB123456785CA\^FS/);
    expect(zpl).toContain(`^BXN,7,200^FH^FD${dataMatrixPayload(label)}^FS`);
  });

  it("prints the same blocks as the PDF label", () => {
    const text = fields(labelZpl(domesticLabel()));
    for (const expected of ["FROM / DE", "TO / À", "Expedited Parcel", "Colis accélérés", "TORONTO ON  M5J 0B8", "MONTRÉAL QC  H2J 3S6", "Ref 1: ORDER-10442", "7023 2100 3941 4604"]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain("SO  COV $500  COD $123.45  PA19");
    expect(fields(labelZpl(domesticLabel({ isReturn: true })))).toContain("RETURN / RETOUR");
    expect(fields(labelZpl(domesticLabel()))).not.toContain("RETURN / RETOUR");
  });

  it("addresses a Deliver to Post Office label to the office, with only what the office needs", () => {
    const text = fields(labelZpl(deliverToPostOfficeLabel()));
    expect(text).toEqual(expect.arrayContaining(["Deliver to Post Office / Livrer au bureau de poste", "Priya Raman", "Toronto PO Adelaide St", "31 Adelaide St E", "TORONTO ON  M5C 1J0", "Held for pickup / Retenu pour ramassage"]));
    expect(text.indexOf("Priya Raman")).toBeLessThan(text.indexOf("Toronto PO Adelaide St"));
    for (const private_ of ["88 Queens Quay W", "Unit 2104", "416-555-0199", "priya@example.com"]) expect(text).not.toContain(private_);
  });

  it("prints the business first, the piece count, the Canada Post account and the postage-paid mark", () => {
    const text = fields(labelZpl(domesticLabel({ customerNumber: "0001234567", contractNumber: "0040012345" })));
    expect(text.indexOf("Beaulieu & Fils inc.")).toBeLessThan(text.indexOf("Atelier Beaulieu"));
    expect(text).toEqual(expect.arrayContaining(["Piece / Colis: 1/1", "Customer no. / No de client: 0001234567", "Contract / Contrat: 0040012345", "POSTAGE PAID", "PORT PAYÉ"]));
    expect(fields(labelZpl(domesticLabel())).some((f) => f.startsWith("Customer no."))).toBe(false);
  });

  it("repeats neither the outbound options nor the mailing date on a return label", () => {
    const text = fields(labelZpl(domesticLabel({ isReturn: true })));
    expect(text).toContain("RETURN / RETOUR");
    expect(text.some((f) => f.includes("SO") || f.includes("COV") || f.startsWith("Mailing date"))).toBe(false);
    expect(text).toContain("Piece / Colis: 1/1");
  });

  it("escapes ZPL's command characters and cuts lines too long for the label", () => {
    expect(zplFieldData("A^B~C_D")).toBe("A_5EB_7EC_5FD");
    const zpl = labelZpl(longestLabel({ reference1: "^XZ injected ~JA" }));
    expect(zpl.match(/\^XZ/g)).toHaveLength(1);
    expect(fields(zpl)).toContain("Ref 1: ^XZ injected ~JA");
    expect(fields(zpl).some((f) => f.startsWith("WWWW") && f.endsWith("..."))).toBe(true);
    // A city line too long is cut in the city: the province and postal code stay.
    expect(fields(labelZpl(longestLabel()))).toContainEqual(expect.stringMatching(/^NOTRE-DAME-DES-.*\.\.\. QC {2}J7V 8P2$/));
  });

  it("keeps every field on the label", () => {
    const zpl = labelZpl(longestLabel());
    for (const m of zpl.matchAll(/\^FO(\d+),(\d+)/g)) {
      expect(Number(m[1])).toBeLessThan(812);
      expect(Number(m[2])).toBeLessThan(1218 - 30);
    }
  });
});
