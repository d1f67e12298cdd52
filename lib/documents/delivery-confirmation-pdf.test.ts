import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { pageText } from "@/lib/labels/pdf-test-tools";
import { renderDeliveryConfirmationPdf, type DeliveryConfirmationData } from "./delivery-confirmation-pdf";

const data: DeliveryConfirmationData = {
  locale: "en",
  trackingNumber: "7023210039414604",
  serviceName: "Expedited Parcel",
  businessName: "Bob & <Co>",
  sender: { name: "Bob & Co", city: "Montréal", province: "QC", postalCode: "H2H 2S6" },
  recipient: { name: "Élise Tremblay", company: null, line1: "12 rue Saint-Jean", line2: "App. 3", city: "Québec", province: "QC", postalCode: "g1r4p5", country: "CA" },
  mailingDate: "2026-12-01",
  deliveredAt: "2026-12-03T19:15:00Z",
  timeZone: "America/Toronto",
  deliveredPlace: "QUEBEC, QC",
  signatory: "E TREMBLAY",
  reference1: "ORDER-1001",
  reference2: null,
  sandbox: true,
};

/** One line of text per line, runs of white space (columns, no-break spaces) as one space. */
const text = (pdf: Uint8Array) => pageText(pdf, 1).replace(/[^\S\n]+/g, " ");

describe("delivery confirmation PDF", () => {
  it("is one letter-size page with the delivery, the signatory, both addresses and the sample-data line", async () => {
    const pdf = await renderDeliveryConfirmationPdf(data);
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getPage(0).getSize()).toEqual({ width: 612, height: 792 });
    const t = text(pdf);
    expect(t).toContain("Delivery confirmation");
    expect(t).toContain("7023210039414604");
    expect(t).toContain("Expedited Parcel");
    expect(t).toContain("December 1, 2026");
    expect(t).toMatch(/December 3, 2026 at 2:15 p\.m\. EST/);
    expect(t).toContain("Signed by E TREMBLAY");
    expect(t).toContain("QUEBEC, QC");
    expect(t).toContain("ORDER-1001");
    expect(t).not.toContain("Reference 2");
    expect(t).toContain("MONTRÉAL QC H2H 2S6");
    expect(t).toContain("QUÉBEC QC G1R 4P5");
    expect(t).toContain("Bob & <Co>");
    expect(t).toContain("Sample data from the reference carrier (not a real delivery)");
  });

  it("is in French for a French reader, without the sample line for a real delivery", async () => {
    const pdf = await renderDeliveryConfirmationPdf({ ...data, locale: "fr", sandbox: false, recipient: { ...data.recipient, country: "US", city: "Burlington", province: "VT", postalCode: "05401" } });
    const t = text(pdf);
    expect(t).toContain("Confirmation de livraison");
    expect(t).toContain("Signé par E TREMBLAY");
    expect(t).toContain("7023210039414604");
    expect(t).toMatch(/3 décembre 2026 à 14 h 15 HNE/);
    expect(t).toContain("BURLINGTON VT 05401");
    expect(t).toContain("UNITED STATES");
    expect(t).not.toContain("Données d'exemple");
    expect(t).toContain("1er décembre 2026");
  });
});
