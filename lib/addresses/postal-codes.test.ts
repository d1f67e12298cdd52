import { describe, expect, it } from "vitest";
import { fsaInfo, normalizeCanadianPostalCode, normalizeZipCode, postalCodeUse, zipRegion } from "./postal-codes";

describe("normalizeCanadianPostalCode", () => {
  it.each([
    ["k1a0b1", "K1A 0B1"],
    ["K1A-0B1", "K1A 0B1"],
    [" k1a 0b1 ", "K1A 0B1"],
    ["K1A  0B1", "K1A 0B1"],
    ["h3z 2y7", "H3Z 2Y7"],
    ["T0L1K0", "T0L 1K0"],
    ["A1W 1A1", "A1W 1A1"],
    ["V8Z 1Z1", "V8Z 1Z1"],
  ])("%j -> %j", (raw, expected) => {
    expect(normalizeCanadianPostalCode(raw)).toBe(expected);
  });

  it.each([
    ["D1A 1A1", "D is never used"],
    ["F1A 1A1", "F is never used"],
    ["I1A 1A1", "I is never used"],
    ["O1A 1A1", "O is never used"],
    ["Q1A 1A1", "Q is never used"],
    ["U1A 1A1", "U is never used"],
    ["K1D 1A1", "D is never used, in any position"],
    ["K1A 1O1", "O is never used, in any position"],
    ["W1A 1A1", "W is never first"],
    ["Z9Z 9Z9", "Z is never first"],
    ["K1A 0B", "too short"],
    ["K1A 0B12", "too long"],
    ["1K1 A0B", "digits and letters swapped"],
    ["K1A_0B1", "underscore"],
    ["K1A--0B1", "two hyphens"],
    ["12345", "a ZIP code"],
    ["", "blank"],
  ])("rejects %j (%s)", (raw) => {
    expect(normalizeCanadianPostalCode(raw)).toBeNull();
  });

  it("rejects what is not a string", () => {
    expect(normalizeCanadianPostalCode(null)).toBeNull();
    expect(normalizeCanadianPostalCode(undefined)).toBeNull();
  });
});

describe("fsaInfo", () => {
  it("finds an FSA from a full postal code in any spelling, or from the FSA alone", () => {
    const ottawa = { fsa: "K1A", province: "ON", place: "Government of Canada Ottawa and Gatineau offices", lat: 45.4207, lon: -75.7023 };
    expect(fsaInfo("K1A 0B1")).toEqual(ottawa);
    expect(fsaInfo("k1a0b1")).toEqual(ottawa);
    expect(fsaInfo("k1a")).toEqual(ottawa);
    expect(fsaInfo("X0A 0H0")).toMatchObject({ fsa: "X0A", province: "NU" });
    expect(fsaInfo("X1A 2P7")).toMatchObject({ fsa: "X1A", province: "NT" });
  });

  it("has repaired French place names", () => {
    expect(fsaInfo("G4X")?.place).toBe("Gaspé");
    expect(fsaInfo("G0P")?.place).toBe("Centre-du-Québec-Est (Saint-Valère)");
  });

  it("returns null for FSAs that do not exist or are not FSAs", () => {
    for (const raw of ["Z9Z", "W1A", "D1A", "K0Z", "Y9Y", "K0Z 1A0", "K1A 0B", "", "KK1", "K1A0"]) expect(fsaInfo(raw), raw).toBeNull();
    expect(fsaInfo(null)).toBeNull();
  });
});

describe("normalizeZipCode", () => {
  it.each([
    ["12345", "12345"],
    [" 12345 ", "12345"],
    ["12345-6789", "12345-6789"],
    ["12345 6789", "12345-6789"],
    ["123456789", "12345-6789"],
    ["00601", "00601"],
  ])("%j -> %j", (raw, expected) => {
    expect(normalizeZipCode(raw)).toBe(expected);
  });

  it.each(["1234", "123456", "12345-678", "12345-67890", "ABCDE", "12345--6789", "K1A 0B1", ""])("rejects %j", (raw) => {
    expect(normalizeZipCode(raw)).toBeNull();
  });
});

describe("postalCodeUse", () => {
  it("follows Google's address data outside Canada and the United States", () => {
    expect(postalCodeUse("CA")).toBe("required");
    expect(postalCodeUse("US")).toBe("required");
    expect(postalCodeUse("FR")).toBe("required");
    expect(postalCodeUse("GB")).toBe("required");
    expect(postalCodeUse("DE")).toBe("required");
    expect(postalCodeUse("IE")).toBe("optional");
    expect(postalCodeUse("HK")).toBe("none");
    expect(postalCodeUse("AE")).toBe("none");
  });
});

describe("the state of a ZIP code", () => {
  it.each([
    ["10001", "NY"],
    ["00501", "NY"],
    ["90210", "CA"],
    ["96161", "CA"],
    ["60601-1234", "IL"],
    ["73301", "TX"],
    ["20500", "DC"],
    ["20001", "DC"],
    ["00901", "PR"],
    ["00802", "VI"],
    ["96910", "GU"],
    ["96799", "AS"],
    ["96950", "MP"],
    ["09021", "AE"],
    ["34002", "AA"],
    ["96201", "AP"],
    ["99501", "AK"],
    ["96813", "HI"],
  ])("%s is in %s", (zip, state) => {
    expect(zipRegion(zip)).toBe(state);
  });

  it("knows no state for a prefix that is not in use, or a malformed ZIP", () => {
    expect(zipRegion("00001")).toBeNull();
    expect(zipRegion("21300")).toBeNull();
    expect(zipRegion("9021")).toBeNull();
  });
});
