import { describe, expect, it } from "vitest";
import { niceCeiling } from "./chart-scale";

describe("a chart's axis", () => {
  it("tops out at a round figure at or above the largest bar", () => {
    expect(niceCeiling(0)).toBe(1);
    expect(niceCeiling(3)).toBe(5);
    expect(niceCeiling(10)).toBe(10);
    expect(niceCeiling(11)).toBe(20);
    expect(niceCeiling(4_700)).toBe(5_000);
    expect(niceCeiling(52_001)).toBe(100_000);
  });
});
