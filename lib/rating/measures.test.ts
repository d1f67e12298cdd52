import { describe, expect, it } from "vitest";
import { gramsToDisplay, lengthToMm, mmToDisplay, weightToGrams } from "./measures";

describe("units shown to the user", () => {
  it("stores what is typed in cm/kg or in/lb as mm and g", () => {
    expect(lengthToMm(30.5, "METRIC")).toBe(305);
    expect(lengthToMm(12, "IMPERIAL")).toBe(305);
    expect(weightToGrams(1.25, "METRIC")).toBe(1250);
    expect(weightToGrams(2, "IMPERIAL")).toBe(907);
  });

  it("shows stored values back in the user's units", () => {
    expect(mmToDisplay(305, "METRIC")).toBe(30.5);
    expect(mmToDisplay(305, "IMPERIAL")).toBe(12);
    expect(gramsToDisplay(1250, "METRIC")).toBe(1.25);
    expect(gramsToDisplay(907, "IMPERIAL")).toBe(2);
  });
});
