import { describe, expect, it } from "vitest";
import { FieldsError } from "@/lib/errors";
import { withTenant } from "@/lib/tenancy/context";
import { createTestBusiness, createTestLocation, createTestTemplate } from "@/tests/fixtures";
import { quickQuote } from "./quick-quote";
import { quickQuoteSchema } from "./quick-quote-schema";
import { runQuickQuote } from "./run-quick-quote";

const NOW = new Date("2026-12-01T15:00:00Z"); // Tuesday 10:00 in Toronto
const ctx = (b: { id: string; owner: { id: string } }) => ({ businessId: b.id, userId: b.owner.id });
const input = (over: Record<string, string>) => quickQuoteSchema("en").parse({ country: "US", state: "NY", length: "20", width: "15", height: "10", weight: "1", ...over });

describe("quick quote for a business", () => {
  it("quotes from one of its locations with its small business prices by default", async () => {
    const b = await createTestBusiness("qq1");
    const location = await createTestLocation(b);
    const result = await quickQuote(ctx(b), input({ from: location.id }), NOW);
    expect(result.originPostalCode).toBe("K1A 0A9");
    expect(result.priceList?.id).toBe("cp-2022-small-business");
    const xp = result.results[0]!.quotes.find((q) => q.serviceCode === "USA.XP")!;
    expect(xp.totalCents).toBe(3271 + 752);
  });

  it("uses the consumer list when Envoi set the business to it", async () => {
    const b = await createTestBusiness("qq2");
    await withTenant(ctx(b), (tx) => tx.business.update({ where: { id: b.id }, data: { priceListType: "CONSUMER" } }));
    const result = await quickQuote(ctx(b), input({ fromPostalCode: "m5v3l9" }), NOW);
    expect(result.priceList?.id).toBe("cp-2022-consumer");
    expect(result.results[0]!.quotes.find((q) => q.serviceCode === "USA.XP")!.lines[0]!.amountCents).toBeGreaterThan(3271);
  });

  it("fills the size from a template of the business", async () => {
    const b = await createTestBusiness("qq3");
    const template = await createTestTemplate(b);
    const result = await quickQuote(ctx(b), quickQuoteSchema("en").parse({ fromPostalCode: "M5V 3L9", country: "US", state: "NY", template: template.id }), NOW);
    expect(result.parcel).toEqual({ lengthMm: 200, widthMm: 150, heightMm: 100, weightGrams: 120 });
  });

  it("treats another business's location and template as unknown, next to their fields", async () => {
    const mine = await createTestBusiness("qq4");
    const other = await createTestBusiness("qq5");
    const [location, template] = [await createTestLocation(other), await createTestTemplate(other)];
    const error = await quickQuote(ctx(mine), input({ from: location.id, template: template.id }), NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FieldsError);
    expect((error as FieldsError).problems).toEqual({ from: { code: "locationNotFound" }, template: { code: "templateNotFound" } });
  });

  it("refuses a mailing date in the past or more than 30 days ahead", async () => {
    const b = await createTestBusiness("qq6");
    const past = await quickQuote(ctx(b), input({ fromPostalCode: "M5V 3L9", shipDate: "2026-11-30" }), NOW).catch((e: unknown) => e);
    expect((past as FieldsError).problems).toEqual({ shipDate: { code: "shipDateInPast" } });
    const far = await quickQuote(ctx(b), input({ fromPostalCode: "M5V 3L9", shipDate: "2027-01-15" }), NOW).catch((e: unknown) => e);
    expect((far as FieldsError).problems).toEqual({ shipDate: { code: "shipDateTooFar", values: { days: "30" } } });
    const later = await quickQuote(ctx(b), input({ fromPostalCode: "M5V 3L9", shipDate: "2026-12-04" }), NOW);
    // Friday's mailing: Xpresspost USA's three business days end on Wednesday.
    expect(later.results[0]!.quotes.find((q) => q.serviceCode === "USA.XP")!.expectedDeliveryDate).toBe("2026-12-09");
  });
});

describe("the rates page's messages", () => {
  it("puts each typing mistake next to its field, in French", async () => {
    const b = await createTestBusiness("qq7");
    const outcome = await runQuickQuote(ctx(b), { fromPostalCode: "", country: "CA", postalCode: "", length: "abc", width: "-1", height: "10", weight: "" }, "fr", NOW);
    expect(outcome).toMatchObject({
      status: "error",
      fieldErrors: {
        length: "Entrez un nombre, comme 12,5.",
        width: "Entrez un nombre supérieur à zéro.",
        weight: "Ce champ est obligatoire.",
        postalCode: "Ce champ est obligatoire.",
        fromPostalCode: "Ce champ est obligatoire.",
      },
    });
  });

  it("reads sizes as decimals in the user's language and says how small a parcel can be", async () => {
    const b = await createTestBusiness("qq9");
    const typed = { fromPostalCode: "M5V 3L9", country: "CA", postalCode: "H2X 1Y4", length: "0x10", width: "2,5", height: "0,01", weight: "0,0001", coverage: "1e9" };
    const fr = await runQuickQuote(ctx(b), typed, "fr", NOW);
    expect(fr).toMatchObject({ status: "error", fieldErrors: { length: "Entrez un nombre, comme 12,5.", coverage: "Entrez un nombre, comme 12,5." } });
    const sizes = await runQuickQuote(ctx(b), { ...typed, length: "30", coverage: "" }, "fr", NOW);
    expect(sizes.fieldErrors).toEqual({ height: "Hauteur : au moins 0,1 cm", weight: "Poids : au moins 0,001 kg" });
    const en = await runQuickQuote(ctx(b), { ...typed, length: "30", height: "10", weight: "1", coverage: "" }, "en", NOW);
    expect(en.fieldErrors).toEqual({ width: "Enter a number, like 12.5." });
  });

  it("does not price a partial postal code or ZIP, and says so in the user's language", async () => {
    const b = await createTestBusiness("qq10");
    const parcel = { fromPostalCode: "M5V 3L9", length: "30", width: "20", height: "10", weight: "1" };
    const fsaOnly = await runQuickQuote(ctx(b), { ...parcel, country: "CA", postalCode: "V6B" }, "en", NOW);
    expect(fsaOnly).toMatchObject({ status: "error", fieldErrors: { postalCode: "Enter the whole postal code, like V6B 1A1: a quote needs all six characters." } });
    const fr = await runQuickQuote(ctx(b), { ...parcel, country: "CA", postalCode: "v6b" }, "fr", NOW);
    expect(fr).toMatchObject({ status: "error", fieldErrors: { postalCode: "Entrez le code postal complet, par exemple V6B 1A1 : une soumission a besoin des six caractères." } });
    const unknown = await runQuickQuote(ctx(b), { ...parcel, country: "CA", postalCode: "K0Z 1A0" }, "en", NOW);
    expect(unknown).toMatchObject({ status: "error", fieldErrors: { postalCode: "No Canadian postal code begins with K0Z. Check the first three characters." } });
    const zip = await runQuickQuote(ctx(b), { ...parcel, country: "US", state: "NY", postalCode: "100" }, "en", NOW);
    expect(zip).toMatchObject({ status: "error", fieldErrors: { postalCode: "Enter the whole 5-digit ZIP code, like 10001, or leave it blank." } });
    const whole = await runQuickQuote(ctx(b), { ...parcel, country: "CA", postalCode: "v6b1a1" }, "en", NOW);
    expect(whole.status).toBe("ok");
  });

  it("refuses a ZIP code of another state than the one chosen, naming both", async () => {
    const b = await createTestBusiness("qq11");
    const typed = { fromPostalCode: "M5V 3L9", country: "US", state: "NY", postalCode: "90210", length: "30", width: "20", height: "10", weight: "1" };
    const en = await runQuickQuote(ctx(b), typed, "en", NOW);
    expect(en).toMatchObject({ status: "error", fieldErrors: { postalCode: "ZIP code 90210 belongs to California, not New York. Check the ZIP code or the state." } });
    const fr = await runQuickQuote(ctx(b), typed, "fr", NOW);
    expect(fr).toMatchObject({ status: "error", fieldErrors: { postalCode: "Le code ZIP 90210 appartient à : Californie, et non à : New York. Vérifiez le code ZIP ou l'État." } });
    expect((await runQuickQuote(ctx(b), { ...typed, postalCode: "10001" }, "en", NOW)).status).toBe("ok");
  });

  it("explains why a service is missing", async () => {
    const b = await createTestBusiness("qq8");
    const outcome = await runQuickQuote(ctx(b), { fromPostalCode: "M5V 3L9", country: "FR", length: "30", width: "20", height: "10", weight: "3" }, "en", NOW);
    expect(outcome.status).toBe("ok");
    if (outcome.status !== "ok") return;
    const packet = outcome.result.unavailable.find((u) => u.serviceCode === "INT.SP.AIR");
    expect(packet?.reasons).toEqual(["Small Packet International Air is limited to 2 kg."]);
    expect(outcome.result.quotes.map((q) => q.serviceName)).toContain("Xpresspost International");
  });
});
