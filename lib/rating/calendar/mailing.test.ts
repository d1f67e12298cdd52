import { describe, expect, it } from "vitest";
import { mailingStartDate, wallClock } from "./mailing";
import { expectedDeliveryDate } from "./business-days";

const TO = "America/Toronto";

describe("mailingStartDate", () => {
  it("a business day before the cut-off counts that day", () => {
    // 16:59 EDT = 20:59Z
    expect(mailingStartDate({ mailedAt: "2025-06-04T20:59:00Z", timeZone: TO, province: "ON" })).toBe("2025-06-04");
    expect(mailingStartDate({ mailedAt: new Date("2025-06-04T13:00:00Z"), timeZone: TO, province: "ON" })).toBe("2025-06-04");
  });

  it("at or after the cut-off counts the next business day", () => {
    expect(mailingStartDate({ mailedAt: "2025-06-04T21:00:00Z", timeZone: TO, province: "ON" })).toBe("2025-06-05");
    expect(mailingStartDate({ mailedAt: "2025-06-04T15:00:00-04:00", timeZone: TO, cutoff: "14:30", province: "ON" })).toBe("2025-06-05");
  });

  it("a Friday after the cut-off starts Monday, or Tuesday when Monday is a holiday", () => {
    expect(mailingStartDate({ mailedAt: "2025-06-06T18:30:00-04:00", timeZone: TO, province: "ON" })).toBe("2025-06-09");
    // Friday before Victoria Day.
    expect(mailingStartDate({ mailedAt: "2025-05-16T18:30:00-04:00", timeZone: TO, province: "ON" })).toBe("2025-05-20");
    // Friday before the Civic Holiday: Tuesday in Ontario, Monday in Quebec.
    expect(mailingStartDate({ mailedAt: "2025-08-01T17:30", timeZone: TO, province: "ON" })).toBe("2025-08-05");
    expect(mailingStartDate({ mailedAt: "2025-08-01T17:30", timeZone: "America/Montreal", province: "QC" })).toBe("2025-08-04");
  });

  it("weekends and holidays before the cut-off still move to the next business day", () => {
    expect(mailingStartDate({ mailedAt: "2025-06-07T10:00", timeZone: TO, province: "ON" })).toBe("2025-06-09");
    expect(mailingStartDate({ mailedAt: "2025-12-25T09:00", timeZone: TO, province: "ON" })).toBe("2025-12-29");
  });

  it("uses the local date of the deposit, not the UTC date", () => {
    // 02:00Z on Saturday is still Friday 19:00 in Vancouver (PDT), after the cut-off.
    expect(mailingStartDate({ mailedAt: "2025-06-07T02:00:00Z", timeZone: "America/Vancouver", province: "BC" })).toBe("2025-06-09");
    // St. John's is UTC-2:30 in summer: 19:00Z is 16:30 Friday, 02:30Z is midnight Saturday.
    expect(wallClock(new Date("2025-06-06T19:00:00Z"), "America/St_Johns")).toEqual({ date: "2025-06-06", seconds: 59_400 });
    expect(wallClock(new Date("2025-06-07T02:30:00Z"), "America/St_Johns")).toEqual({ date: "2025-06-07", seconds: 0 });
    expect(mailingStartDate({ mailedAt: "2025-06-06T19:00:00Z", timeZone: "America/St_Johns", province: "NL" })).toBe("2025-06-06");
    // 15:00Z is 11:00 EDT: before the cut-off.
    expect(mailingStartDate({ mailedAt: "2025-06-06T15:00:00Z", timeZone: TO, province: "ON" })).toBe("2025-06-06");
  });

  it("end to end: Expedited, 2 business days, mailed on Christmas Eve after the cut-off", () => {
    const start = mailingStartDate({ mailedAt: "2025-12-24T17:45", timeZone: TO, province: "ON" });
    expect(start).toBe("2025-12-29");
    expect(expectedDeliveryDate(start, 2, "ON")).toBe("2025-12-31");
    expect(expectedDeliveryDate(start, 3, "ON")).toBe("2026-01-02");
  });

  it("rejects bad input", () => {
    expect(() => mailingStartDate({ mailedAt: "2025-06-06T10:00", timeZone: "Mars/Olympus", province: "ON" })).toThrow(RangeError);
    expect(() => mailingStartDate({ mailedAt: "2025-06-06T10:00", timeZone: TO, cutoff: "5pm", province: "ON" })).toThrow(RangeError);
    expect(() => mailingStartDate({ mailedAt: "2025-06-06", timeZone: TO, province: "ON" })).toThrow(RangeError);
    expect(() => mailingStartDate({ mailedAt: "2025-06-31T10:00", timeZone: TO, province: "ON" })).toThrow(RangeError);
    expect(() => mailingStartDate({ mailedAt: new Date(Number.NaN), timeZone: TO, province: "ON" })).toThrow(RangeError);
  });
});
