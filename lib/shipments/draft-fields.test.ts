import { describe, expect, it } from "vitest";
import { EMPTY_DRAFT } from "./draft";
import { applyTypedFields } from "./draft-schema";
import { fieldsFromDraft } from "./draft-fields";
import { draftProblems } from "./validate-draft";

const typed = {
  locationId: "loc1", name: "Zoé Gagnon", line1: "12 rue Principale", city: "Québec", province: "QC", postalCode: "G1R 4P5", country: "CA", phone: "418 555 0100",
  length: "30", width: "20,5", height: "10", weight: "1.25", serviceCode: "DOM.EP", signature: "on", coverage: "250", reference1: "Order 1001",
  notifications: JSON.stringify([{ email: "Zoe@Example.com", events: ["shipped", "delivered"] }]),
};

/** A whole row typed in the sheet, over an empty one. */
const read = (fields: Record<string, string>, locale: "en" | "fr" = "fr") => applyTypedFields(EMPTY_DRAFT, fields, "METRIC", locale);

describe("a batch row as typed", () => {
  it("reads sizes (decimal comma in French), money in cents and notifications, and shows them back the same", () => {
    const { draft, errors } = read(typed);
    expect(errors).toEqual({});
    expect(draft).toMatchObject({ lengthMm: 300, widthMm: 205, weightGrams: 1250, options: { signature: true, coverageCents: 25_000 }, notifications: [{ email: "zoe@example.com", events: ["shipped", "delivered"] }] });
    const back = fieldsFromDraft(draft, "METRIC");
    expect(back).toMatchObject({ length: "30", width: "20.5", weight: "1.25", coverage: "250", signature: "on", reference1: "Order 1001" });
    expect(draftProblems(draft, { hasLocation: true })).toEqual([]);
  });

  it("keeps an incomplete row and reports what cannot be a value", () => {
    const { draft, errors } = read({ ...typed, weight: "abc", length: "-2", coverage: "lots" });
    expect(errors).toEqual({ weight: { code: "notANumber" }, length: { code: "mustBePositive" }, coverage: { code: "notANumber" } });
    expect(draft.recipient.name).toBe("Zoé Gagnon");
    expect(draftProblems(draft, { hasLocation: true }).map((p) => [p.field, p.key])).toEqual([
      ["length", "validation.required"],
      ["weight", "validation.required"],
    ]);
  });

  it("reads numbers as decimals in the user's language only: no hex, exponent or English comma", () => {
    expect(read({ weight: "0x10", length: "1e9", width: "2,5", height: "Infinity" }, "en").errors).toEqual({
      weight: { code: "notANumber" },
      length: { code: "notANumber" },
      width: { code: "notANumber" },
      height: { code: "notANumber" },
    });
    expect(read({ width: " 2,5 ", height: "2.5" }, "fr").draft).toMatchObject({ widthMm: 25, heightMm: 25 });
  });

  it("says how small and how big a parcel can be instead of storing 1 g or a weight PostgreSQL cannot hold", () => {
    const { draft, errors } = read({ weight: "0.0001", length: "0.01", width: "250", height: "10", coverage: "12.345", cod: "6000" }, "en");
    expect(errors).toEqual({
      weight: { code: "atLeast", values: { min: 0.001, unit: "kg" } },
      length: { code: "atLeast", values: { min: 0.1, unit: "cm" } },
      width: { code: "sideTooLong" },
      coverage: { code: "moneyCents" },
      cod: { code: "moneyAtMost", values: { max: "$5,000.00" } },
    });
    expect(draft).toMatchObject({ weightGrams: null, lengthMm: null, widthMm: null, heightMm: 100, options: { coverageCents: 0, codCents: 0 } });
    expect(read({ weight: "0.01" }, "en").errors).toEqual({});
    expect(applyTypedFields(EMPTY_DRAFT, { weight: "0.001" }, "IMPERIAL", "en").errors).toEqual({ weight: { code: "atLeast", values: { min: 0.01, unit: "lb" } } });
  });

  it("refuses a text longer than Canada Post takes, field by field, and keeps the rest", () => {
    const stored = read(typed).draft;
    const { draft, errors } = applyTypedFields(stored, { name: "x".repeat(189), city: "Lévis", reference1: "y".repeat(36) }, "METRIC", "fr");
    expect(errors).toEqual({ name: { code: "maxChars", values: { max: 44 } }, reference1: { code: "maxChars", values: { max: 35 } } });
    expect(draft.recipient).toMatchObject({ name: "Zoé Gagnon", city: "Lévis", line1: "12 rue Principale", postalCode: "G1R 4P5" });
    expect(draft.reference1).toBe("Order 1001");
  });

  it("checks Canada Post's rules: address, references, options, notifications, customs abroad", () => {
    const { draft } = read({
      ...typed,
      line1: "",
      country: "FR",
      province: "",
      postalCode: "75001",
      phone: "",
      leaveAtDoor: "on",
      notifications: JSON.stringify([{ email: "not-an-email", events: ["shipped"] }]),
      customsItems: JSON.stringify([{ description: "", quantity: 1, unitValueCents: 2000, unitWeightGrams: 2000, originCountry: "CA", hsCode: "12" }]),
    });
    expect(draftProblems(draft, { hasLocation: false }).map((p) => [p.field, p.key])).toEqual([
      ["locationId", "shipments.errors.locationRequired"],
      ["line1", "address.errors.line1Required"],
      ["phone", "shipments.errors.phoneRequiredAbroad"],
      ["options", "rating.problems.optionsConflict"],
      ["notifications.0", "shipments.errors.notificationEmailInvalid"],
      ["customsItems.0.description", "shipments.errors.customsDescriptionRequired"],
      ["customsItems.0.hsCode", "shipments.errors.customsHsCodeInvalid"],
      ["customsItems", "shipments.errors.customsWeightOverParcel"],
    ]);
  });

  it("takes customs items only when every cell is within Canada Post's limits", () => {
    const stored = read({ country: "US", customsItems: JSON.stringify([{ description: "Mug", quantity: 2, unitValueCents: 1500, unitWeightGrams: 400, originCountry: "CA" }]) }).draft;
    const { draft, errors } = applyTypedFields(stored, { customsItems: JSON.stringify([{ description: "Mug", quantity: 1e9, unitValueCents: "0x10", unitWeightGrams: 400, originCountry: "CA" }]) }, "METRIC", "en");
    expect(errors).toEqual({ "customsItems.0.quantity": { code: "atMostNumber", values: { max: 9999 } }, "customsItems.0.unitValueCents": { code: "notAWholeNumber" } });
    expect(draft.customs?.items).toEqual(stored.customs?.items);
    expect(applyTypedFields(stored, { customsItems: "{not json" }, "METRIC", "en").errors).toEqual({ customsItems: { code: "unreadable" } });
  });
});
