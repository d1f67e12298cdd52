import { describe, expect, it } from "vitest";
import { nearestReferencePostOffices, referencePostOffice, referencePostOffices } from "./post-offices";

describe("the reference post-office network (sample data)", () => {
  it("has one office per FSA with a place, marked as sample data, the same every time", () => {
    const all = referencePostOffices();
    expect(all.length).toBeGreaterThan(1500);
    expect(all.every((o) => o.sample)).toBe(true);
    expect(all.every((o) => /^[A-Z]\d[A-Z] \d[A-Z]\d$/.test(o.postalCode))).toBe(true);
    expect(referencePostOffice("REF-H2H")).toEqual(all.find((o) => o.id === "REF-H2H"));
    expect(referencePostOffice("REF-H2H")).toMatchObject({ city: "Montréal", province: "QC", postalCode: expect.stringMatching(/^H2H \d[A-Z]\d$/) });
  });

  it("lists the nearest offices first, with distances, and only Deliver to Post Office ones when asked", () => {
    const near = nearestReferencePostOffices("H2H 2S6", { limit: 5, d2poOnly: true })!;
    expect(near).toHaveLength(5);
    expect(near[0]!.id).toBe("REF-H2H");
    expect(near.map((o) => o.distanceKm)).toEqual([...near.map((o) => o.distanceKm)].sort((a, b) => a - b));
    expect(near.every((o) => o.acceptsD2PO && o.province === "QC")).toBe(true);
    expect(nearestReferencePostOffices("12345")).toBeNull();
  });

  it("gives opening hours for every day, closed on Sundays", () => {
    const office = referencePostOffice("REF-M5V")!;
    expect(office.hours).toHaveLength(7);
    expect(office.hours[0]).toMatchObject({ day: 0, open: "09:00" });
    expect(office.hours[6]).toEqual({ day: 6, open: null, close: null });
  });
});
