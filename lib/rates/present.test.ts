import { describe, expect, it } from "vitest";
import { rateServices } from "@/lib/rating/quote";
import { request } from "@/lib/rating/test-support";
import { presentQuote } from "./present";

const quotes = rateServices(request({ services: ["USA.TP", "USA.SP.AIR"], parcel: { weightGrams: 500, lengthMm: 300, widthMm: 200, heightMm: 100 } })).quotes;
const quoteOf = (code: string) => quotes.find((q) => q.serviceCode === code)!;

describe("presentQuote", () => {
  it("says \"No tracking\" for a service Canada Post does not track, in the user's language", () => {
    expect(presentQuote(quoteOf("USA.SP.AIR"), "en", "METRIC")).toMatchObject({ serviceName: "Small Packet USA Air", tracked: false, trackingNote: "No tracking" });
    expect(presentQuote(quoteOf("USA.SP.AIR"), "fr", "METRIC")).toMatchObject({ tracked: false, trackingNote: "Sans suivi" });
  });

  it("says nothing of tracking for a tracked service", () => {
    expect(presentQuote(quoteOf("USA.TP"), "en", "METRIC")).toMatchObject({ tracked: true, trackingNote: null });
  });
});
