import { describe, expect, it } from "vitest";
import { CONTACT_CSV_COLUMNS } from "../export-contacts";
import { IMPORT_FIELDS } from "./fields";
import { countryCode, guessField, guessMapping, mapRow, rememberMapping } from "./mapping";

describe("guessing the field of a header", () => {
  it("knows the export's own columns", () => {
    expect(guessMapping([...CONTACT_CSV_COLUMNS])).toEqual([...IMPORT_FIELDS]);
  });

  it("knows English and French names and common variants", () => {
    const cases: Record<string, string | null> = {
      "Full Name": "name",
      "Nom": "name",
      "Destinataire": "name",
      "Company Name": "company",
      "Entreprise": "company",
      "Société": "company",
      "Address 1": "line1",
      "Adresse": "line1",
      "Adresse (ligne 1)": "line1",
      "Street Address": "line1",
      "Address Line 2": "line2",
      "Appartement": "line2",
      "Suite": "line2",
      "Ville": "city",
      "Town": "city",
      "Province/State": "province",
      "State": "province",
      "Province ou État": "province",
      "Postal Code": "postalCode",
      "Code postal": "postalCode",
      "ZIP": "postalCode",
      "Zip/Postal Code": "postalCode",
      "Postal or ZIP code": "postalCode",
      "Pays": "country",
      "Country Code": "country",
      "Téléphone": "phone",
      "Tel.": "phone",
      "Phone Number": "phone",
      "Courriel": "email",
      "E-mail": "email",
      "Email Address": "email",
      "Commentaires": "notes",
      "Étiquettes": "tags",
      "Groups": "tags",
      "VAT number": "taxId",
      "Recipient tax identifier": "taxId",
      "Shipping Address 1": "line1",
      "Billing City": "city",
      "Customer Email": "email",
      "Ville de livraison": "city",
      "address/city": "city",
      "adresse/code_postal": "postalCode",
      "contact.email": "email",
      "Favourite colour": null,
      "": null,
    };
    for (const [header, field] of Object.entries(cases)) expect(guessField(header), header).toBe(field);
  });

  it("gives a field to the first column that names it, except name parts", () => {
    expect(guessMapping(["Email", "Courriel", "Name", "Contact name"])).toEqual(["email", null, "name", null]);
    expect(guessMapping(["First Name", "Last Name", "City"])).toEqual(["name", "name", "city"]);
    expect(guessMapping(["Nom", "Prénom", "Ville"])).toEqual(["name", "name", "city"]);
    // A full name and both parts: the full name only.
    expect(guessMapping(["First name", "Last name", "Full name"])).toEqual([null, null, "name"]);
  });

  it("prefers the business's remembered mapping, ignored columns included", () => {
    const remembered = { "Nom du client": "company", Adresse: "", "Code": "postalCode" } as const;
    expect(guessMapping(["Nom du client", "Adresse", "Code", "Ville", "Entreprise"], remembered)).toEqual(["company", null, "postalCode", "city", null]);
  });

  it("remembers a mapping by header, most recent last", () => {
    const first = rememberMapping({}, ["Nom", "Adresse", ""], ["name", null, "city"]);
    expect(first).toEqual({ Nom: "name", Adresse: "" });
    const second = rememberMapping(first, ["Adresse", "Ville"], ["line1", "city"]);
    expect(second).toEqual({ Nom: "name", Adresse: "line1", Ville: "city" });
    expect(Object.keys(second)).toEqual(["Nom", "Adresse", "Ville"]);
    expect(Object.keys(rememberMapping(second, ["X"], [null], 2))).toEqual(["Ville", "X"]);
  });
});

describe("a row's values", () => {
  it("turns country names and codes into ISO codes, and a missing country into Canada", () => {
    expect(countryCode("Canada")).toBe("CA");
    expect(countryCode("ca")).toBe("CA");
    expect(countryCode("CAN")).toBe("CA");
    expect(countryCode("États-Unis")).toBe("US");
    expect(countryCode("United States of America")).toBe("US");
    expect(countryCode("USA")).toBe("US");
    expect(countryCode("Royaume-Uni")).toBe("GB");
    expect(countryCode("Allemagne")).toBe("DE");
    expect(countryCode("Narnia")).toBeNull();
    const headers = ["Nom", "Pays"];
    expect(mapRow(headers, ["name", "country"], ["Zoé", "  "]).values.country).toBe("CA");
    expect(mapRow(headers, ["name", "country"], ["Zoé", "France"]).values.country).toBe("FR");
    expect(mapRow(headers, ["name", "country"], ["Zoé", "Narnia"])).toMatchObject({ unknownCountry: "Narnia" });
  });

  it("joins columns of one field, first name first, and reads the export's tags", () => {
    const headers = ["Nom", "Prénom", "Numéro civique", "Rue", "Tags"];
    const { values } = mapRow(headers, ["name", "name", "line1", "line1", "tags"], [" Gagnon ", "Zoé", "12", "rue Principale", "vip; wholesale"]);
    expect(values).toMatchObject({ name: "Zoé Gagnon", line1: "12 rue Principale", tags: "vip, wholesale" });
  });
});
