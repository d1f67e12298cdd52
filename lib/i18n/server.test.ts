import { describe, expect, it } from "vitest";
import { getFormatter, getTranslations } from "./server";

// 02:00 UTC on March 1st is still February 28th in Eastern time, where pages read dates.
const FIRST_OF_MARCH_UTC = new Date("2026-03-01T02:00:00Z");
const link = (chunks: string) => `[${chunks}]`;
// French puts (narrow) no-break spaces in numbers and before the dollar sign.
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("page translators (one cache per language for the whole process)", () => {
  it("each request gets its own language's messages, formatted in Eastern time, however the languages follow one another", async () => {
    const values = { number: "INV-7", period: FIRST_OF_MARCH_UTC, amount: 1234.5, link };
    const sentence = async (locale: "en" | "fr") => spaced((await getTranslations({ locale, namespace: "audit.actions.invoice" })).markup("issued", values));
    const english = "issued [invoice INV-7] for February 2026: $1,234.50";
    const french = "a émis la [facture INV-7] de février 2026 : 1 234,50 $";
    expect(await sentence("en")).toBe(english);
    expect(await sentence("fr")).toBe(french);
    // Again, in the other order: what one language parsed and cached never answers for the other.
    expect(await sentence("fr")).toBe(french);
    expect(await sentence("en")).toBe(english);
  });

  it("each translator reads its own namespace", async () => {
    const overview = await getTranslations({ locale: "fr", namespace: "overview" });
    const roles = await getTranslations({ locale: "fr", namespace: "roles" });
    expect(overview("createLabels")).toBe("Créer des étiquettes");
    expect(roles("OWNER")).toBe("Propriétaire");
  });

  it("the formatter formats dates in Eastern time and numbers in the asked language, with the pages' named formats", async () => {
    const fr = await getFormatter({ locale: "fr" });
    const en = await getFormatter({ locale: "en" });
    expect(spaced(fr.dateTime(FIRST_OF_MARCH_UTC, "short"))).toBe("28 févr. 2026");
    expect(en.dateTime(FIRST_OF_MARCH_UTC, "short")).toBe("Feb 28, 2026");
    expect(spaced(fr.number(1234.5))).toBe("1 234,5");
  });
});
