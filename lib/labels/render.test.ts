import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { gapsBetween, pageText, pageWords } from "./pdf-test-tools";
import { renderLabelDocuments } from "./render";
import { withEncodedMatrix } from "./barcodes";
import {
  deliverToPostOfficeLabel,
  document,
  domesticLabel,
  internationalLabel,
  longestLabel,
  MONTREAL_SHOP,
  receipt,
  TORONTO_CUSTOMER,
  usaLabel,
} from "./test-fixtures";
import type { LabelDocument } from "./types";

const FORMATS = [
  { format: "thermal4x6", width: 288, height: 432 },
  { format: "letter", width: 612, height: 792 },
] as const;

// One batch with every kind of page, rendered once per format. Pages, in order:
// 1 domestic label, 2 its return label, 3 Deliver to Post Office (French receipt),
// 4-6 USA packet (label, CN 22, invoice), 7-9 France (label, CN 23, invoice), 10 longest values.
const DOCS: LabelDocument[] = [
  document(domesticLabel({ customerNumber: "0001234567", contractNumber: "0040012345" }), {
    receipt: receipt(),
    returnLabel: domesticLabel({ trackingNumber: "7023210039414628", sender: TORONTO_CUSTOMER, recipient: MONTREAL_SHOP, options: domesticLabel().options }),
  }),
  document(deliverToPostOfficeLabel(), { locale: "fr", receipt: receipt({ businessName: "Boutique Élise", paymentMethod: "Compte 0042" }) }),
  document(usaLabel()),
  document(internationalLabel()),
  document(longestLabel(), { receipt: receipt() }),
];

/** Text with runs of white space (pdftotext's columns, no-break spaces) as single spaces. */
const flat = (text: string) => text.replace(/\s+/g, " ");

describe.each(FORMATS)("renderLabelDocuments, $format", ({ format, width, height }) => {
  let pdf: Uint8Array;
  const text = (page: number) => flat(pageText(pdf, page));

  beforeAll(async () => {
    pdf = await renderLabelDocuments(DOCS, format);
  });

  it("has a page per label, return label, customs form and invoice, each exactly the format's size", async () => {
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(10);
    for (const page of doc.getPages()) {
      expect(page.getMediaBox()).toEqual({ x: 0, y: 0, width, height });
    }
    const one = await PDFDocument.load(await renderLabelDocuments([document(domesticLabel())], format));
    expect(one.getPageCount()).toBe(1);
  });

  it("prints every block of a domestic label", () => {
    const page = text(1);
    for (const expected of [
      "FROM / DE",
      "Atelier Beaulieu",
      "Beaulieu & Fils inc.",
      "4521 rue Garnier",
      "MONTRÉAL QC H2J 3S6",
      "TO / À",
      "Priya Raman",
      "88 Queens Quay W",
      "Unit 2104",
      "TORONTO ON M5J 0B8",
      "Expedited Parcel",
      "Colis accélérés",
      "SO COV $500 COD $123.45 PA19",
      "Weight / Poids: 1.234 kg",
      "30 x 20 x 10.5 cm",
      "Ref 1: ORDER-10442",
      "Ref 2: Gift wrap",
      "Mailing date / Date de dépôt: 2026-12-01",
      "Piece / Colis: 1/1",
      "Customer no. / No de client: 0001234567",
      "Contract / Contrat: 0040012345",
      "POSTAGE PAID",
      "PORT PAYÉ",
      "7023 2100 3941 4604",
    ]) {
      expect(page).toContain(expected);
    }
    expect(page).not.toContain("CANADA"); // no country line within Canada
    expect(page).not.toContain("RETURN");
  });

  it("prints the business first in the sender block, the person to contact below it", () => {
    const words = pageWords(pdf, 1);
    const business = words.find((w) => w.text === "Fils")!;
    const contact = words.find((w) => w.text === "Atelier")!;
    expect(business.yMax).toBeLessThan(contact.yMin);
  });

  it("names no customer number or contract on a label bought without them, and still marks its postage paid", () => {
    const page = text(3);
    expect(page).not.toContain("Customer no.");
    expect(page).not.toContain("Contract");
    expect(page).toContain("Piece / Colis: 1/1");
    expect(page).toContain("POSTAGE PAID");
  });

  it("sets the postal code two spaces after the province", () => {
    const words = pageWords(pdf, 1);
    const [provinceGap, insideGap] = gapsBetween(words, ["ON", "M5J", "0B8"]) ?? [];
    expect(provinceGap).toBeGreaterThan(1.7 * insideGap!);
    const [senderGap, senderInside] = gapsBetween(words, ["QC", "H2J", "3S6"]) ?? [];
    expect(senderGap).toBeGreaterThan(1.7 * senderInside!);
  });

  it("marks the return label RETURN / RETOUR, with its own tracking number and the addresses swapped", () => {
    const page = text(2);
    expect(page).toContain("RETURN / RETOUR");
    expect(page).toContain("7023 2100 3941 4628");
    // The recipient block: what prints below the "TO / À" heading and right of its start (the
    // letter layout has the sender in a column on the left).
    const words = pageWords(pdf, 2);
    const to = words.find((w) => w.text === "TO")!;
    const recipient = words.filter((w) => w.yMin > to.yMax - 1 && w.xMin >= to.xMin - 1).map((w) => w.text);
    expect(recipient).toEqual(expect.arrayContaining(["Atelier", "Beaulieu", "MONTRÉAL", "QC", "H2J", "3S6"]));
    expect(recipient).not.toContain("Priya");
  });

  it("repeats neither the outbound options nor the mailing date on the return label", () => {
    const page = text(2);
    expect(text(1)).toContain("SO COV $500");
    for (const outbound of ["SO", "COV", "COD", "PA19", "Mailing date", "2026-12-01"]) expect(page).not.toMatch(new RegExp(`\\b${outbound}\\b`));
    expect(page).toContain("Piece / Colis: 1/1");
    expect(page).toContain("POSTAGE PAID");
  });

  it("addresses Deliver to Post Office to the office, with only what the office needs", () => {
    const page = text(3);
    for (const expected of ["Deliver to Post Office / Livrer au bureau de poste", "Priya Raman", "Toronto PO Adelaide St", "31 Adelaide St E", "TORONTO ON M5C 1J0", "Held for pickup / Retenu pour ramassage", "D2PO"]) {
      expect(page).toContain(expected);
    }
    // The person's own address and contact details stay off the label.
    for (const private_ of ["88 Queens Quay W", "Unit 2104", "M5J 0B8", "416-555-0199", "priya@example.com"]) expect(page).not.toContain(private_);
    // The person who picks it up, then the office: as the parcel is addressed.
    const words = pageWords(pdf, 3);
    expect(words.find((w) => w.text === "Priya")!.yMax).toBeLessThan(words.find((w) => w.text === "Adelaide")!.yMin);
  });

  it("ends foreign addresses with the country and follows a USA label with a CN 22 and an invoice", () => {
    // Each on its line of the recipient block (the letter layout interleaves two columns in text).
    expect(text(4)).toContain("NEW YORK NY 10118");
    expect(text(4)).toContain("UNITED STATES");
    expect(text(4)).toContain("CANADA"); // the sender's country too, across a border
    expect(text(4)).toContain("LX 123 456 785 CA");
    expect(text(4)).toContain("Tracked Packet - USA");
    expect(text(4)).toContain("Paquet repérable - É.-U.");
    const cn22 = text(5);
    expect(cn22).toContain("CUSTOMS DECLARATION / DÉCLARATION EN DOUANE");
    expect(cn22).toContain("CN 22");
    expect(cn22).not.toContain("CN 23");
    expect(cn22).toContain("Hand-knitted wool scarf");
    expect(cn22).toContain("108.99 CAD");
    const invoice = text(6);
    expect(invoice).toContain("COMMERCIAL INVOICE / FACTURE COMMERCIALE");
    expect(invoice).toContain("INV-2026-0042");
    expect(invoice).toContain("90.00 CAD"); // 2 x 45.00
    expect(invoice).toContain("BN 123456789RT0001");
  });

  it("uses a CN 23 for a parcel service abroad", () => {
    expect(text(7)).toContain("75008 PARIS");
    expect(text(7)).toContain("FRANCE");
    const cn23 = text(8);
    expect(cn23).toContain("CN 23");
    expect(cn23).not.toContain("CN 22");
    expect(cn23).toContain("Other / Autre: Exhibition");
    expect(cn23).toContain("FR12345678901");
    expect(text(9)).toContain("108.99 USD");
  });

  it("keeps long values on the label: shrunk or cut with an ellipsis, never off the page", () => {
    // The longest values the forms accept: 44-character address lines, 35-character references.
    const longest = longestLabel();
    for (const value of [longest.recipient.name, longest.recipient.company, longest.recipient.line1, longest.recipient.line2]) expect(value).toHaveLength(44);
    expect([longest.reference1, longest.reference2].map((r) => r?.length)).toEqual([35, 35]);
    const page = text(10);
    expect(page).toContain("Boulevard des Entreprises-Internationales 99");
    expect(page).toContain("Ref 1: REF-WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW");
    expect(page).toContain("Ref 2: Commande 2026-12-01 / lot 0042 / 35");
    expect(page).toMatch(/W+… /); // the 44 W's company name does not fit: cut
    expect(page).toContain("QC J7V 8P2"); // a cut city line keeps its postal code
    expect(page).toContain("SO COV $5,000 COD $1,234.56 PA18 HFP DNS LAD");
    for (let n = 1; n <= 10; n++) {
      for (const word of pageWords(pdf, n)) {
        expect(word.xMin, `page ${n} "${word.text}"`).toBeGreaterThanOrEqual(7.5);
        expect(word.xMax, `page ${n} "${word.text}"`).toBeLessThanOrEqual(width - 7.5);
        expect(word.yMax, `page ${n} "${word.text}"`).toBeLessThanOrEqual(height - 7.5);
      }
    }
  });

  if (format === "letter") {
    it("puts the label in the top half, a cut line across the middle, the receipt below", () => {
      const words = pageWords(pdf, 1);
      const cut = words.find((w) => w.text === "Couper");
      expect(Math.abs((cut!.yMin + cut!.yMax) / 2 - 396)).toBeLessThan(2);
      const isCutLine = (w: { yMin: number }) => Math.abs(w.yMin - cut!.yMin) < 1;
      const label = words.filter((w) => w.yMin < 396 && !isCutLine(w));
      expect(label.length).toBeGreaterThan(30);
      expect(Math.max(...label.map((w) => w.yMax))).toBeLessThanOrEqual(396 - 18);
      const receiptWords = words.filter((w) => w.yMin > 396).map((w) => w.text);
      expect(receiptWords).toEqual(expect.arrayContaining(["Shipper's", "receipt", "B-2026-0042", "$12.34", "$1.50", "$18.35", "Visa"]));
      expect(text(1)).toContain("Cut here / Couper ici");
      expect(text(1)).toContain("Payment method: Visa •••• 4242");
    });

    it("writes the receipt in the shipper's language, amounts as Canadians write them", () => {
      const page = text(3);
      expect(page).toContain("Reçu de l'expéditeur");
      expect(page).toContain("Boutique Élise");
      expect(page).toContain("Lot: B-2026-0042");
      expect(page).toContain("12,34 $");
      expect(page).toContain("18,35 $");
      expect(page).toContain("Mode de paiement: Compte 0042");
      expect(page).toContain("Service: Colis accélérés");
    });

    it("prints no receipt where none is given", () => {
      expect(text(2)).toContain("Cut here / Couper ici");
      expect(text(2)).not.toContain("receipt");
      expect(text(4)).not.toContain("Total");
    });
  } else {
    it("prints no receipt on a 4 x 6 label", () => {
      expect(text(1)).not.toContain("receipt");
      expect(text(1)).not.toContain("$18.35");
    });
  }
});

describe.each(FORMATS)("renderLabelDocuments, $format, with many items and receipt lines", ({ format, width, height }) => {
  const items = Array.from({ length: 30 }, (_, i) => ({ description: `Item ${i + 1}`, quantity: 1, unitValueCents: 100, unitWeightGrams: 10, originCountry: "CA" }));
  const lines = Array.from({ length: 30 }, (_, i) => ({ label: `Line ${i + 1}`, amountCents: 100 }));

  it("keeps each form and the receipt on one page, summing what does not fit into one row", async () => {
    const label = usaLabel({ serviceCode: "USA.EP", customs: { ...usaLabel().customs!, items } });
    const pdf = await renderLabelDocuments([document(label, { receipt: receipt({ lines, totalCents: 3000 }) })], format);
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(3);
    const shown = format === "letter" ? 19 : 7;
    const customsText = flat(pageText(pdf, 2));
    expect(customsText).toContain(`Item ${shown}`);
    expect(customsText).not.toContain(`Item ${shown + 1} `);
    expect(customsText).toContain(`${30 - shown} more items / ${30 - shown} autres articles`);
    expect(customsText).toContain("30.00 CAD"); // the total of all 30 items
    expect(flat(pageText(pdf, 3))).toContain(`${30 - shown} more items`);
    if (format === "letter") {
      const receiptText = flat(pageText(pdf, 1));
      expect(receiptText).toContain("Line 13 ");
      expect(receiptText).toContain("17 more lines $17.00");
      expect(receiptText).toContain("Total $30.00");
    }
    for (let n = 1; n <= 3; n++) {
      for (const word of pageWords(pdf, n)) {
        expect(word.xMax, `page ${n} "${word.text}"`).toBeLessThanOrEqual(width - 7.5);
        expect(word.yMax, `page ${n} "${word.text}"`).toBeLessThanOrEqual(height - 7.5);
      }
    }
  });
});

describe("renderLabelDocuments", () => {
  it("is a pure function: the same documents give the same bytes", async () => {
    const docs = [document(domesticLabel()), document(usaLabel())];
    const [a, b] = await Promise.all([renderLabelDocuments(docs, "thermal4x6"), renderLabelDocuments(docs, "thermal4x6")]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const other = await renderLabelDocuments([document(domesticLabel({ trackingNumber: "7023210039414635" })), document(usaLabel())], "thermal4x6");
    expect(Buffer.from(other).equals(Buffer.from(a))).toBe(false);
  });

  it("draws a 2-D barcode encoded at purchase exactly as one encoded now, and ignores one that is not the label's", async () => {
    const fresh = await renderLabelDocuments([document(domesticLabel())], "thermal4x6");
    const encoded = await renderLabelDocuments([document(withEncodedMatrix(domesticLabel()))], "thermal4x6");
    expect(Buffer.from(encoded).equals(Buffer.from(fresh))).toBe(true);
    // A symbol encoded for another tracking number is not drawn on this label.
    const stale = { ...domesticLabel(), matrix: withEncodedMatrix(domesticLabel({ trackingNumber: "7023210039414635" })).matrix };
    expect(Buffer.from(await renderLabelDocuments([document(stale)], "thermal4x6")).equals(Buffer.from(fresh))).toBe(true);
  });

  it("refuses an empty batch", async () => {
    await expect(renderLabelDocuments([], "letter")).rejects.toThrow(/no documents/);
  });
});
