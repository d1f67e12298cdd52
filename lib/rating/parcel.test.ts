import { describe, expect, it } from "vitest";
import { billedWeightGrams, isOversized, limitProblems, volumetricWeightGrams } from "./parcel";
import { serviceRule } from "./rules/services";

const box = (weightGrams: number, l: number, w: number, h: number) => ({ weightGrams, lengthMm: l, widthMm: w, heightMm: h });

describe("billed weight", () => {
  it("is the larger of actual and volumetric weight, with Regular Parcel's 6000 divisor", () => {
    const p = box(2000, 600, 400, 300); // 72,000 cm³
    expect(volumetricWeightGrams(p, 5000)).toBe(14_400);
    expect(volumetricWeightGrams(p, 6000)).toBe(12_000);
    expect(billedWeightGrams(p, 5000)).toBe(14_400);
    expect(billedWeightGrams(box(20_000, 600, 400, 300), 5000)).toBe(20_000);
  });

  it("does not apply to packets and envelopes", () => {
    expect(volumetricWeightGrams(box(100, 600, 400, 300), null)).toBeNull();
    expect(billedWeightGrams(box(100, 600, 400, 300), null)).toBe(100);
  });
});

describe("limits", () => {
  const xp = serviceRule("DOM.XP")!;
  it("passes a parcel at the limits and names each limit broken", () => {
    expect(limitProblems(box(30_000, 1000, 500, 500), xp)).toEqual([]);
    expect(limitProblems(box(30_001, 2001, 500, 500), xp).map((p) => p.code)).toEqual(["weightOverLimit", "sideOverLimit", "lengthGirthOverLimit"]);
  });

  it("uses Xpresspost USA's own limits (1.5 m a side, 2.74 m length and girth)", () => {
    const usa = serviceRule("USA.XP")!;
    expect(limitProblems(box(1000, 1600, 100, 100), usa).map((p) => p.values)).toEqual([{ service: "USA.XP", maxCm: 150 }]);
    expect(limitProblems(box(1000, 1400, 350, 350), usa)[0]).toMatchObject({ code: "lengthGirthOverLimit", values: { maxCm: 274 } });
  });

  it("marks a parcel oversized above 1 m or with a second side above 76 cm", () => {
    expect(isOversized(box(1000, 1000, 760, 10))).toBe(false);
    expect(isOversized(box(1000, 1001, 10, 10))).toBe(true);
    expect(isOversized(box(1000, 800, 770, 10))).toBe(true);
  });
});
