import { describe, expect, it } from "vitest";
import { formatDate, formatMoney, formatNumber } from "./format";
import { localeFromAcceptLanguage } from "./locales";
import { icuArguments } from "@/tests/icu";
import { MESSAGES, translator } from "./messages";

const { en, fr } = MESSAGES;

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

const placeholders = icuArguments;

describe("messages", () => {
  it("every English string exists in French and the other way round", () => {
    expect(keys(fr).sort()).toEqual(keys(en).sort());
  });

  it("French strings use the same placeholders as English ones, and none is left untranslated", () => {
    const get = (obj: object, key: string) => key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj) as string;
    // Words spelled the same in both languages.
    const sameInBoth = new Set(["Type", "Invitation", "Actions", "Envoi", "Texte brut", "Observateur", "Tube", "Service", "Options", "Signature", "Contact", "Notes", "Pages", "local", "national", "Total", "Destination", "Taxes", "Document", "Date", "Description", "Production", "Mode", "Test", "Menu", "Prov.", "Webhooks", "{ms, number} ms", "{km, number} km", "{count, plural, one {# contact} other {# contacts}}"]);
    for (const key of keys(en)) {
      expect(placeholders(get(fr, key)), key).toEqual(placeholders(get(en, key)));
      if (!sameInBoth.has(get(en, key)) && get(en, key).length > 3) expect(get(fr, key), key).not.toBe(get(en, key));
    }
  });

  it("translates outside a request", () => {
    expect(translator("fr", "roles")("SHIPPER")).toBe("Expéditeur");
    expect(translator("en", "members")("membersTitle", { count: 2 })).toBe("2 members");
  });
});

describe("language from the browser", () => {
  it("follows Accept-Language order and weights, defaulting to English", () => {
    expect(localeFromAcceptLanguage("fr-CA,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(localeFromAcceptLanguage("en-US,en;q=0.9,fr;q=0.8")).toBe("en");
    expect(localeFromAcceptLanguage("de-DE,fr;q=0.5")).toBe("fr");
    expect(localeFromAcceptLanguage("en;q=0.1,fr;q=0.9")).toBe("fr");
    expect(localeFromAcceptLanguage("de")).toBe("en");
    expect(localeFromAcceptLanguage(null)).toBe("en");
  });
});

describe("formats per locale", () => {
  it("money in CAD from cents", () => {
    expect(formatMoney(123456, "en")).toBe("$1,234.56");
    expect(formatMoney(123456, "fr").replace(/\s/g, " ")).toBe("1 234,56 $");
  });

  it("numbers and dates", () => {
    expect(formatNumber(1234.5, "en")).toBe("1,234.5");
    expect(formatNumber(1234.5, "fr").replace(/\s/g, " ")).toBe("1 234,5");
    const date = new Date("2026-11-22T15:00:00Z");
    expect(formatDate(date, "en", { dateStyle: "long" })).toBe("November 22, 2026");
    expect(formatDate(date, "fr", { dateStyle: "long" })).toBe("22 novembre 2026");
  });
});
