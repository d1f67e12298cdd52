import { describe, expect, it } from "vitest";
import { profileSchema } from "./profile-schema";

const base = { name: "Atelier Léa", legalName: "", phone: "", email: "", businessNumber: "", gstHstNumber: "", qstNumber: "", accountNumber: "" };

describe("business profile", () => {
  it("compacts and accepts well-formed numbers", () => {
    const parsed = profileSchema.parse({
      ...base,
      businessNumber: "123 456 789",
      gstHstNumber: "123456789 rt 0001",
      qstNumber: "1234567890TQ0001",
      accountNumber: "0001234567",
      email: "Shop@Example.com",
      taxIdType_0: "EORI",
      taxIdNumber_0: "fr 12345678901",
      taxIdType_2: "OTHER",
      taxIdCountry_2: "gb",
      taxIdNumber_2: "GB123456789",
    });
    expect(parsed).toMatchObject({
      businessNumber: "123456789",
      gstHstNumber: "123456789RT0001",
      email: "shop@example.com",
      legalName: null,
      internationalTaxIds: [
        { type: "EORI", country: "", number: "FR12345678901" },
        { type: "OTHER", country: "GB", number: "GB123456789" },
      ],
    });
  });

  it("names each badly formatted number, with the row of a bad tax identifier", () => {
    const result = profileSchema.safeParse({
      ...base,
      gstHstNumber: "123456789",
      accountNumber: "12345",
      taxIdType_0: "VOEC",
      taxIdNumber_0: "VOEC1234567",
      taxIdType_1: "IOSS",
      taxIdNumber_1: "IM12",
    });
    const issues = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(issues).toEqual({ gstHstNumber: "gstHstFormat", accountNumber: "accountNumberFormat", "internationalTaxIds.1.number": "taxIdFormatIOSS" });
  });
});
