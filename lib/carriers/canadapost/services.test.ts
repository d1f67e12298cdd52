/** Canada Post units: the options of a request body, the services per destination, a ZIP code for a US state. */
import { describe, expect, it } from "vitest";
import { US_STATES } from "@/lib/addresses/us-states";
import { SERVICES } from "@/lib/rating/services";
import { cpOptions, destinationOf, isKnownService, servesDestination, usZipCode } from "./services";

describe("cpOptions", () => {
  it("lists the options in Canada Post's order, with the amounts of coverage and collect on delivery", () => {
    expect(
      cpOptions({ deliverToPostOffice: true, codCents: 12_550, proofOfAge: 18, coverageCents: 50_000, signature: true, doNotSafeDrop: true, cardForPickup: true, leaveAtDoor: true }),
    ).toEqual([
      { code: "SO" },
      { code: "COV", amountCents: 50_000 },
      { code: "COD", amountCents: 12_550 },
      { code: "PA18" },
      { code: "HFP" },
      { code: "DNS" },
      { code: "LAD" },
      { code: "D2PO" },
    ]);
    expect(cpOptions({ proofOfAge: 19 })).toEqual([{ code: "PA19" }]);
  });

  it("asks for nothing when nothing is chosen (no coverage or COD of 0, no false flags)", () => {
    expect(cpOptions({})).toEqual([]);
    expect(cpOptions({ signature: false, coverageCents: 0, codCents: 0, proofOfAge: null, leaveAtDoor: false })).toEqual([]);
  });
});

describe("services", () => {
  it("knows every service Envoi sells, each serving its own destination", () => {
    for (const s of SERVICES) {
      expect(isKnownService(s.code)).toBe(true);
      expect(servesDestination(s.code, s.destination)).toBe(true);
      expect(servesDestination(s.code, s.destination === "domestic" ? "usa" : "domestic")).toBe(false);
    }
    expect(isKnownService("DOM.LIB")).toBe(false);
  });

  it("tells the destination from the country", () => {
    expect(destinationOf(" ca")).toBe("domestic");
    expect(destinationOf("US")).toBe("usa");
    expect(destinationOf("FR")).toBe("international");
  });
});

describe("usZipCode", () => {
  it("takes the ZIP code typed, forgiving spaces and a missing dash", () => {
    expect(usZipCode("10001", "NY")).toBe("10001");
    expect(usZipCode(" 10001-1234 ", null)).toBe("10001-1234");
    expect(usZipCode("100011234", "NY")).toBe("10001-1234");
  });

  it("falls back on the state's ZIP code, one for every state, territory and military code", () => {
    expect(usZipCode(null, "ny")).toBe("12207");
    expect(usZipCode("not a zip", "CA")).toBe("95814");
    for (const state of US_STATES) expect(usZipCode(undefined, state.code), state.code).toMatch(/^\d{5}$/);
    expect(usZipCode(null, "ZZ")).toBeNull();
    expect(usZipCode("", "")).toBeNull();
  });
});
