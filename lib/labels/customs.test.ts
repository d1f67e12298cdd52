import { describe, expect, it } from "vitest";
import { CAD_PER_USD, CN22_MAX_CAD_CENTS, customsFormType, customsTotals } from "./customs";
import { customs } from "./test-fixtures";
import type { CustomsItem } from "./types";

const item = (unitValueCents: number, quantity = 1): CustomsItem => ({ description: "Scarf", quantity, unitValueCents, unitWeightGrams: 200, originCountry: "CA" });

describe("customs totals", () => {
  it("sum quantity x unit for value and weight, and convert US dollars to Canadian", () => {
    const totals = customsTotals(customs({ items: [item(4500, 2), item(1899)] }));
    expect(totals).toEqual({ quantity: 3, weightGrams: 600, valueCents: 10_899, valueCadCents: 10_899 });
    expect(customsTotals(customs({ currency: "USD", items: [item(10_000)] })).valueCadCents).toBe(Math.round(10_000 * CAD_PER_USD));
  });
});

describe("CN 22 or CN 23", () => {
  it("takes 300 SDR as 555 CAD", () => {
    expect(CN22_MAX_CAD_CENTS).toBe(55_500);
  });

  it("is a CN 22 for a packet up to 300 SDR, a CN 23 above", () => {
    for (const serviceCode of ["USA.TP", "USA.SP.AIR", "INT.TP", "INT.SP.AIR", "INT.SP.SURF"]) {
      expect(customsFormType({ serviceCode, customs: customs({ items: [item(55_500)] }) })).toBe("CN22");
      expect(customsFormType({ serviceCode, customs: customs({ items: [item(55_501)] }) })).toBe("CN23");
    }
  });

  it("converts a declaration in US dollars before comparing", () => {
    // 427 USD is 555.66 CAD: over the limit although 427 < 555.
    expect(customsFormType({ serviceCode: "USA.TP", customs: customs({ currency: "USD", items: [item(42_700)] }) })).toBe("CN23");
    expect(customsFormType({ serviceCode: "USA.TP", customs: customs({ currency: "USD", items: [item(42_600)] }) })).toBe("CN22");
  });

  it("is always a CN 23 for a parcel service, whatever the value", () => {
    for (const serviceCode of ["USA.EP", "USA.XP", "INT.XP", "INT.IP.AIR", "INT.PW.PARCEL"]) {
      expect(customsFormType({ serviceCode, customs: customs({ items: [item(100)] }) })).toBe("CN23");
    }
  });
});
