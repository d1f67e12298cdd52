import { describe, expect, it } from "vitest";
import { draftFieldsSchema, draftFromFields } from "./draft-schema";
import { fieldsFromDraft } from "./draft-fields";
import { draftProblems } from "./validate-draft";

const typed = {
  locationId: "loc1", name: "Zoé Gagnon", line1: "12 rue Principale", city: "Québec", province: "QC", postalCode: "G1R 4P5", country: "CA", phone: "418 555 0100",
  units: "METRIC", length: "30", width: "20,5", height: "10", weight: "1.25", serviceCode: "DOM.EP", signature: "on", coverage: "250", reference1: "Order 1001",
  notifications: JSON.stringify([{ email: "Zoe@Example.com", events: ["shipped", "delivered"] }]),
};

describe("a batch row as typed", () => {
  it("reads sizes (decimal comma), money in cents and notifications, and shows them back the same", () => {
    const { draft, errors } = draftFromFields(draftFieldsSchema.parse(typed));
    expect(errors).toEqual({});
    expect(draft).toMatchObject({ lengthMm: 300, widthMm: 205, weightGrams: 1250, options: { signature: true, coverageCents: 25_000 }, notifications: [{ email: "zoe@example.com", events: ["shipped", "delivered"] }] });
    const back = fieldsFromDraft(draft, "METRIC");
    expect(back).toMatchObject({ length: "30", width: "20.5", weight: "1.25", coverage: "250", signature: "on", reference1: "Order 1001" });
    expect(draftProblems(draft, { hasLocation: true })).toEqual([]);
  });

  it("keeps an incomplete row and reports what cannot be a value", () => {
    const { draft, errors } = draftFromFields(draftFieldsSchema.parse({ ...typed, weight: "abc", length: "-2", coverage: "lots" }));
    expect(errors).toEqual({ weight: "notANumber", length: "mustBePositive", coverage: "notANumber" });
    expect(draft.recipient.name).toBe("Zoé Gagnon");
    expect(draftProblems(draft, { hasLocation: true }).map((p) => [p.field, p.key])).toEqual([
      ["length", "validation.required"],
      ["weight", "validation.required"],
    ]);
  });

  it("checks Canada Post's rules: address, references, options, notifications, customs abroad", () => {
    const { draft } = draftFromFields(
      draftFieldsSchema.parse({
        ...typed,
        line1: "",
        country: "FR",
        province: "",
        postalCode: "75001",
        phone: "",
        reference2: "x".repeat(36),
        leaveAtDoor: "on",
        notifications: JSON.stringify([{ email: "not-an-email", events: ["shipped"] }]),
        customsItems: JSON.stringify([{ description: "", quantity: 1, unitValueCents: 2000, unitWeightGrams: 2000, originCountry: "CA", hsCode: "12" }]),
      }),
    );
    expect(draftProblems(draft, { hasLocation: false }).map((p) => [p.field, p.key])).toEqual([
      ["locationId", "shipments.errors.locationRequired"],
      ["line1", "address.errors.line1Required"],
      ["phone", "shipments.errors.phoneRequiredAbroad"],
      ["options", "rating.problems.optionsConflict"],
      ["reference2", "shipments.errors.referenceTooLong"],
      ["notifications.0", "shipments.errors.notificationEmailInvalid"],
      ["customsItems.0.description", "shipments.errors.customsDescriptionRequired"],
      ["customsItems.0.hsCode", "shipments.errors.customsHsCodeInvalid"],
      ["customsItems", "shipments.errors.customsWeightOverParcel"],
    ]);
  });
});
