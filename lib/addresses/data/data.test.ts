import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COUNTRY_CODES } from "../countries";
import { PROVINCES } from "../provinces";
import { CA_FSA } from "./ca-fsa";
import { COUNTRY_RULES } from "./country-rules";
import { parseFsaCsv, repairPlace } from "./fsa-csv";
import { countryRulesFromGoogleData, readGoogleAddressData } from "./google-address-data";

// The shared data folder sits beside the repository (here and in CI); the check is skipped elsewhere.
const CSV = path.resolve(import.meta.dirname, "../../../../shared/data/ca-fsa.csv");

describe("Canadian FSA table", () => {
  it.skipIf(!fs.existsSync(CSV))("is exactly what build-fsa.ts makes from ../shared/data/ca-fsa.csv", () => {
    const rows = parseFsaCsv(fs.readFileSync(CSV, "utf8"));
    expect(rows).toHaveLength(1620);
    expect(Object.fromEntries(rows.map((r) => [r.fsa, [r.province, r.place, r.lat, r.lon]]))).toEqual(CA_FSA);
  });

  it("covers every province and territory, with FSAs whose first letter matches it", () => {
    const firstLetters: Record<string, string> = {
      A: "NL", B: "NS", C: "PE", E: "NB", G: "QC", H: "QC", J: "QC", K: "ON", L: "ON", M: "ON", N: "ON", P: "ON",
      R: "MB", S: "SK", T: "AB", V: "BC", Y: "YT",
    };
    const counts = new Map<string, number>();
    for (const [fsa, [province]] of Object.entries(CA_FSA)) {
      counts.set(province, (counts.get(province) ?? 0) + 1);
      if (fsa[0] === "X") expect(["NT", "NU"], fsa).toContain(province);
      else expect(province, fsa).toBe(firstLetters[fsa[0]!]);
    }
    for (const { code } of PROVINCES) expect(counts.get(code), code).toBeGreaterThan(0);
  });

  it("keeps no damaged characters or split names", () => {
    for (const [fsa, [, place]] of Object.entries(CA_FSA)) {
      expect(place, fsa).not.toMatch(/\uFFFD|\S- \S|\s{2}/);
    }
  });

  it("repairs lost accents, split hyphenated names and capitalised French particles", () => {
    expect(repairPlace("Gasp\uFFFDsie-Sud (New Richmond)")).toBe("Gaspésie-Sud (New Richmond)");
    expect(repairPlace("Sainte-Ad\uFFFDle")).toBe("Sainte-Adèle");
    expect(repairPlace("Sept-\uFFFDles Southeast")).toBe("Sept-Îles Southeast");
    expect(repairPlace("Centre-du- Qu\uFFFDbec-Nord (Daveluyville)")).toBe("Centre-du-Québec-Nord (Daveluyville)");
    expect(repairPlace("Dollard-Des- Ormeaux East")).toBe("Dollard-des-Ormeaux East");
    expect(repairPlace("Bois-Francs-Sud (Saint-Nazaire- D'Acton)")).toBe("Bois-Francs-Sud (Saint-Nazaire-d'Acton)");
    expect(repairPlace("Les Basques (Trois-Pistoles)")).toBe("Les Basques (Trois-Pistoles)");
  });

  it("refuses a CSV it cannot trust", () => {
    const header = "fsa,province,place,latitude,longitude\n";
    expect(() => parseFsaCsv(`${header}K1A,ON,Ottawa,45.4,-75.7\nK1A,ON,Ottawa,45.4,-75.7\n`)).toThrow(/duplicate/);
    expect(() => parseFsaCsv(`${header}W1A,ON,Nowhere,45.4,-75.7\n`)).toThrow(/bad FSA/);
    expect(() => parseFsaCsv(`${header}K1A,ZZ,Ottawa,45.4,-75.7\n`)).toThrow(/bad province/);
    expect(() => parseFsaCsv(`${header}K1A,ON,Ottawa,,-75.7\n`)).toThrow(/coordinates/);
    expect(() => parseFsaCsv(`${header}K1A,ON,Unknown \uFFFDword,45.4,-75.7\n`)).toThrow(/ACCENT_REPAIRS/);
    expect(parseFsaCsv(`${header}V0N,BC,"North Island, Sunshine Coast (Whistler)",50.5,-126.9\n`)[0]?.place).toBe("North Island, Sunshine Coast (Whistler)");
  });
});

describe("country rules", () => {
  it("are exactly what build-country-rules.ts makes from the installed Google address data", () => {
    expect(countryRulesFromGoogleData(readGoogleAddressData())).toEqual(COUNTRY_RULES);
  });

  it("have patterns that compile and accept their own examples, and an example wherever a code can be asked for", () => {
    for (const [code, { postalCode }] of Object.entries(COUNTRY_RULES)) {
      if (!postalCode) continue;
      if (postalCode.required || postalCode.pattern) expect(postalCode.example, code).toBeTruthy();
      if (postalCode.pattern) expect(postalCode.example, code).toMatch(new RegExp(`^(?:${postalCode.pattern})$`));
    }
  });

  it("cover the countries people ship to", () => {
    const known = new Set(COUNTRY_CODES);
    const covered = Object.keys(COUNTRY_RULES).filter((c) => known.has(c));
    expect(covered.length).toBeGreaterThan(170);
    for (const code of ["FR", "GB", "DE", "AU", "JP", "MX", "CN", "IN", "BR", "IT", "ES", "NL"]) expect(COUNTRY_RULES[code]?.postalCode, code).toBeDefined();
  });
});
