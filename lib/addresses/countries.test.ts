import { describe, expect, it } from "vitest";
import { COUNTRY_CODES, countryName, countryOptions, isCountryCode } from "./countries";

describe("countries", () => {
  it("knows every ISO 3166-1 alpha-2 code, in upper case only", () => {
    expect(COUNTRY_CODES.length).toBeGreaterThanOrEqual(249);
    for (const code of ["CA", "US", "FR", "GB", "HK", "DE", "JP", "AQ"]) expect(isCountryCode(code), code).toBe(true);
    for (const code of ["XX", "UK", "ca", "CAN", ""]) expect(isCountryCode(code), code).toBe(false);
  });

  it("names countries in English and French, with the common English name where the official one hides it", () => {
    expect(countryName("CA", "en")).toBe("Canada");
    expect(countryName("us", "en")).toBe("United States");
    expect(countryName("US", "fr")).toBe("États-Unis d'Amérique");
    expect(countryName("GB", "fr")).toBe("Royaume-Uni");
    expect(countryName("DE", "fr")).toBe("Allemagne");
    expect(countryName("CN", "en")).toBe("China");
    expect(countryName("XX", "en")).toBeNull();
  });

  it("lists every country for a select, sorted per language", () => {
    for (const locale of ["en", "fr"] as const) {
      const options = countryOptions(locale);
      expect(options.map((o) => o.value).sort()).toEqual([...COUNTRY_CODES]);
      const collator = new Intl.Collator(locale === "fr" ? "fr-CA" : "en-CA", { sensitivity: "base" });
      for (let i = 1; i < options.length; i++) expect(collator.compare(options[i - 1]!.label, options[i]!.label)).toBeLessThanOrEqual(0);
    }
    const fr = countryOptions("fr").map((o) => o.label);
    // Accented names sort with their letter, not after Z.
    expect(fr.indexOf("États-Unis d'Amérique")).toBeLessThan(fr.indexOf("Finlande"));
    expect(fr.indexOf("États-Unis d'Amérique")).toBeGreaterThan(fr.indexOf("Espagne"));
    const en = countryOptions("en").map((o) => o.label);
    expect(en.indexOf("China")).toBeLessThan(en.indexOf("Colombia"));
  });
});
