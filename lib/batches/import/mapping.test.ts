import { describe, expect, it } from "vitest";
import { parseImportFile } from "@/lib/contacts/import/parse-file";
import { guessOrderField, guessOrderMapping, orderRowReader, yesNo } from "./mapping";

describe("guessing the order field of a header", () => {
  it("knows English and French names", () => {
    const cases: Record<string, string | null> = {
      "Order number": "reference1",
      "Order #": "reference1",
      "Numéro de commande": "reference1",
      "N° de commande": "reference1",
      "Reference 2": "reference2",
      "Référence 2": "reference2",
      Weight: "weight",
      Poids: "weight",
      "Weight (kg)": "weight",
      "Poids (lb)": "weight",
      "Longueur (po)": "length",
      Width: "width",
      Hauteur: "height",
      "Ship to name": "name",
      "Nom du destinataire": "name",
      Adresse: "line1",
      "Code postal": "postalCode",
      Courriel: "email",
      Service: "serviceCode",
      "Service code": "serviceCode",
      "Signature requise": "signature",
      "Order Total": null,
      "Order Date": null,
      Notes: null,
      Tags: null,
    };
    for (const [header, field] of Object.entries(cases)) expect(guessOrderField(header), header).toBe(field);
  });

  it("maps a French spreadsheet", () => {
    expect(guessOrderMapping(["Numéro de commande", "Nom", "Adresse", "Ville", "Province", "Code postal", "Pays", "Téléphone", "Courriel", "Poids", "Longueur", "Largeur", "Hauteur"])).toEqual([
      "reference1", "name", "line1", "city", "province", "postalCode", "country", "phone", "email", "weight", "length", "width", "height",
    ]);
  });

  it("maps a Shopify export to the shipping address, not the billing one, and finds the order number in Name", () => {
    const headers = [
      "Name", "Email", "Financial Status", "Shipping", "Total", "Lineitem quantity", "Lineitem name", "Billing Name", "Billing Street", "Billing Address1", "Billing City",
      "Billing Zip", "Billing Province", "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street", "Shipping Address1", "Shipping Address2", "Shipping Company",
      "Shipping City", "Shipping Zip", "Shipping Province", "Shipping Country", "Shipping Phone", "Notes",
    ];
    const mapping = guessOrderMapping(headers, [["#1001", "ann@example.com", "paid"], ["#1002", "bob@example.com", "paid"]]);
    const by = Object.fromEntries(headers.map((h, i) => [h, mapping[i]]));
    expect(by).toMatchObject({
      Name: "reference1",
      Email: "email",
      "Shipping Name": "name",
      "Shipping Address1": "line1",
      "Shipping Address2": "line2",
      "Shipping Company": "company",
      "Shipping City": "city",
      "Shipping Zip": "postalCode",
      "Shipping Province": "province",
      "Shipping Country": "country",
      "Shipping Phone": "phone",
    });
    // Billing columns, Shopify's "Shipping Street" (both address lines) and the rest stay out.
    for (const h of ["Billing Name", "Billing Street", "Billing Address1", "Billing City", "Billing Zip", "Billing Phone", "Shipping Street", "Shipping", "Total", "Lineitem name", "Notes"]) expect(by[h], h).toBeNull();
  });

  it("maps a WooCommerce export, using the billing email and phone when there is no other", () => {
    const headers = ["order_number", "billing_first_name", "billing_email", "billing_phone", "shipping_first_name", "shipping_last_name", "shipping_address_1", "shipping_address_2", "shipping_city", "shipping_state", "shipping_postcode", "shipping_country"];
    expect(guessOrderMapping(headers)).toEqual([null, null, "email", "phone", "name", "name", "line1", "line2", "city", "province", "postalCode", "country"].map((f, i) => (i === 0 ? "reference1" : f)));
  });

  it("does not take a column of Shopify order names when an order number column exists", () => {
    expect(guessOrderMapping(["Order number", "Shipping Name", "Name"], [["1001", "Ann Lee", "#1001"]])).toEqual(["reference1", "name", null]);
    expect(guessOrderMapping(["Name", "Address"], [["Ann Lee", "1 Main St"]])).toEqual(["name", "line1"]);
  });

  it("maps an XML export with camelCase element names", async () => {
    const xml = `<?xml version="1.0"?><orders>
      <order><orderNumber>1001</orderNumber><shipTo><name>Ann Lee</name><addressLine1>1 Main St</addressLine1><city>Ottawa</city><postalCode>K1A 0B1</postalCode></shipTo><weight>1.2</weight></order>
      <order><orderNumber>1002</orderNumber><shipTo><name>Bob Roy</name><addressLine1>2 Main St</addressLine1><city>Laval</city><postalCode>H7N 1A1</postalCode></shipTo><weight>3</weight></order>
    </orders>`;
    const table = await parseImportFile({ name: "orders.xml", bytes: new TextEncoder().encode(xml) });
    expect(table.headers).toEqual(["orderNumber", "shipTo/name", "shipTo/addressLine1", "shipTo/city", "shipTo/postalCode", "weight"]);
    expect(guessOrderMapping(table.headers, table.rows)).toEqual(["reference1", "name", "line1", "city", "postalCode", "weight"]);
  });
});

describe("a row's values", () => {
  it("joins first and last names, first name first", () => {
    const read = orderRowReader(["Last name", "First name", "Weight"], ["name", "name", "weight"]);
    expect(read([" Lee ", "Ann", "2"])).toMatchObject({ name: "Ann Lee", weight: "2", city: "" });
  });

  it("reads yes and no in English and French", () => {
    expect(["yes", "Oui", "1", "TRUE", "x"].map(yesNo)).toEqual([true, true, true, true, true]);
    expect(["no", "Non", "0", "false"].map(yesNo)).toEqual([false, false, false, false]);
    expect(yesNo("maybe")).toBeNull();
  });
});
