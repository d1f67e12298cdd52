import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/addresses.en.json";
import fr from "@/messages/addresses.fr.json";
import { ADDRESS_ERROR_CODES, ADDRESS_ERROR_VALUES, ADDRESS_FIELDS, type AddressErrorCode } from "./errors";
import { icuArguments } from "@/tests/icu";
import { PROVINCES } from "./provinces";
import { validateAddress, type AddressInput, type ValidateAddressOptions } from "./validate-address";

const MESSAGES = { en, fr };

function t(locale: "en" | "fr") {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "address" });
}

const ca = { name: "Léa", line1: "1 Main St", city: "Ottawa", province: "ON", postalCode: "K1A 0B1", country: "CA" };

// One input per error code: together they show that every code the validator returns has a message.
const TRIGGERS: Record<AddressErrorCode, [AddressInput, ValidateAddressOptions?]> = {
  nameOrCompanyRequired: [{ ...ca, name: "" }],
  line1Required: [{ ...ca, line1: "" }],
  cityRequired: [{ ...ca, city: "", postalCode: "H0H 0H0", province: "QC" }],
  countryRequired: [{ ...ca, country: "" }],
  countryInvalid: [{ ...ca, country: "XX" }],
  senderOutsideCanada: [{ ...ca, country: "FR", postalCode: "75001", phone: "1" }, { role: "sender" }],
  phoneRequired: [ca, { role: "sender" }],
  emailInvalid: [{ ...ca, email: "lea@" }],
  tooLong: [{ ...ca, line1: "x".repeat(45) }],
  provinceRequired: [{ ...ca, province: "", postalCode: "" }],
  provinceInvalid: [{ ...ca, province: "ZZ" }],
  postalCodeRequired: [{ ...ca, postalCode: "" }],
  postalCodeFormat: [{ ...ca, postalCode: "W1A 1A1" }],
  postalCodeUnknownFsa: [{ ...ca, postalCode: "K0Z 1A0" }],
  postalCodeProvinceMismatch: [{ ...ca, province: "QC", postalCode: "M5V 3L9" }],
  stateRequired: [{ ...ca, country: "US", province: "", postalCode: "10001" }],
  stateInvalid: [{ ...ca, country: "US", province: "ON", postalCode: "10001" }],
  zipRequired: [{ ...ca, country: "US", province: "NY", postalCode: "" }],
  zipFormat: [{ ...ca, country: "US", province: "NY", postalCode: "1000" }],
  zipStateMismatch: [{ ...ca, country: "US", province: "NY", postalCode: "90210" }],
  regionRequired: [{ ...ca, country: "JP", province: "", postalCode: "100-0001" }],
  postalCodeRequiredForCountry: [{ ...ca, country: "FR", province: "", postalCode: "" }],
  postalCodeFormatForCountry: [{ ...ca, country: "FR", province: "", postalCode: "7500" }],
};

describe("address messages", () => {
  it("finds placeholders the way ICU reads them (the check below relies on it)", () => {
    expect(icuArguments("Use at most {max} characters.")).toEqual(["max"]);
    expect(icuArguments("It is {a, select, ON {in Ontario} other {in {b}}} and '{'not'}' {c}.")).toEqual(["a", "b", "c"]);
    expect(icuArguments("{n, plural, =0 {none} one {# item} other {# items}}")).toEqual(["n"]);
    expect(() => icuArguments("Unclosed {max")).toThrow();
  });

  it("the validator returns every listed code, and only those", () => {
    const seen = new Set<string>();
    for (const [code, [input, options]] of Object.entries(TRIGGERS)) {
      const result = validateAddress(input, options);
      const problems = result.ok ? [] : Object.values(result.errors);
      expect(problems.map((p) => p.code), code).toContain(code);
      for (const problem of problems) {
        seen.add(problem.code);
        expect(Object.keys(problem.values ?? {}).sort(), problem.code).toEqual([...ADDRESS_ERROR_VALUES[problem.code]].sort());
      }
    }
    expect([...seen].sort()).toEqual([...ADDRESS_ERROR_CODES].sort());
  });

  it("every error code has a message in English and French, with the same placeholders as the values it gets", () => {
    for (const code of ADDRESS_ERROR_CODES) {
      const expected = [...ADDRESS_ERROR_VALUES[code]].sort();
      expect(icuArguments(en.address.errors[code]), `en ${code}`).toEqual(expected);
      expect(icuArguments(fr.address.errors[code]), `fr ${code}`).toEqual(expected);
      expect(fr.address.errors[code], code).not.toBe(en.address.errors[code]);
    }
    expect(Object.keys(en.address.errors).sort()).toEqual([...ADDRESS_ERROR_CODES].sort());
    expect(Object.keys(fr.address.errors).sort()).toEqual([...ADDRESS_ERROR_CODES].sort());
  });

  it("every field has a label in both languages", () => {
    for (const messages of [en, fr]) expect(Object.keys(messages.address.fields).sort()).toEqual([...ADDRESS_FIELDS].sort());
    expect(en.address.fields.line1).toBe("Address line 1");
    expect(en.address.fields.province).toBe("Province or state");
    expect(en.address.fields.postalCode).toBe("Postal or ZIP code");
    expect(Object.keys(fr.address.filledFromPostalCode).sort()).toEqual(Object.keys(en.address.filledFromPostalCode).sort());
  });

  it("every message renders from what the validator returns, in both languages", () => {
    for (const code of ADDRESS_ERROR_CODES) {
      const [input, options] = TRIGGERS[code];
      const result = validateAddress(input, options);
      if (result.ok) throw new Error(code);
      const problem = Object.values(result.errors).find((p) => p.code === code)!;
      for (const locale of ["en", "fr"] as const) {
        const text = t(locale)(`errors.${code}`, problem.values);
        expect(text, `${locale} ${code}`).toMatch(/^\p{Lu}.*\.$/u);
        expect(text, `${locale} ${code}`).not.toMatch(/[{}]|errors\./);
        for (const value of Object.values(problem.values ?? {})) if (!/^[A-Z]{2}$/.test(value)) expect(text).toContain(value);
      }
    }
  });

  it("says where a postal code belongs, with the right French article for each province", () => {
    const mismatch = (locale: "en" | "fr", postalProvince: string, province: string) =>
      t(locale)("errors.postalCodeProvinceMismatch", { postalProvince, province });
    expect(mismatch("en", "ON", "QC")).toBe("This postal code belongs to Ontario, not Quebec.");
    expect(mismatch("fr", "ON", "QC")).toBe("Ce code postal appartient à l'Ontario, pas au Québec.");
    expect(mismatch("fr", "BC", "NT")).toBe("Ce code postal appartient à la Colombie-Britannique, pas aux Territoires du Nord-Ouest.");
    expect(mismatch("fr", "NL", "PE")).toBe("Ce code postal appartient à Terre-Neuve-et-Labrador, pas à l'Île-du-Prince-Édouard.");
    for (const p of PROVINCES) {
      expect(mismatch("en", p.code, "ON")).toContain(p.en);
      expect(mismatch("fr", p.code, "ON")).toContain(p.fr);
      expect(mismatch("fr", "ON", p.code)).toMatch(/, pas (à l'|à la |au |aux |à )\S/);
    }
  });

  it("says which state a ZIP code belongs to, naming both, in both languages", () => {
    const values = { zip: "90210", zipState: "CA", state: "NY" };
    expect(t("en")("errors.zipStateMismatch", values)).toBe("ZIP code 90210 belongs to California, not New York. Check the ZIP code or the state.");
    expect(t("fr")("errors.zipStateMismatch", values)).toBe("Le code ZIP 90210 appartient à\u00a0: Californie, et non à\u00a0: New York. Vérifiez le code ZIP ou l'État.");
    expect(t("fr")("errors.zipStateMismatch", { zip: "09021", zipState: "AE", state: "PR" })).toContain("Forces armées (Europe, Moyen-Orient, Afrique et Canada), et non à\u00a0: Porto Rico.");
  });

  it("uses Canadian French punctuation: a no-break space before a colon, none before other marks", () => {
    for (const text of Object.values(fr.address.errors)) {
      expect(text).not.toMatch(/ :|[^\u00a0]:|\s[?!;]/);
    }
  });
});
