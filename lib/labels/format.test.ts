import { describe, expect, it } from "vitest";
import {
  addressLines,
  cityLine,
  cityLineTail,
  formatCad,
  formatDeclaredAmount,
  formatDimensionsCm,
  formatLabelAmount,
  formatWeightKg,
  groupTrackingNumber,
  optionCodes,
} from "./format";
import { NO_OPTIONS } from "./test-fixtures";

describe("city line", () => {
  it("is upper case with two spaces before a Canadian postal code, normalised", () => {
    expect(cityLine({ city: "Montréal", province: "QC", postalCode: "h2h2s6", country: "CA" })).toBe("MONTRÉAL QC  H2H 2S6");
    expect(cityLine({ city: " St. John's ", province: "nl", postalCode: "A1C 5M2", country: "CA" })).toBe("ST. JOHN'S NL  A1C 5M2");
  });

  it("is CITY STATE  ZIP for the USA", () => {
    expect(cityLine({ city: "New York", province: "NY", postalCode: "10118-0110", country: "US" })).toBe("NEW YORK NY  10118-0110");
  });

  it("follows the destination's order abroad", () => {
    expect(cityLine({ city: "Paris", postalCode: "75008", country: "FR" })).toBe("75008 PARIS");
    expect(cityLine({ city: "Sydney", province: "NSW", postalCode: "2000", country: "AU" })).toBe("SYDNEY NSW  2000");
    expect(cityLine({ city: "Hong Kong", country: "HK" })).toBe("HONG KONG");
  });

  it("counts the characters after the city, which a cut must keep", () => {
    expect(cityLineTail({ city: "Montréal", province: "QC", postalCode: "H2H 2S6", country: "CA" })).toBe(" QC  H2H 2S6".length);
    expect(cityLineTail({ city: "Paris", postalCode: "75008", country: "FR" })).toBe(0);
  });
});

describe("address lines", () => {
  it("leave out empty fields and end with the country in English capitals across a border", () => {
    const address = { name: "Dana Whitfield", company: "", line1: "350 Fifth Avenue", line2: null, city: "New York", province: "NY", postalCode: "10118", country: "US" };
    expect(addressLines(address, true)).toEqual(["Dana Whitfield", "350 Fifth Avenue", "NEW YORK NY  10118", "UNITED STATES"]);
    expect(addressLines(address, false)).toEqual(["Dana Whitfield", "350 Fifth Avenue", "NEW YORK NY  10118"]);
    expect(addressLines({ name: "Camille", line1: "1 rue X", city: "Paris", postalCode: "75008", country: "fr" }, true).at(-1)).toBe("FRANCE");
  });

  it("put a UK postcode on its own line", () => {
    expect(addressLines({ name: "A. Smith", line1: "10 Downing St", city: "London", postalCode: "sw1a 2aa", country: "GB" }, true)).toEqual([
      "A. Smith",
      "10 Downing St",
      "LONDON",
      "SW1A 2AA",
      "UNITED KINGDOM",
    ]);
  });
});

describe("tracking numbers", () => {
  it("group a PIN by four and an S10 number by its parts", () => {
    expect(groupTrackingNumber("7023210039414604")).toBe("7023 2100 3941 4604");
    expect(groupTrackingNumber("rb123456785ca")).toBe("RB 123 456 785 CA");
    expect(groupTrackingNumber("123456789012")).toBe("1234 5678 9012");
  });
});

describe("quantities and amounts", () => {
  it("print weights in kg with at most three decimals and sizes in cm", () => {
    expect(formatWeightKg(1234)).toBe("1.234 kg");
    expect(formatWeightKg(1500)).toBe("1.5 kg");
    expect(formatWeightKg(30_000)).toBe("30 kg");
    expect(formatDimensionsCm(300, 200, 105)).toBe("30 x 20 x 10.5 cm");
  });

  it("print Canadian dollars in the reader's language", () => {
    expect(formatCad(1234, "en")).toBe("$12.34");
    expect(formatCad(1234, "fr")).toBe("12,34\u00a0$");
    expect(formatCad(123_456, "fr")).toBe("1\u00a0234,56\u00a0$");
  });

  it("print amounts on the label without cents when whole, and declared values with their currency", () => {
    expect(formatLabelAmount(50_000)).toBe("$500");
    expect(formatLabelAmount(12_345)).toBe("$123.45");
    expect(formatLabelAmount(500_000)).toBe("$5,000");
    expect(formatDeclaredAmount(123_456, "USD")).toBe("1,234.56 USD");
  });
});

describe("option codes", () => {
  it("are Canada Post's short codes, with amounts for coverage and COD", () => {
    expect(optionCodes(NO_OPTIONS)).toEqual([]);
    expect(
      optionCodes({ signature: true, coverageCents: 50_000, codCents: 12_345, proofOfAge: 18, cardForPickup: true, doNotSafeDrop: true, leaveAtDoor: true, deliverToPostOffice: true }),
    ).toEqual(["SO", "COV $500", "COD $123.45", "PA18", "HFP", "DNS", "LAD", "D2PO"]);
    expect(optionCodes({ ...NO_OPTIONS, proofOfAge: 19 })).toEqual(["PA19"]);
  });
});
