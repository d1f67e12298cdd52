import { describe, expect, it } from "vitest";
import { CA_FSA } from "./data/ca-fsa";
import { PROVINCES } from "./provinces";
import { validateAddress, type AddressInput } from "./validate-address";

const base = { name: "Léa Tremblay", line1: "123 Main Street", city: "Ottawa", province: "ON", postalCode: "K1A 0B1", country: "CA" };

function errorsOf(input: AddressInput, options?: Parameters<typeof validateAddress>[1]) {
  const result = validateAddress(input, options);
  return result.ok ? {} : result.errors;
}

describe("Canadian addresses", () => {
  // One real FSA per province and territory, from ../shared/data/ca-fsa.csv (urban and rural).
  it.each([
    ["T5K 2J1", "AB", "Edmonton"],
    ["T0A 1A0", "AB", "Eastern Alberta"],
    ["V6B 1A1", "BC", "Vancouver"],
    ["V0N 1B0", "BC", "Whistler"],
    ["R3C 4T3", "MB", "Winnipeg"],
    ["E1C 4M3", "NB", "Moncton"],
    ["A1C 5M2", "NL", "St. John's"],
    ["B3H 4R2", "NS", "Halifax"],
    ["X1A 2P7", "NT", "Yellowknife"],
    ["X0A 0H0", "NU", "Iqaluit"],
    ["M5V 3L9", "ON", "Toronto"],
    ["K1A 0B1", "ON", "Ottawa"],
    ["C1A 7N8", "PE", "Charlottetown"],
    ["G1R 4P5", "QC", "Québec"],
    ["H3B 1A7", "QC", "Montréal"],
    ["S4P 3Y2", "SK", "Regina"],
    ["Y1A 2C6", "YT", "Whitehorse"],
  ])("accepts %s in %s", (postalCode, province, city) => {
    const result = validateAddress({ ...base, postalCode, province, city });
    expect(result).toMatchObject({ ok: true, value: { postalCode, province, city, country: "CA" }, filledFromPostalCode: [] });
  });

  it("accepts every FSA of the table with its own province and rejects it with any other", () => {
    const others = (code: string) => PROVINCES.map((p) => p.code).filter((p) => p !== code);
    for (const [fsa, [province]] of Object.entries(CA_FSA)) {
      const postalCode = `${fsa} 1A1`;
      expect(validateAddress({ ...base, postalCode, province }).ok, postalCode).toBe(true);
      const wrong = others(province).find((p) => !(fsa === "K1A" && p === "QC") && !(fsa === "R8A" && p === "SK"))!;
      expect(errorsOf({ ...base, postalCode, province: wrong }).postalCode, `${postalCode} in ${wrong}`).toEqual({
        code: "postalCodeProvinceMismatch",
        values: { postalProvince: province, province: wrong },
      });
    }
  });

  it("says which province a postal code belongs to when it does not match", () => {
    expect(errorsOf({ ...base, postalCode: "M5V 3L9", province: "QC" })).toEqual({
      postalCode: { code: "postalCodeProvinceMismatch", values: { postalProvince: "ON", province: "QC" } },
    });
    expect(errorsOf({ ...base, postalCode: "H2X 1Y4", province: "ON" }).postalCode?.values).toEqual({ postalProvince: "QC", province: "ON" });
    expect(errorsOf({ ...base, postalCode: "X0A 0H0", province: "NT" }).postalCode?.values).toEqual({ postalProvince: "NU", province: "NT" });
  });

  it("accepts FSAs shared by two provinces in both", () => {
    expect(validateAddress({ ...base, postalCode: "K1A 0M5", province: "QC", city: "Gatineau" }).ok).toBe(true);
    expect(validateAddress({ ...base, postalCode: "R8A 1A1", province: "SK", city: "Flin Flon" }).ok).toBe(true);
  });

  it("normalises the postal code, the province and the spacing", () => {
    const result = validateAddress({ name: "  Léa   Tremblay ", line1: " 1 Rue  Principale ", city: " Québec ", province: "Québec", postalCode: "g1r4p5", country: "ca" });
    expect(result).toEqual({
      ok: true,
      value: { name: "Léa Tremblay", line1: "1 Rue Principale", city: "Québec", province: "QC", postalCode: "G1R 4P5", country: "CA" },
      suggestions: {},
      filledFromPostalCode: [],
    });
  });

  it.each([
    ["Z9Z 9Z9", "postalCodeFormat"],
    ["W1A 1A1", "postalCodeFormat"],
    ["D1A 1A1", "postalCodeFormat"],
    ["K1A 0B", "postalCodeFormat"],
    ["12345", "postalCodeFormat"],
    ["K0Z 1A0", "postalCodeUnknownFsa"],
    ["Y9Y 1A1", "postalCodeUnknownFsa"],
    ["", "postalCodeRequired"],
  ])("rejects the postal code %j with %s", (postalCode, code) => {
    expect(errorsOf({ ...base, postalCode }).postalCode?.code).toBe(code);
  });

  it("names the unknown FSA", () => {
    expect(errorsOf({ ...base, postalCode: "k0z1a0" }).postalCode).toEqual({ code: "postalCodeUnknownFsa", values: { fsa: "K0Z" } });
  });

  it("requires one of the 13 provinces and territories", () => {
    expect(errorsOf({ ...base, province: "NY" }).province).toEqual({ code: "provinceInvalid" });
    expect(errorsOf({ ...base, province: "Ontar" }).province).toEqual({ code: "provinceInvalid" });
    expect(errorsOf({ ...base, province: "", postalCode: "" }).province).toEqual({ code: "provinceRequired" });
  });

  it("fills a blank city from the postal code, for recipients and senders, and says so", () => {
    for (const role of ["recipient", "sender"] as const) {
      const result = validateAddress({ ...base, city: "", postalCode: "T0A 1A0", province: "AB", phone: "613-555-0100" }, { role });
      expect(result).toMatchObject({ ok: true, value: { city: "St. Paul" }, suggestions: { city: "St. Paul" }, filledFromPostalCode: ["city"] });
    }
  });

  it("fills a blank province from the postal code", () => {
    const result = validateAddress({ ...base, province: " ", city: "", postalCode: "M5V 3L9" });
    expect(result).toMatchObject({ ok: true, value: { province: "ON", city: "Toronto" }, suggestions: { province: "ON", city: "Toronto" } });
    expect(result.filledFromPostalCode.sort()).toEqual(["city", "province"]);
  });

  it("keeps a city the user typed and suggests nothing", () => {
    expect(validateAddress({ ...base, city: "Vanier" })).toMatchObject({ ok: true, value: { city: "Vanier" }, suggestions: {}, filledFromPostalCode: [] });
  });

  it("asks for the city when the postal code cannot suggest one", () => {
    expect(errorsOf({ ...base, city: "", postalCode: "K0Z 1A0" })).toMatchObject({ city: { code: "cityRequired" } });
    expect(errorsOf({ ...base, city: "", postalCode: "H0H 0H0", province: "QC" })).toEqual({ city: { code: "cityRequired" } });
  });
});

describe("US addresses", () => {
  const us = { name: "Sam Lee", line1: "1600 Pennsylvania Ave NW", city: "Washington", province: "DC", postalCode: "20500", country: "US" };

  it.each([
    ["NY", "10001"],
    ["CA", "90210"],
    ["TX", "73301"],
    ["DC", "20500"],
    ["PR", "00901"],
    ["VI", "00802"],
    ["GU", "96910"],
    ["AS", "96799"],
    ["MP", "96950"],
    ["AA", "34002"],
    ["AE", "09021"],
    ["AP", "96201"],
    ["ny", "10001"],
    ["New York", "10001"],
    ["Californie", "90210"],
  ])("accepts the state %j (with ZIP %s)", (province, postalCode) => {
    expect(validateAddress({ ...us, province, postalCode }).ok).toBe(true);
  });

  it("stores the state as its code", () => {
    expect(validateAddress({ ...us, province: "new york", postalCode: "10001" }).value.province).toBe("NY");
  });

  it.each(["XX", "ON", "QC", "Ontario", "N.Y."])("rejects the state %j", (province) => {
    expect(errorsOf({ ...us, province }).province).toEqual({ code: "stateInvalid" });
  });

  it("requires the state and the ZIP code", () => {
    expect(errorsOf({ ...us, province: "", postalCode: "" })).toEqual({ province: { code: "stateRequired" }, postalCode: { code: "zipRequired" } });
  });

  it.each([
    ["20500", "20500"],
    ["20500-0003", "20500-0003"],
    ["205000003", "20500-0003"],
    ["20500 0003", "20500-0003"],
  ])("accepts the ZIP code %j as %j", (postalCode, normalised) => {
    expect(validateAddress({ ...us, postalCode })).toMatchObject({ ok: true, value: { postalCode: normalised } });
  });

  it.each(["2050", "205000", "20500-003", "K1A 0B1", "ABCDE"])("rejects the ZIP code %j", (postalCode) => {
    expect(errorsOf({ ...us, postalCode }).postalCode).toEqual({ code: "zipFormat" });
  });

  it("refuses a ZIP code of another state, naming both (New York with 90210)", () => {
    expect(errorsOf({ ...us, city: "New York", province: "NY", postalCode: "90210" }).postalCode).toEqual({
      code: "zipStateMismatch",
      values: { zip: "90210", zipState: "CA", state: "NY" },
    });
  });

  it.each([
    ["New York", "NY", "10001"],
    ["Beverly Hills", "California", "90210"],
    ["Washington", "DC", "20500"],
    ["San Juan", "PR", "00901"],
    ["APO", "AE", "09021"],
    ["FPO", "AP", "96601"],
    ["Pago Pago", "AS", "96799"],
  ])("accepts %s, %s %s", (city, province, postalCode) => {
    expect(validateAddress({ ...us, city, province, postalCode }).ok).toBe(true);
  });
});

describe("addresses in other countries", () => {
  const intl = { name: "Camille Martin", line1: "8 rue de Rivoli", city: "Paris", postalCode: "75001", country: "FR" };

  it("requires a 5-digit postal code in France", () => {
    expect(validateAddress(intl).ok).toBe(true);
    expect(errorsOf({ ...intl, postalCode: "7500" }).postalCode).toEqual({ code: "postalCodeFormatForCountry", values: { example: "33380" } });
    expect(errorsOf({ ...intl, postalCode: "75001A" }).postalCode?.code).toBe("postalCodeFormatForCountry");
    expect(errorsOf({ ...intl, postalCode: "" }).postalCode).toEqual({ code: "postalCodeRequiredForCountry", values: { example: "33380" } });
  });

  it("checks UK postcodes and writes them in upper case", () => {
    const gb = { ...intl, line1: "10 Downing Street", city: "London", country: "GB" };
    expect(validateAddress({ ...gb, postalCode: "sw1a 2aa" })).toMatchObject({ ok: true, value: { postalCode: "SW1A 2AA" } });
    expect(validateAddress({ ...gb, postalCode: "EC1Y8SY" }).ok).toBe(true);
    expect(validateAddress({ ...gb, postalCode: "M2 5BQ" }).ok).toBe(true);
    expect(errorsOf({ ...gb, postalCode: "12345" }).postalCode?.code).toBe("postalCodeFormatForCountry");
    expect(errorsOf({ ...gb, postalCode: "" }).postalCode?.code).toBe("postalCodeRequiredForCountry");
  });

  it("needs no postal code in Hong Kong, but the area", () => {
    const hk = { name: "Chan Tai Man", line1: "1 Queen's Road Central", city: "Central", province: "Hong Kong Island", postalCode: "", country: "HK" };
    expect(validateAddress(hk)).toMatchObject({ ok: true, value: { postalCode: "", province: "Hong Kong Island" } });
    expect(errorsOf({ ...hk, province: "" }).province).toEqual({ code: "regionRequired" });
  });

  it("makes the postal code optional where addresses often have none, but checks it when given", () => {
    const ie = { name: "Aoife Byrne", line1: "1 Main Street", city: "Dublin", province: "Co. Dublin", country: "IE" };
    expect(validateAddress({ ...ie, postalCode: "" }).ok).toBe(true);
    expect(validateAddress({ ...ie, postalCode: "D02 X285" }).ok).toBe(true);
    expect(errorsOf({ ...ie, postalCode: "D02-X285!" }).postalCode?.code).toBe("postalCodeFormatForCountry");
  });

  it("requires the region where the country's addresses need one", () => {
    const jp = { name: "Sato", line1: "1-1 Chiyoda", city: "Chiyoda-ku", postalCode: "100-0001", country: "JP" };
    expect(errorsOf(jp).province).toEqual({ code: "regionRequired" });
    expect(validateAddress({ ...jp, province: "Tokyo" }).ok).toBe(true);
  });

  it("keeps a free-text region within Canada Post's 20 characters and a postal code within 14", () => {
    const de = { name: "Max Muster", line1: "Unter den Linden 1", city: "Berlin", postalCode: "10117", country: "DE" };
    expect(validateAddress({ ...de, province: "B".repeat(20) }).ok).toBe(true);
    expect(errorsOf({ ...de, province: "B".repeat(21) }).province).toEqual({ code: "tooLong", values: { max: "20" } });
    expect(errorsOf({ ...intl, country: "HK", province: "Kowloon", postalCode: "1".repeat(15) }).postalCode).toEqual({ code: "tooLong", values: { max: "14" } });
  });

  it("requires an ISO country code", () => {
    expect(validateAddress({ ...intl, country: "fr" }).value.country).toBe("FR");
    expect(errorsOf({ ...intl, country: "XX" }).country).toEqual({ code: "countryInvalid" });
    expect(errorsOf({ ...intl, country: "France" }).country).toEqual({ code: "countryInvalid" });
    expect(errorsOf({ ...intl, country: "" }).country).toEqual({ code: "countryRequired" });
  });
});

describe("every address", () => {
  it("requires a name or a company, line 1, the city and the country", () => {
    expect(errorsOf({})).toEqual({
      name: { code: "nameOrCompanyRequired" },
      line1: { code: "line1Required" },
      city: { code: "cityRequired" },
      country: { code: "countryRequired" },
    });
    expect(validateAddress({ ...base, name: "", company: "Boulangerie Léa" }).ok).toBe(true);
    expect(errorsOf({ ...base, name: "   " }).name).toEqual({ code: "nameOrCompanyRequired" });
  });

  it.each([
    ["name", 44],
    ["company", 44],
    ["line1", 44],
    ["line2", 44],
    ["city", 40],
    ["phone", 25],
  ] as const)("allows %s up to %i characters", (field, max) => {
    expect(validateAddress({ ...base, [field]: "é".repeat(max) }).ok, `${max}`).toBe(true);
    expect(errorsOf({ ...base, [field]: "é".repeat(max + 1) })[field], `${max + 1}`).toEqual({ code: "tooLong", values: { max: String(max) } });
  });

  it("allows an email of up to 60 characters", () => {
    const email = (length: number) => `${"a".repeat(length - "@example.com".length)}@example.com`;
    expect(email(60)).toHaveLength(60);
    expect(validateAddress({ ...base, email: email(60) }).ok).toBe(true);
    expect(errorsOf({ ...base, email: email(61) }).email).toEqual({ code: "tooLong", values: { max: "60" } });
  });

  it.each(["lea@example", "lea.example.com", "léa@example.com", "lea@@example.com", "lea @example.com", "lea@example.c"])("rejects the email %j", (email) => {
    expect(errorsOf({ ...base, email }).email).toEqual({ code: "emailInvalid" });
  });

  it.each(["lea@example.com", "lea.tremblay+envoi@mail.example.ca", "o'brien@example.ie"])("accepts the email %j", (email) => {
    expect(validateAddress({ ...base, email }).ok).toBe(true);
  });

  it("leaves blank optional fields out of the value", () => {
    const { value } = validateAddress({ ...base, company: " ", line2: "", phone: null, email: undefined });
    expect(Object.keys(value).sort()).toEqual(["city", "country", "line1", "name", "postalCode", "province"]);
  });
});

describe("senders", () => {
  const sender = { ...base, phone: "613-555-0100" };

  it("ship from Canada with a phone number", () => {
    expect(validateAddress(sender, { role: "sender" }).ok).toBe(true);
    expect(errorsOf({ ...sender, phone: "" }, { role: "sender" }).phone).toEqual({ code: "phoneRequired" });
    expect(errorsOf({ ...sender, country: "US", province: "NY", postalCode: "10001" }, { role: "sender" })).toEqual({ country: { code: "senderOutsideCanada" } });
  });

  it("while recipients may be anywhere and have no phone", () => {
    expect(validateAddress({ ...base, country: "US", province: "NY", postalCode: "10001" }).ok).toBe(true);
  });
});
