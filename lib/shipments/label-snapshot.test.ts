import { describe, expect, it } from "vitest";
import { senderAddress } from "./label-snapshot";

const WAREHOUSE = { contactName: "Demo Shipper", company: null, line1: "5000 rue Iberville", line2: null, city: "Montréal", province: "QC", postalCode: "H2H 2S6", phone: "514 555 0199", email: null };

describe("senderAddress", () => {
  it("sends from the business, with the location's contact as the person to reach", () => {
    expect(senderAddress(WAREHOUSE, "Atelier Demo")).toEqual({
      name: "Demo Shipper",
      company: "Atelier Demo",
      line1: "5000 rue Iberville",
      line2: null,
      city: "Montréal",
      province: "QC",
      postalCode: "H2H 2S6",
      country: "CA",
      phone: "514 555 0199",
      email: null,
    });
  });

  it("keeps a company the location names for itself", () => {
    expect(senderAddress({ ...WAREHOUSE, company: "Entrepôt Nord inc." }, "Atelier Demo").company).toBe("Entrepôt Nord inc.");
    expect(senderAddress({ ...WAREHOUSE, company: "  " }, "Atelier Demo").company).toBe("Atelier Demo");
  });
});
