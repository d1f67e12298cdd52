import { describe, expect, it } from "vitest";
import { isLabelFormat, LABEL_FORMATS } from "./page-sizes";

describe("label formats", () => {
  it("are 4 x 6 in and 8.5 x 11 in in PDF points", () => {
    expect(LABEL_FORMATS.thermal4x6).toEqual({ widthPt: 288, heightPt: 432 });
    expect(LABEL_FORMATS.letter).toEqual({ widthPt: 612, heightPt: 792 });
    expect(isLabelFormat("letter")).toBe(true);
    expect(isLabelFormat("a4")).toBe(false);
  });
});
