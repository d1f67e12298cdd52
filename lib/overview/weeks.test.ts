import { describe, expect, it } from "vitest";
import { isoWeekStart, lastWeekStarts, localToday } from "./weeks";

describe("the overview's weeks", () => {
  it("start on Monday, Sunday belonging to the week before it", () => {
    expect(isoWeekStart("2026-12-07")).toBe("2026-12-07"); // Monday
    expect(isoWeekStart("2026-12-13")).toBe("2026-12-07"); // Sunday
    expect(isoWeekStart("2027-01-01")).toBe("2026-12-28"); // across the new year
  });

  it("count days in Toronto: 02:00 UTC on a Monday is still Sunday evening there", () => {
    const now = new Date("2026-12-07T02:00:00Z");
    expect(localToday(now)).toBe("2026-12-06");
    expect(lastWeekStarts(now, 3)).toEqual(["2026-11-16", "2026-11-23", "2026-11-30"]);
  });
});
