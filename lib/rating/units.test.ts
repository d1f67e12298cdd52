import { describe, expect, it } from "vitest";
import { gramsToPounds, inchesToMm, mmToBilledCm, mmToInches, poundsToGrams } from "./units";

describe("units", () => {
  it("converts imperial input to stored grams and millimetres", () => {
    expect(poundsToGrams(1)).toBe(454);
    expect(poundsToGrams(2.5)).toBe(1134);
    expect(inchesToMm(12)).toBe(305);
    expect(gramsToPounds(453.59237)).toBeCloseTo(1, 10);
    expect(mmToInches(254)).toBeCloseTo(10, 10);
  });

  it("rounds each dimension up to the next centimetre", () => {
    expect(mmToBilledCm(300)).toBe(30);
    expect(mmToBilledCm(301)).toBe(31);
    expect(mmToBilledCm(1)).toBe(1);
  });
});
