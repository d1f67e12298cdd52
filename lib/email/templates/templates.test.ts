import { describe, expect, it } from "vitest";
import { deliveryUpdateEmail, type DeliveryUpdateInput, type PickupOffice } from "./delivery-update-email";
import { labelsEmail, labelsFileName } from "./labels-email";

/** Intl's narrow and ordinary no-break spaces as plain spaces, for readable expectations. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("labels email", () => {
  const input = { locale: "en" as const, businessName: "Bob & <Co>", batchNumber: 12, trackingNumbers: ["7023210039414604", "7023210039414611", "7023210039414628"], format: "PDF_4X6" as const, senderName: "Alice", note: "Ship these today" };

  it("says what is attached, lists the tracking numbers, the note and how to print, in English", () => {
    const mail = labelsEmail(input);
    expect(mail.subject).toBe("Your labels for batch 12 (3 labels) from Bob & <Co>");
    for (const tn of input.trackingNumbers) {
      expect(mail.text).toContain(tn);
      expect(mail.html).toContain(tn);
    }
    expect(mail.text).toContain("4 × 6 in thermal labels");
    expect(mail.text).toContain("A note from Alice: Ship these today");
    expect(mail.text).toContain("actual size (100%)");
    expect(mail.html).toContain("Bob &amp; &lt;Co&gt;");
    expect(mail.html).not.toContain("<Co>");
  });

  it("is in French, on letter paper, without a note, and counts what it does not list", () => {
    const many = Array.from({ length: 53 }, (_, i) => `70232100394${String(10000 + i)}`);
    const mail = labelsEmail({ ...input, locale: "fr", batchNumber: null, trackingNumbers: many, format: "PDF_LETTER", note: null });
    expect(mail.subject).toBe("Vos 53 étiquettes de la part de Bob & <Co>");
    expect(plain(mail.text)).toContain("8,5 × 11 po");
    expect(plain(mail.text)).toContain("taille réelle (100 %)");
    expect(mail.text).toContain(many[49]);
    expect(mail.text).not.toContain(many[50]);
    expect(mail.text).toContain("et 3 autres");
    expect(mail.text).not.toContain("Un mot");
    expect(labelsEmail({ ...input, locale: "fr" }).subject).toBe("Vos étiquettes du lot 12 (3 étiquettes) de la part de Bob & <Co>");
  });

  it("names the attachment like the download", () => {
    expect(labelsFileName(12, ["1", "2"], "PDF_4X6")).toBe("labels-batch-12-4x6.pdf");
    expect(labelsFileName(null, ["7023 2100 3941 4604"], "PDF_LETTER")).toBe("label-7023210039414604-letter.pdf");
    expect(labelsFileName(null, ["1", "2"], "PDF_LETTER")).toBe("labels-letter.pdf");
  });
});

describe("delivery update email", () => {
  const base: DeliveryUpdateInput = {
    locale: "en",
    event: "shipped",
    businessName: "Bob & <Co>",
    trackingNumber: "7023210039414604",
    trackingUrl: "https://envoi.test/track/7023210039414604?k=a&b=c",
    serviceName: "Expedited Parcel",
    expectedDeliveryDate: "2026-12-03",
    eventDescription: "Item accepted at the Post Office",
    eventPlace: "MONTREAL, QC",
    eventAt: "2026-11-30T19:15:00Z",
    timeZone: "America/Toronto",
    signatory: null,
    reference: "ORDER-1001",
    postOffice: null,
  };
  const office: PickupOffice = {
    name: "Postes Canada Saint-Jean",
    line1: "12 rue Saint-Jean",
    city: "Québec",
    province: "QC",
    postalCode: "G1R4P5",
    hours: [...[1, 2, 3, 4, 5].map((day) => ({ day, open: "09:00", close: "17:30" })), { day: 6, open: "10:00", close: "16:00" }, { day: 0, open: null, close: null }],
    holdUntil: "2026-12-18",
  };

  it("shipped: on its way, with the tracking number, the button, the expected date and the event time", () => {
    const mail = deliveryUpdateEmail(base);
    expect(mail.subject).toBe("Your parcel from Bob & <Co> is on its way");
    for (const part of [mail.text, mail.html]) expect(part).toContain("7023210039414604");
    expect(mail.text).toContain(`Track your parcel: ${base.trackingUrl}`);
    expect(mail.html).toContain('href="https://envoi.test/track/7023210039414604?k=a&amp;b=c"');
    expect(mail.text).toContain("Expected delivery: Thursday, December 3, 2026");
    expect(plain(mail.text)).toContain("Latest update (November 30, 2026 at 2:15 p.m. EST, MONTREAL, QC): Item accepted at the Post Office");
    expect(mail.text).toContain("Reference: ORDER-1001");
    expect(mail.html).toContain("Bob &amp; &lt;Co&gt;");
    expect(mail.html).not.toContain("<Co>");
    expect(mail.text).toContain("sent this update through Envoi");
    expect(mail.text).toContain("added your address");
  });

  it("in French, with the dates as Canadian French writes them", () => {
    const mail = deliveryUpdateEmail({ ...base, locale: "fr", expectedDeliveryDate: "2026-12-01", eventDescription: "Article accepté au bureau de poste" });
    expect(mail.subject).toBe("Votre colis de Bob & <Co> est en route");
    expect(mail.text).toContain("Livraison prévue : mardi 1er décembre 2026");
    expect(plain(mail.text)).toContain("30 novembre 2026 à 14 h 15 HNE");
    expect(mail.text).toContain(`Suivre votre colis: ${base.trackingUrl}`);
    expect(mail.text).toContain("Numéro de suivi : 7023210039414604");
  });

  it("exception: an update about the parcel, in both languages", () => {
    expect(deliveryUpdateEmail({ ...base, event: "exception" }).subject).toBe("There's an update about your parcel from Bob & <Co>");
    expect(deliveryUpdateEmail({ ...base, event: "exception", locale: "fr" }).subject).toBe("Du nouveau au sujet de votre colis de Bob & <Co>");
  });

  it("delivered: with who signed, without the expected date", () => {
    const en = deliveryUpdateEmail({ ...base, event: "delivered", signatory: "E TREMBLAY" });
    expect(en.subject).toBe("Your parcel from Bob & <Co> was delivered");
    expect(en.text).toContain("Signed for by E TREMBLAY.");
    expect(en.html).toContain("Signed for by E TREMBLAY.");
    expect(en.text).not.toContain("Expected delivery");
    const fr = deliveryUpdateEmail({ ...base, event: "delivered", signatory: "E TREMBLAY", locale: "fr" });
    expect(fr.subject).toBe("Votre colis de Bob & <Co> a été livré");
    expect(fr.text).toContain("Signé par E TREMBLAY.");
    expect(deliveryUpdateEmail({ ...base, event: "delivered" }).text).not.toContain("Signed");
  });

  it("readyForPickup: the office, its hours every day, the ID rule and how long it is held", () => {
    const en = deliveryUpdateEmail({ ...base, event: "readyForPickup", postOffice: office });
    expect(en.subject).toBe("Your parcel is ready for pickup at Postes Canada Saint-Jean");
    const text = plain(en.text);
    expect(text).toContain("Pick it up at: Postes Canada Saint-Jean, 12 rue Saint-Jean, Québec QC G1R 4P5");
    expect(text).toContain("Opening hours: Monday 9:00 a.m. to 5:30 p.m.; Tuesday 9:00 a.m. to 5:30 p.m.");
    expect(text).toContain("Saturday 10:00 a.m. to 4:00 p.m.; Sunday closed");
    expect(text).toContain("government-issued photo ID");
    expect(text).toContain("until Friday, December 18, 2026. After that, it is returned to Bob & <Co>.");
    expect(en.html).toContain("government-issued photo ID");

    const fr = deliveryUpdateEmail({ ...base, event: "readyForPickup", postOffice: { ...office, hours: office.hours.filter((h) => h.day !== 6) }, locale: "fr" });
    expect(fr.subject).toBe("Votre colis est prêt à être ramassé à Postes Canada Saint-Jean");
    const frText = plain(fr.text);
    expect(frText).toContain("Heures d'ouverture : lundi de 9 h 00 à 17 h 30");
    expect(frText).toContain("samedi fermé; dimanche fermé");
    expect(frText).toContain("pièce d'identité avec photo délivrée par un gouvernement");
    expect(frText).toContain("jusqu'au vendredi 18 décembre 2026");
  });
});
