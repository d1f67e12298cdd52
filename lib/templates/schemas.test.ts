import { describe, expect, it } from "vitest";
import { templateSchema } from "./schemas";

const base = { name: "Box", packaging: "BOX", units: "METRIC", length: "30", width: "20", height: "10", weight: "0.25" };

describe("parcel template input", () => {
  it("stores what is typed in cm and kg as mm and g; a French user types a decimal comma", () => {
    expect(templateSchema("en").parse(base)).toEqual({ name: "Box", packaging: "BOX", lengthMm: 300, widthMm: 200, heightMm: 100, weightGrams: 250 });
    expect(templateSchema("fr").parse({ ...base, weight: "0,25" })).toMatchObject({ weightGrams: 250 });
    expect(templateSchema("en").parse({ ...base, units: "IMPERIAL", length: "12", weight: "2" })).toMatchObject({ lengthMm: 305, weightGrams: 907 });
  });

  it("reports every problem at once: an empty size does not hide a side too long or too much weight", () => {
    const result = templateSchema("en").safeParse({ ...base, length: "", width: "250", weight: "31", height: "abc" });
    const issues = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(issues).toEqual({ length: "required", width: "sideTooLong", height: "notANumber", weight: "tooHeavy" });
  });

  it("refuses what is not a decimal number, and a weight that rounds to nothing", () => {
    const result = templateSchema("en").safeParse({ ...base, length: "0x10", width: "1e9", height: "2,5", weight: "0.0001" });
    const issues = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(issues).toEqual({ length: "notANumber", width: "notANumber", height: "notANumber", weight: "atLeast" });
  });
});
