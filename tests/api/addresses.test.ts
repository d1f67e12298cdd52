import { beforeAll, describe, expect, it } from "vitest";
import { apiShop, call, type ApiShop } from "./support";

let store: ApiShop;
beforeAll(async () => {
  store = await apiShop("api-addresses", { scope: "RATES" });
});

describe("POST /api/v1/addresses/validate", () => {
  it("normalises a good address and fills the province from the postal code, for a storefront key", async () => {
    const answer = await call("POST", "/addresses/validate", { key: store.key, body: { name: "  Marie   Tremblay ", line1: "1200 rue Sainte-Catherine O", city: "Montréal", postalCode: "h3b1k9", country: "ca" } });
    expect(answer.status).toBe(200);
    expect(answer.json.valid).toBe(true);
    expect(answer.json.errors).toEqual([]);
    expect(answer.json.address).toMatchObject({ name: "Marie Tremblay", postalCode: "H3B 1K9", province: "QC", country: "CA", company: null });
    expect(answer.json.filledFromPostalCode).toEqual(["province"]);
    expect(answer.json.suggestions.province).toBe("QC");
  });

  it("gives each problem in the forms' words, in English and in French", async () => {
    const body = { line1: "", city: "Toronto", province: "ON", postalCode: "V6B 1A1", country: "CA" };
    const en = await call("POST", "/addresses/validate", { key: store.key, body });
    expect(en.status).toBe(200);
    expect(en.json.valid).toBe(false);
    const byParam = Object.fromEntries(en.json.errors.map((e: { param: string; message: string }) => [e.param, e.message]));
    expect(byParam.name).toBe("Name: Enter a name or a company name.");
    expect(byParam.line1).toBe("Address line 1: Enter the street address or PO box.");
    expect(byParam.postalCode).toBe("Postal or ZIP code: This postal code belongs to British Columbia, not Ontario.");
    const fr = await call("POST", "/addresses/validate", { key: store.key, body, locale: "fr" });
    const frByParam = Object.fromEntries(fr.json.errors.map((e: { param: string; message: string }) => [e.param, e.message]));
    expect(frByParam.line1).toContain("Entrez l'adresse municipale ou la case postale.");
    expect(frByParam.postalCode).toContain("Ce code postal appartient à la Colombie-Britannique, pas à l'Ontario.");
  });

  it("asks a sender for a phone number and checks Canada Post's lengths", async () => {
    const answer = await call("POST", "/addresses/validate", { key: store.key, body: { role: "sender", name: "x".repeat(45), line1: "1 Main St", city: "Ottawa", postalCode: "K1A 0B1", country: "CA" } });
    expect(answer.json.valid).toBe(false);
    const params = answer.json.errors.map((e: { param: string }) => e.param);
    expect(params).toEqual(expect.arrayContaining(["phone", "name"]));
    expect(answer.json.errors.find((e: { param: string }) => e.param === "name").message).toMatch(/44/);
  });

  it("refuses a request without a key", async () => {
    expect((await call("POST", "/addresses/validate", { body: { country: "CA" } })).status).toBe(401);
  });
});
