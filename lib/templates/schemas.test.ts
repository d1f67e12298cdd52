import { describe, expect, it } from "vitest";
import { templateSchema } from "./schemas";

const base = { name: "Box", packaging: "BOX", units: "METRIC", length: "30", width: "20", height: "10", weight: "0,25" };

describe("parcel template input", () => {
  it("stores what is typed in cm and kg as mm and g", () => {
    expect(templateSchema.parse(base)).toEqual({ name: "Box", packaging: "BOX", lengthMm: 300, widthMm: 200, heightMm: 100, weightGrams: 250 });
    expect(templateSchema.parse({ ...base, units: "IMPERIAL", length: "12", weight: "2" })).toMatchObject({ lengthMm: 305, weightGrams: 907 });
  });

  it("reports every problem at once: an empty size does not hide a side too long or too much weight", () => {
    const result = templateSchema.safeParse({ ...base, length: "", width: "250", weight: "31", height: "abc" });
    const issues = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(issues).toEqual({ length: "required", width: "sideTooLong", height: "notANumber", weight: "tooHeavy" });
  });
});
